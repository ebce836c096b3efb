import { dec } from '../decimal/decimal.js'
import { ChisoError, type ChisoIssue, formatPath, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { withErrorReason } from '../errors/error-reason.js'
import { throwZodError } from '../errors/from-zod.js'
import { checkDatasetCounts, checkDatasetLimits, checkMethodologyLimits } from '../limits/check-limits.js'
import { type EngineLimits, resolveLimits } from '../limits/limits.js'
import { type Dataset, DatasetSchema, NOT_APPLICABLE, type Observation, type Origin } from './dataset.js'
import { freezeCheckedDataset, isFrozenCheckedDataset } from './frozen-dataset.js'
import { datasetWithLazyObservations, lazyObservationsOf } from './lazy-observations.js'
import { type Methodology, MethodologySchema } from './methodology.js'
import { type MethodologyNode, SourceSchema } from './node.js'
import { isNodeCode } from './node-code-pattern.js'
import { type Scorecard, ScorecardSchema } from './scorecard.js'
import { invisibleCharacter } from './unit-code.js'
import { parseWellFormedMethodology } from './well-formed-methodology.js'
import { isWellFormedList } from './well-formed-observations.js'

/**
 * Options of {@link parseMethodology} and {@link parseDataset}: the resource limits to enforce (defaults:
 * {@link DEFAULT_ENGINE_LIMITS}).
 *
 * @example
 * ```ts
 * const options: ParseOptions = { limits: { maxDepth: 8 } }
 * parseMethodology(document, options)
 * ```
 *
 * @category Methodology format
 */
export interface ParseOptions {
  /** Limits to enforce; those not given keep their defaults. */
  limits?: Partial<EngineLimits>
}

/**
 * Parses an unknown value (from JSON or YAML) into a {@link Methodology}, or throws a {@link ChisoError}
 * listing every problem with its path (`tree[2].children[0].rule.with.bands[1].points: expected a decimal
 * string`). Besides the schema it checks the tree's structure: each node has either children or a rule, codes
 * are unique, and tie-breakers name existing nodes. Rule options are checked later, by `engine.compile`.
 *
 * @example
 * ```ts
 * const methodology = parseMethodology({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Area 1', max: '10', rule: { use: 'chiso/points' } }],
 * })
 * methodology.display // { decimals: 2, mode: 'half-up' }
 * ```
 *
 * @category Methodology format
 */
export function parseMethodology(input: unknown, options: ParseOptions = {}): Methodology {
  // Limits first, with explicit stacks: the schema walks the tree recursively, and a tree nested thousands of
  // levels deep would overflow the call stack inside it.
  checkMethodologyLimits(input, resolveLimits(options.limits))
  // A methodology written the usual way is read without zod (the schema's result, built by hand); anything
  // else goes through the schema, which writes the messages.
  const methodology = parseWellFormedMethodology(input) ?? parseBySchema(input)
  const issues = checkTreeStructure(methodology)
  if (issues.length > 0) {
    throw new ChisoError(
      ERROR_CODES.INVALID_METHODOLOGY,
      `invalid methodology: ${issues.length} problem(s)`,
      {
        issues,
      },
    )
  }
  return methodology
}

function parseBySchema(input: unknown): Methodology {
  // jitless: zod would otherwise generate and compile a parser for each object shape on the first parse, which
  // pays only when a schema parses many objects; a methodology is parsed once per run (about 5 % of a cold
  // `chiso score`, docs/performance.md). Same checks, same issues.
  const parsed = MethodologySchema.safeParse(input, { jitless: true })
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_METHODOLOGY, 'invalid methodology', parsed.error)
  return parsed.data
}

