import { numberToDecimalString } from '../decimal/decimal.js'
import { CANONICAL_DECIMAL } from './decimal-string.js'
import type { LocalizedText } from './localized-text.js'
import type { Methodology } from './methodology.js'
import type { MethodologyNode, PluginCall, Rounding } from './node.js'
import { isNodeCode } from './node-code-pattern.js'
import { nonFiniteNumbers } from './non-finite-numbers.js'

// The methodology schema's result for a methodology written the usual way, built without zod: every cold
// `chiso score` parses one, and zod's first parse (its functions run cold, each schema's parser set up on first
// use) was about 5 % of the run (docs/performance.md, start-up, sixth pass). Whatever this does not know to be
// well formed — an unknown or undefined key, a value of the wrong type or out of range, a decimal string not in
// its plain form, a code that NFC would change, and every part it does not cover (`columns`, `screen`,
// `rounds`, a node's `denominate` and `minPresent`, a basis `date`) — returns undefined, and the schema
// decides and writes the messages. What it returns has the schema's keys in the schema's order, defaults
// written out as the schema writes them. `well-formed-methodology.prop.test.ts` compares it with the schema.

/** Thrown inside to give the input back to the schema; caught by `parseWellFormedMethodology` only. */
const NOT_WELL_FORMED = new Error('not a well-formed methodology: the schema decides')
const decline = (): never => {
  throw NOT_WELL_FORMED
}

// The same patterns as the schemas (MethodologyIdSchema, SemverSchema, the plugin names, PluginCallSchema).
const METHODOLOGY_ID = /^[a-z0-9][a-z0-9._-]*$/
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/
const PLUGIN_NAMESPACE = /^[a-z0-9][a-z0-9-]*$/
const PLUGIN_ITEM = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/
const ASCII = /^[\x20-\x7e]*$/

const METHODOLOGY_KEYS = new Set([
  '$schema',
  'id',
  'version',
  'title',
  'description',
  'status',
  'coverage',
  'basis',
  'unitKind',
  'supersedes',
  'plugins',
  'result',
  'aggregate',
  'missing',
  'display',
  'ranking',
  'bands',
  'tree',
])
const NODE_KEYS = new Set([
  'code',
  'title',
  'description',
  'max',
  'weight',
  'direction',
  'source',
  'missing',
  'impute',
  'treat',
  'normalise',
  'ranked',
  'round',
  'rule',
  'aggregate',
  'children',
])
const BASIS_KEYS = new Set(['document', 'issuer', 'source', 'note'])
const TEXT_KEYS = new Set(['vi', 'en'])
const CALL_KEYS = new Set(['use', 'with'])
const ROUNDING_KEYS = new Set(['decimals', 'mode'])
const RANKING_KEYS = new Set(['method', 'on', 'tieBreakers', 'within'])
const BREAKER_KEYS = new Set(['node', 'order'])
const BAND_KEYS = new Set(['code', 'label', 'atLeast'])
const COMPOSITE_KEYS = new Set(['type', 'scale'])
const POINTS_KEYS = new Set(['type'])

/**
 * A plain object (prototype `Object.prototype` or none) whose own keys are all allowed, enumerable strings
 * other than `__proto__`, none of them undefined; otherwise the schema decides.
 */
function record(value: unknown, allowed?: ReadonlySet<string>): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return decline()
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return decline()
  const keys = Object.keys(value)
  if (keys.length !== Reflect.ownKeys(value).length) return decline()
  for (const key of keys) {
    if (key === '__proto__' || (value as Record<string, unknown>)[key] === undefined) return decline()
    if (allowed !== undefined && !allowed.has(key)) return decline()
  }
  return value as Record<string, unknown>
}

function list(value: unknown, minLength = 0): unknown[] {
  if (!Array.isArray(value) || value.length < minLength) return decline()
  return value
}

function text(value: unknown, minLength = 0): string {
  if (typeof value !== 'string' || value.length < minLength) return decline()
  return value
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : text(value)
}

function oneOf<T extends string>(value: unknown, options: ReadonlyArray<T>): T {
  if (!options.includes(value as T)) return decline()
  return value as T
}

