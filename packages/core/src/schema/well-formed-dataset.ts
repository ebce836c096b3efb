// The dataset schema's result for a dataset that needs no transformation, built without zod (parseDataset's
// fast path; the schema decides everything else and writes the messages).

import { type Dataset, FIELD_NAME, NOT_APPLICABLE, type Observation, type Origin } from './dataset.js'
import { CANONICAL_DECIMAL } from './decimal-string.js'
import { isNodeCode } from './node-code-pattern.js'
import { invisibleCharacter } from './unit-code.js'
import { isWellFormedList, KNOWN_SOURCES } from './well-formed-observations.js'

const DATASET_KEYS = new Set(['$schema', 'title', 'period', 'synthetic', 'source', 'units', 'observations'])
const UNIT_KEYS = new Set(['code', 'name', 'group'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const onlyKeys = (value: Record<string, unknown>, allowed: ReadonlySet<string>) => {
  for (const key in value) if (!allowed.has(key) || value[key] === undefined) return false
  return true
}
/**
 * Whether a record holds only `order`'s keys, none undefined, and if so whether they come in `order`'s order
 * on a plain object: then it is already the object the schema would build (same keys, same order) and can be
 * reused instead of copied. 0: not only allowed keys; 1: allowed keys; 2: allowed keys in output order.
 */
const keyShape = (value: Record<string, unknown>, order: ReadonlyArray<string>): 0 | 1 | 2 => {
  let next = 0
  let inOrder = true
  for (const key in value) {
    if (value[key] === undefined) return 0
    let at = next
    while (at < order.length && order[at] !== key) at++
    if (at < order.length) next = at + 1
    else if (order.includes(key)) inOrder = false
    else return 0
  }
  if (!inOrder) return 1
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null ? 2 : 1
}
const OBSERVATION_ORDER = ['unit', 'node', 'field', 'value', 'source', 'origin']
const ORIGIN_ORDER = ['file', 'sheet', 'row', 'column']
// A unit code the schema keeps as it is: NFC already, no invisible character (else the schema decides).
const plainUnitCode = (code: string) =>
  invisibleCharacter(code) === undefined && code.normalize('NFC') === code
const optionalString = (value: unknown) => value === undefined || typeof value === 'string'
const positiveInt = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1

/**
 * The schema's result for a list of units that needs no transformation, or undefined (the schema decides).
 *
 * @example
 * ```ts
 * parseWellFormedUnits([{ code: 'HN', name: 'Hà Nội' }]) // [{ code: 'HN', name: 'Hà Nội' }]
 * parseWellFormedUnits([{ code: 'HN', extra: 1 }]) // undefined: the schema decides
 * ```
 */
export function parseWellFormedUnits(units: ReadonlyArray<unknown>): Dataset['units'] | undefined {
  const unitsOut: Dataset['units'] = new Array(units.length)
  for (let i = 0; i < units.length; i++) {
    const unit: unknown = units[i]
    if (!isRecord(unit) || !onlyKeys(unit, UNIT_KEYS)) return undefined
    const { code, name, group } = unit
    if (typeof code !== 'string' || code.length < 1 || code.length > 200 || !plainUnitCode(code))
      return undefined
    if (!optionalString(name) || !optionalString(group)) return undefined
    const out: Dataset['units'][number] = { code }
    if (name !== undefined) out.name = name as string
    if (group !== undefined) out.group = group as string
    unitsOut[i] = out
  }
  return unitsOut
}

/**
 * The schema's result for a dataset that needs no transformation (decimals already canonical, no unknown or
 * undefined keys), built without zod: a million observations parse ten times faster. Anything else returns
 * undefined and goes through the schema, which also writes the error messages. The output objects have the
 * schema's key order; `parse-dataset.prop.test.ts` checks both paths agree on random input.
 *
 * @example
 * ```ts
 * parseWellFormedDataset({ units: [{ code: 'A' }], observations: [] }) // { units: [{ code: 'A' }], observations: [] }
 * ```
 */
export function parseWellFormedDataset(input: unknown, fresh = false): Dataset | undefined {
  if (!isRecord(input) || !onlyKeys(input, DATASET_KEYS)) return undefined
  const { $schema, title, period, synthetic, source, units, observations } = input
  if (
    !optionalString($schema) ||
    !optionalString(title) ||
    !optionalString(period) ||
    !optionalString(source)
  )
    return undefined
  if (synthetic !== undefined && typeof synthetic !== 'boolean') return undefined
  if (!Array.isArray(units) || !Array.isArray(observations)) return undefined
  const unitsOut = parseWellFormedUnits(units)
  if (unitsOut === undefined) return undefined
  // Built by WellFormedObservations, each checked as it was added: kept as it is, not gone through again
  // (unless `fresh`: then every observation is checked and copied, so none is shared with the input).
  const checked = !fresh && isWellFormedList(observations)
  const observationsOut: Dataset['observations'] = checked
    ? (observations as Dataset['observations'])
    : new Array(observations.length)
  const validNodes = new Set<string>()
  const validUnits = new Set<string>()
  for (let i = checked ? observations.length : 0; i < observations.length; i++) {
    const observation: unknown = observations[i]
    if (!isRecord(observation)) return undefined
    const shape = keyShape(observation, OBSERVATION_ORDER)
    if (shape === 0) return undefined
    const { unit, node, field, value, source: from, origin } = observation
    if (typeof unit !== 'string' || unit.length < 1) return undefined
    if (!validUnits.has(unit)) {
      if (!plainUnitCode(unit)) return undefined
      validUnits.add(unit)
    }
    if (typeof node !== 'string') return undefined
    // A few hundred distinct codes among a million observations: test each once.
    if (!validNodes.has(node)) {
      if (node.length > 100 || !isNodeCode(node)) return undefined
      validNodes.add(node)
    }
    if (field !== undefined && (typeof field !== 'string' || !FIELD_NAME.test(field))) return undefined
    if (
      !(
        value === null ||
        typeof value === 'boolean' ||
        (typeof value === 'string' && (value === NOT_APPLICABLE || CANONICAL_DECIMAL.test(value)))
      )
    )
      return undefined
    if (from !== undefined && !KNOWN_SOURCES.has(from)) return undefined
    let originOut: Origin | undefined
    let originShape: 0 | 1 | 2 = 2
    // Read once: a copy holds exactly the values checked.
    let file: unknown
    let sheet: unknown
    let row: unknown
    let column: unknown
    if (origin !== undefined) {
      if (!isRecord(origin)) return undefined
      originShape = keyShape(origin, ORIGIN_ORDER)
      if (originShape === 0) return undefined
      ;({ file, sheet, row, column } = origin)
      if (!optionalString(file) || !optionalString(sheet)) return undefined
      if (row !== undefined && !positiveInt(row)) return undefined
      if (column !== undefined && typeof column !== 'string' && !positiveInt(column)) return undefined
    }
    // Already the schema's output (every key in its order, `field` given, origin too): keep it, no copy.
    if (!fresh && shape === 2 && field !== undefined && originShape === 2) {
      observationsOut[i] = observation as Observation
      continue
    }
    if (!fresh && isRecord(origin) && originShape === 2) originOut = origin as Origin
    else if (isRecord(origin)) {
      // Keys assigned in the schema's order: the same object zod would build, without spreads.
      originOut = {}
      if (file !== undefined) originOut.file = file as string
      if (sheet !== undefined) originOut.sheet = sheet as string
      if (row !== undefined) originOut.row = row as number
      if (column !== undefined) originOut.column = column as string | number
    }
    const out: Observation = {
      unit,
      node,
      field: (field as string | undefined) ?? 'value',
      value: value as Observation['value'],
    }
    if (from !== undefined) out.source = from as Observation['source']
    if (originOut !== undefined) out.origin = originOut
    observationsOut[i] = out
  }
  return {
    ...($schema === undefined ? {} : { $schema: $schema as string }),
    ...(title === undefined ? {} : { title: title as string }),
    ...(period === undefined ? {} : { period: period as string }),
    ...(synthetic === undefined ? {} : { synthetic: synthetic as boolean }),
    ...(source === undefined ? {} : { source: source as string }),
    units: unitsOut,
    observations: observationsOut,
  }
}