function checkTreeStructure(methodology: Methodology): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const seen = new Map<string, JsonPath>()
  const visit = (node: MethodologyNode, path: JsonPath) => {
    const first = seen.get(node.code)
    if (first) {
      issues.push(
        withErrorReason(
          {
            path: [...path, 'code'],
            message: `duplicate node code "${node.code}" (also at ${formatPath(first)})`,
          },
          { code: 'methodology.duplicate-node', params: { node: node.code, first: formatPath(first) } },
        ),
      )
    } else seen.set(node.code, path)
    if (node.children && node.rule) {
      issues.push(
        withErrorReason(
          { path: [...path, 'rule'], message: 'a node has either children or a rule, not both' },
          { code: 'methodology.children-and-rule', params: {} },
        ),
      )
    }
    if (!node.children && !node.rule) {
      issues.push(
        withErrorReason(
          { path, message: 'a leaf needs a rule (e.g. { use: "chiso/points" }), or give it children' },
          { code: 'methodology.leaf-needs-rule', params: {} },
        ),
      )
    }
    if (!node.children && node.aggregate) {
      issues.push({ path: [...path, 'aggregate'], message: 'only nodes with children can aggregate' })
    }
    node.children?.forEach((child, index) => {
      visit(child, [...path, 'children', index])
    })
  }
  methodology.tree.forEach((node, index) => {
    visit(node, ['tree', index])
  })
  issues.push(...degenerate(methodology))
  methodology.ranking.tieBreakers.forEach((breaker, index) => {
    if (!seen.has(breaker.node)) {
      issues.push(
        withErrorReason(
          { path: ['ranking', 'tieBreakers', index, 'node'], message: `no node has code "${breaker.node}"` },
          { code: 'methodology.no-breaker-node', params: { node: breaker.node } },
        ),
      )
    }
  })
  const thresholds = new Set<string>()
  methodology.bands.forEach((band, index) => {
    if (thresholds.has(band.atLeast)) {
      issues.push({ path: ['bands', index, 'atLeast'], message: `two bands start at ${band.atLeast}` })
    }
    thresholds.add(band.atLeast)
  })
  return issues
}

/**
 * Methodologies that validate but cannot rank anyone: siblings whose weights are all 0 (a weighted mean with
 * nothing to weigh), maxima that are all 0 (no unit can score a point), a composite scale of 0 or below
 * (every composite 0, or the order reversed).
 */
function degenerate(methodology: Methodology): ChisoIssue[] {
  const issues: ChisoIssue[] = []
  const zero = (text: string | undefined) => text !== undefined && dec(text).isZero()
  const siblings = (nodes: ReadonlyArray<MethodologyNode>, path: JsonPath) => {
    if (nodes.length > 0 && nodes.every((node) => zero(node.weight)))
      issues.push({
        path: [...path, 0, 'weight'],
        message: `every weight among these ${nodes.length} siblings is 0: their mean has nothing to weigh (give at least one a weight above 0)`,
      })
    nodes.forEach((node, index) => {
      if (node.children) siblings(node.children, [...path, index, 'children'])
    })
  }
  siblings(methodology.tree, ['tree'])
  const maxima: Array<{ max: string; path: JsonPath }> = []
  const collect = (nodes: ReadonlyArray<MethodologyNode>, path: JsonPath) =>
    nodes.forEach((node, index) => {
      if (node.max !== undefined) maxima.push({ max: node.max, path: [...path, index, 'max'] })
      if (node.children) collect(node.children, [...path, index, 'children'])
    })
  collect(methodology.tree, ['tree'])
  if (maxima.length > 0 && maxima.every((entry) => zero(entry.max)))
    issues.push({
      path: maxima[0]?.path ?? ['tree'],
      message: 'every max in the tree is 0: no unit can score a point',
    })
  if (methodology.result.type === 'composite' && !dec(methodology.result.scale).gt(0))
    issues.push({
      path: ['result', 'scale'],
      message: `a scale of ${methodology.result.scale} ${dec(methodology.result.scale).isZero() ? 'makes every composite 0' : 'reverses the ranking'}: expected a scale above 0`,
    })
  return issues
}

/**
 * Options of {@link parseDataset}: the resource limits, and whether to freeze the result so that it is
 * checked once for every later use.
 *
 * @example
 * ```ts
 * const options: DatasetParseOptions = { limits: { maxUnits: 20_000 }, freeze: true }
 * const dataset = parseDataset(input, options)
 * ```
 *
 * @category Datasets
 */
export interface DatasetParseOptions extends ParseOptions {
  /**
   * Build the dataset from new objects only (none shared with the input) and deep-freeze it (default
   * `false`). Later parses of the frozen dataset — `parseDataset` itself, and the one inside every
   * `compiled.evaluate`, `evaluateByUnit` and `session` — check only the limits and take it as it is,
   * instead of going through every observation again: worth it when one dataset is scored many times (one
   * methodology build after another, a benchmark), not for one evaluation (freezing costs about as much as
   * one check). Nothing in it can change afterwards (assigning to it throws in strict code), so no change
   * can slip past the check; the input itself is left as it was, unfrozen. Parts of it that a scorecard
   * refers to (a diagnostic's `origin`, a trace's evidence) are the frozen objects themselves.
   */
  freeze?: boolean
}