function matching(value: unknown, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) return decline()
  return value
}

/** `DecimalStringSchema`: a plain decimal string as it is, a number that converts losslessly. */
function decimal(value: unknown): string {
  const written = typeof value === 'number' ? numberToDecimalString(value) : value
  if (typeof written !== 'string' || !CANONICAL_DECIMAL.test(written)) return decline()
  return written
}

/** `NonNegativeDecimalStringSchema` (a plain decimal string is negative exactly when it starts with `-`). */
function nonNegativeDecimal(value: unknown): string {
  const written = decimal(value)
  if (written.startsWith('-')) return decline()
  return written
}

/** `NodeCodeSchema`, for codes that NFC leaves as they are (ASCII ones always). */
function nodeCode(value: unknown): string {
  if (typeof value !== 'string' || value.length > 100 || !isNodeCode(value)) return decline()
  if (!ASCII.test(value) && value.normalize('NFC') !== value) return decline()
  return value
}

/** `LocalizedTextSchema`: a non-empty string, or `{ vi, en }` with at least one, each non-empty. */
function localizedText(value: unknown): LocalizedText {
  if (typeof value === 'string') return text(value, 1)
  const { vi, en } = record(value, TEXT_KEYS)
  if (vi === undefined && en === undefined) return decline()
  const out: { vi?: string; en?: string } = {}
  if (vi !== undefined) out.vi = text(vi, 1)
  if (en !== undefined) out.en = text(en, 1)
  return out
}

/** `PluginCallSchema`: `{ use, with }`, the options copied key by key (their values as they are). */
function pluginCall(value: unknown): PluginCall {
  const call = record(value, CALL_KEYS)
  const out: PluginCall = { use: matching(call.use, PLUGIN_ITEM) }
  if (call.with !== undefined) {
    const options = record(call.with)
    if (nonFiniteNumbers(options).length > 0) return decline()
    out.with = { ...options }
  }
  return out
}

/** `RoundingSchema`: decimals 0–20 (default 2), a mode (default half-up). */
function rounding(value: unknown): Rounding {
  const { decimals, mode } = record(value, ROUNDING_KEYS)
  if (
    decimals !== undefined &&
    (!Number.isSafeInteger(decimals) || (decimals as number) < 0 || (decimals as number) > 20)
  )
    return decline()
  return {
    decimals: (decimals as number | undefined) ?? 2,
    mode: mode === undefined ? 'half-up' : oneOf(mode, ['half-up', 'half-even', 'down', 'up'] as const),
  }
}

function node(value: unknown): MethodologyNode {
  const input = record(value, NODE_KEYS)
  const out: MethodologyNode = { code: nodeCode(input.code), title: localizedText(input.title) }
  if (input.description !== undefined) out.description = localizedText(input.description)
  if (input.max !== undefined) out.max = nonNegativeDecimal(input.max)
  if (input.weight !== undefined) out.weight = nonNegativeDecimal(input.weight)
  if (input.direction !== undefined)
    out.direction = input.direction === 1 ? 1 : input.direction === -1 ? -1 : decline()
  if (input.source !== undefined)
    out.source = oneOf(input.source, ['self', 'appraisal', 'survey', 'statistic'] as const)
  if (input.missing !== undefined) out.missing = oneOf(input.missing, ['skip', 'zero', 'error'] as const)
  if (input.impute !== undefined) out.impute = pluginCall(input.impute)
  if (input.treat !== undefined) out.treat = pluginCall(input.treat)
  if (input.normalise !== undefined) out.normalise = pluginCall(input.normalise)
  if (input.ranked !== undefined) out.ranked = typeof input.ranked === 'boolean' ? input.ranked : decline()
  if (input.round !== undefined) out.round = rounding(input.round)
  if (input.rule !== undefined) out.rule = pluginCall(input.rule)
  if (input.aggregate !== undefined) out.aggregate = pluginCall(input.aggregate)
  if (input.children !== undefined) out.children = list(input.children, 1).map(node)
  return out
}