/**
 * Parses an unknown value into a {@link Dataset}, or throws a {@link ChisoError} listing every problem with
 * its path (`observations[12].value: expected a decimal string, got "abc"`). Observations (and their origins)
 * that are already exactly what the schema would build are reused rather than copied, which halves the
 * memory of a large import (and makes parsing an already parsed dataset cheap): do not modify the input
 * afterwards. With `freeze: true` the result is a deep-frozen copy instead, checked once for good (see
 * {@link DatasetParseOptions.freeze}); a dataset frozen so is returned as it is by every later parse.
 *
 * @example
 * ```ts
 * parseDataset({ units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1', value: 'NA' }] })
 *
 * // One dataset scored by many builds: checked here once, not at every evaluate.
 * const checked = parseDataset(input, { freeze: true })
 * parseDataset(checked) === checked // true: not gone through again
 * Object.isFrozen(checked.observations[0]) // true
 * ```
 *
 * @category Datasets
 */
export function parseDataset(input: unknown, options: DatasetParseOptions = {}): Dataset {
  // Observations still kept as a builder's columns, every one checked as it was added: only the units are
  // read here, and the result keeps the columns (nothing reads `observations`, which would make the objects).
  const lazy = options.freeze === true ? undefined : lazyObservationsOf(input)
  if (lazy?.wellFormed && onlyUnitsAndObservations(input)) {
    checkDatasetCounts(input.units.length, lazy.count, resolveLimits(options.limits))
    const units = parseWellFormedUnits(input.units)
    if (units !== undefined) {
      refuseDuplicateUnits(units)
      return datasetWithLazyObservations(units, lazy) as Dataset
    }
  }
  checkDatasetLimits(input, resolveLimits(options.limits))
  // Checked and deep-frozen by an earlier parse: nothing in it can have changed since, so a check now would
  // find exactly what the first one found (the limits, which may differ between engines, were checked above).
  if (isFrozenCheckedDataset(input)) return input
  const fresh = options.freeze === true
  let dataset = parseWellFormedDataset(input, fresh)
  if (dataset === undefined) {
    const parsed = DatasetSchema.safeParse(input)
    if (!parsed.success) throwZodError(ERROR_CODES.INVALID_DATASET, 'invalid dataset', parsed.error)
    dataset = parsed.data
  }
  refuseDuplicateUnits(dataset.units)
  // Every object of `dataset` is new here (the schema's output, or the well-formed path told not to reuse the
  // input's): the caller holds no reference into it that could change it after the freeze.
  return fresh ? freezeCheckedDataset(dataset) : dataset
}

/** Throws the dataset error listing every unit code given twice. */
function refuseDuplicateUnits(units: Dataset['units']): void {
  const issues: ChisoIssue[] = []
  const codes = new Set<string>()
  units.forEach((unit, index) => {
    if (codes.has(unit.code))
      issues.push(
        withErrorReason(
          { path: ['units', index, 'code'], message: `duplicate unit code "${unit.code}"` },
          { code: 'dataset.duplicate-unit', params: { unit: unit.code } },
        ),
      )
    codes.add(unit.code)
  })
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_DATASET, `invalid dataset: ${issues.length} problem(s)`, {
      issues,
    })
  }
}

/** Whether a dataset with lazy observations holds nothing else but its units (keys read without getters). */
function onlyUnitsAndObservations(input: unknown): input is { units: unknown[] } {
  if (typeof input !== 'object' || input === null) return false
  const keys = Object.keys(input)
  const { units } = input as { units?: unknown }
  return keys.length === 2 && keys[0] === 'units' && keys[1] === 'observations' && Array.isArray(units)
}

const DATASET_KEYS = new Set(['$schema', 'title', 'period', 'synthetic', 'source', 'units', 'observations'])
const UNIT_KEYS = new Set(['code', 'name', 'group'])
const SOURCES = new Set<unknown>(SourceSchema.options)
// The same patterns as the schemas (a node code: isNodeCode): a field name, and a decimal string already in
// canonical form (which the schema keeps as it is).
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const CANONICAL_DECIMAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/

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

/** The schema's result for a list of units that needs no transformation, or undefined (the schema decides). */
function parseWellFormedUnits(units: ReadonlyArray<unknown>): Dataset['units'] | undefined {
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
 * schema's key order; `dataset.prop.test.ts` checks both paths agree on random input.
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
    if (from !== undefined && !SOURCES.has(from)) return undefined
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

/**
 * Parses an unknown value (e.g. a scorecard read back from JSON) into a {@link Scorecard}.
 *
 * @example
 * ```ts
 * const again = parseScorecard(JSON.parse(JSON.stringify(scorecard)))
 * ```
 *
 * @category Scorecards
 */
export function parseScorecard(input: unknown): Scorecard {
  const parsed = ScorecardSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_SCORECARD, 'invalid scorecard', parsed.error)
  return parsed.data
}