function ranking(value: unknown): Methodology['ranking'] {
  if (value === undefined) return { method: 'competition', on: 'exact', tieBreakers: [], within: 'all' }
  const input = record(value, RANKING_KEYS)
  return {
    method:
      input.method === undefined
        ? 'competition'
        : oneOf(input.method, ['competition', 'dense', 'ordinal'] as const),
    on: input.on === undefined ? 'exact' : oneOf(input.on, ['exact', 'display'] as const),
    tieBreakers:
      input.tieBreakers === undefined
        ? []
        : list(input.tieBreakers).map((breaker) => {
            const { node: code, order } = record(breaker, BREAKER_KEYS)
            return {
              node: nodeCode(code),
              order: order === undefined ? 'desc' : oneOf(order, ['desc', 'asc'] as const),
            }
          }),
    within: input.within === undefined ? 'all' : oneOf(input.within, ['all', 'group'] as const),
  }
}

function result(value: unknown): Methodology['result'] {
  const input = record(value)
  if (input.type === 'points') {
    record(input, POINTS_KEYS)
    return { type: 'points' }
  }
  if (input.type !== 'composite') return decline()
  record(input, COMPOSITE_KEYS)
  return { type: 'composite', scale: input.scale === undefined ? '1' : decimal(input.scale) }
}

function methodology(value: unknown): Methodology {
  const input = record(value, METHODOLOGY_KEYS)
  const out = {} as Methodology
  if (input.$schema !== undefined) out.$schema = text(input.$schema)
  out.id = matching(input.id, METHODOLOGY_ID)
  out.version = matching(input.version, SEMVER)
  out.title = localizedText(input.title)
  if (input.description !== undefined) out.description = localizedText(input.description)
  out.status =
    input.status === undefined
      ? 'official'
      : oneOf(input.status, ['official', 'illustrative', 'draft'] as const)
  out.coverage =
    input.coverage === undefined ? 'full' : oneOf(input.coverage, ['full', 'components'] as const)
  out.basis =
    input.basis === undefined
      ? []
      : list(input.basis).map((entry) => {
          const basis = record(entry, BASIS_KEYS)
          const legal: Methodology['basis'][number] = { document: text(basis.document, 1) }
          if (basis.issuer !== undefined) legal.issuer = text(basis.issuer)
          if (basis.source !== undefined) legal.source = text(basis.source)
          if (basis.note !== undefined) legal.note = text(basis.note)
          return legal
        })
  if (input.unitKind !== undefined) out.unitKind = optionalText(input.unitKind)
  if (input.supersedes !== undefined) out.supersedes = optionalText(input.supersedes)
  out.plugins =
    input.plugins === undefined ? [] : list(input.plugins).map((name) => matching(name, PLUGIN_NAMESPACE))
  out.result = result(input.result)
  if (input.aggregate !== undefined) out.aggregate = pluginCall(input.aggregate)
  if (input.missing !== undefined) out.missing = oneOf(input.missing, ['skip', 'zero', 'error'] as const)
  out.display = input.display === undefined ? { decimals: 2, mode: 'half-up' } : rounding(input.display)
  out.ranking = ranking(input.ranking)
  out.bands =
    input.bands === undefined
      ? []
      : list(input.bands).map((entry) => {
          const band = record(entry, BAND_KEYS)
          const code = text(band.code, 1)
          const label = band.label === undefined ? undefined : localizedText(band.label)
          const atLeast = decimal(band.atLeast)
          return label === undefined ? { code, atLeast } : { code, label, atLeast }
        })
  out.tree = list(input.tree, 1).map(node)
  return out
}

/**
 * What `MethodologySchema` makes of a methodology written the usual way, built without zod; undefined for
 * anything else (the schema then decides, and writes the messages).
 *
 * @example
 * ```ts
 * parseWellFormedMethodology({ id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Area', max: 10, rule: { use: 'chiso/points' } }] })?.tree[0]?.max // '10'
 * parseWellFormedMethodology({ id: 'Demo' }) // undefined
 * ```
 */
export function parseWellFormedMethodology(input: unknown): Methodology | undefined {
  try {
    return methodology(input)
  } catch (error) {
    if (error === NOT_WELL_FORMED) return undefined
    throw error
  }
}
