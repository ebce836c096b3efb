// Checks shared by the rule, normaliser and aggregator conformance helpers. Internal.
import {
  ChisoError,
  Dec,
  DIAGNOSTIC_CODES,
  dec,
  isChisoError,
  isDecimalString,
  type JsonPath,
  type NodeInfo,
  type PluginItem,
  resolveOptions,
  type Severity,
  toDecimalString,
} from '@chiso/core'
import type { FailureCollector } from './failures.js'

/**
 * Options every conformance helper takes.
 *
 * @example
 * ```ts
 * const options: ConformanceOptions = { options: {}, seed: 42 }
 * ```
 *
 * @category Testing
 */
export interface ConformanceOptions {
  /** The item's options as a methodology writes them (`with`). Default `{}`. */
  options?: unknown
  /** How many random inputs to try. Default `100`. */
  samples?: number
  /** Seed of the random inputs, so a run is reproducible. Default `20_240_601`. */
  seed?: number
  /** The node the item runs on. Default: code `conformance`, no maximum (rules: see their options), direction 1. */
  node?: { code?: string; max?: string | null; direction?: 1 | -1 }
  /** Extra option values that must be rejected with a located `ChisoError`. */
  garbage?: ReadonlyArray<unknown>
  /**
   * Require unknown option keys to be rejected (a `z.strictObject` schema), so a typo in a methodology fails
   * loudly instead of being ignored. Default `true`.
   */
  strictOptions?: boolean
  /** The item's expected namespace (`acme`); its id must start with `acme/`. Default: any namespace. */
  namespace?: string
}

const ITEM_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/
const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'info'])
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(DIAGNOSTIC_CODES))
const UNKNOWN_KEY = '__conformanceUnknownOption'

/** The default seed of every conformance helper. */
export const DEFAULT_SEED = 20_240_601

/** A node for the checks. */
export function nodeInfo(options: ConformanceOptions, defaultMax: string | null): NodeInfo {
  const max = options.node?.max === undefined ? defaultMax : options.node.max
  return Object.freeze({
    code: options.node?.code ?? 'conformance',
    max: max === null ? null : dec(max),
    direction: options.node?.direction ?? 1,
    path: Object.freeze(['tree', 0]) as JsonPath,
  })
}

/** Checks the item's kind, id and meta. */
export function checkIdentity(
  item: PluginItem,
  kind: PluginItem['kind'],
  options: ConformanceOptions,
  failures: FailureCollector,
): void {
  if (item.kind !== kind)
    failures.fail('meta', `kind is "${String(item.kind)}", expected "${kind}" (use define${capital(kind)})`)
  if (typeof item.id !== 'string' || !ITEM_ID.test(item.id)) {
    failures.fail(
      'id',
      `id ${JSON.stringify(item.id)} is not "namespace/name" in lower case (e.g. "acme/on-time-share")`,
    )
  } else if (options.namespace !== undefined && !item.id.startsWith(`${options.namespace}/`)) {
    failures.fail('id', `id "${item.id}" is not in the namespace "${options.namespace}"`)
  }
  if (typeof item.meta?.title !== 'string' || item.meta.title.trim() === '') {
    failures.fail('meta', 'meta.title must be a non-empty string (it is shown in docs and explanations)')
  }
}

/**
 * Resolves the given options as the engine does; on failure records it and returns `undefined`. Then checks
 * that garbage options and (when strict) unknown keys are rejected with a located `ChisoError`.
 */
export function checkOptions<O>(
  item: PluginItem,
  options: ConformanceOptions,
  node: NodeInfo,
  where: 'rule' | 'normalise' | 'aggregate',
  failures: FailureCollector,
): { resolved: O } | undefined {
  const path: JsonPath = ['tree', 0, where, 'with']
  const raw = options.options ?? {}
  let resolved: O
  try {
    resolved = resolveOptions(item as never, raw, node, path) as O
  } catch (error) {
    failures.fail('options', `rejects the options it was given: ${describe(error)}`, { options: raw })
    return undefined
  }
  const garbage: unknown[] = ['not options', 42, ['not', 'options'], true, ...(options.garbage ?? [])]
  if ((options.strictOptions ?? true) && isPlainObject(raw)) {
    expectRejected(item, { ...raw, [UNKNOWN_KEY]: true }, node, path, failures, 'unknown-option')
  }
  for (const value of garbage) expectRejected(item, value, node, path, failures, 'garbage-options')
  return { resolved }
}

function expectRejected(
  item: PluginItem,
  raw: unknown,
  node: NodeInfo,
  path: JsonPath,
  failures: FailureCollector,
  check: 'garbage-options' | 'unknown-option',
): void {
  try {
    resolveOptions(item as never, raw, node, path)
  } catch (error) {
    if (!isChisoError(error)) {
      failures.fail(check, `options ${show(raw)} made it throw ${describe(error)}, not a ChisoError`, {
        options: raw,
      })
      return
    }
    const located =
      error.code === 'INVALID_OPTIONS' && error.issues.every((issue) => startsWith(issue.path ?? [], path))
    if (!located) {
      failures.fail(
        check,
        `options ${show(raw)} gave ${error.code} at ${error.path.join('.')}, not INVALID_OPTIONS under ${path.join('.')}`,
        {
          options: raw,
        },
      )
    }
    return
  }
  failures.fail(
    check,
    check === 'unknown-option'
      ? `accepts an unknown option key "${UNKNOWN_KEY}": use z.strictObject so typos in a methodology fail loudly (or pass strictOptions: false)`
      : `accepts garbage options ${show(raw)}: its options schema must reject them`,
    { options: raw },
  )
}

/** A returned value as a Dec, or a reason why it is not a finite decimal. */
export function asDecimal(value: unknown): { value: Dec } | { problem: string } {
  let converted: Dec | undefined
  if (value instanceof Dec) converted = value
  else if (Dec.isDecimal(value)) converted = dec(value as Dec)
  else if (typeof value === 'string' && isDecimalString(value.trim())) converted = dec(value.trim())
  else return { problem: `returned ${show(value)}, not a Dec or a decimal string` }
  if (!converted.isFinite()) return { problem: `returned ${converted.toString()}, not a finite decimal` }
  return { value: converted }
}

/** A reported diagnostic, as collected by the checks. */
export interface Reported {
  code: string
  message: string
  severity: string
  unitIndex?: number
}

/** Checks reported diagnostics: a known or namespaced code, a message, a valid severity. */
export function checkReports(
  reports: ReadonlyArray<Reported>,
  itemId: string,
  failures: FailureCollector,
  example: unknown,
): void {
  const namespace = itemId.split('/')[0] ?? ''
  for (const report of reports) {
    const code = String(report.code)
    const namespaced =
      namespace !== '' &&
      code.toLowerCase().startsWith(namespace.toLowerCase()) &&
      /[/:_.-]/.test(code.charAt(namespace.length))
    if (!KNOWN_CODES.has(code) && !namespaced) {
      failures.fail(
        'reports',
        `reported the code "${code}", which is neither in DIAGNOSTIC_CODES nor prefixed with "${namespace}"`,
        example,
      )
    }
    if (!SEVERITIES.has(report.severity)) {
      failures.fail(
        'reports',
        `reported the severity "${String(report.severity)}" (expected error, warning or info)`,
        example,
      )
    }
    if (typeof report.message !== 'string' || report.message.trim() === '') {
      failures.fail('reports', `reported ${code} without a message`, example)
    }
  }
}

/** Equal within an absolute tolerance (exactly equal when it is 0). */
export function close(a: Dec, b: Dec, tolerance: Dec): boolean {
  return tolerance.isZero() ? a.eq(b) : a.minus(b).abs().lte(tolerance)
}

/** A decimal as a plain string, for examples and messages. */
export function text(value: Dec | null | undefined): string | null {
  return value === null || value === undefined ? null : toDecimalString(value)
}

/** How a thrown value reads in a message. */
export function describe(error: unknown): string {
  if (error instanceof ChisoError) return `ChisoError ${error.code}: ${error.message}`
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return show(error)
}

/** A value as it reads in a message. */
export function show(value: unknown): string {
  if (value instanceof Dec) return value.toString()
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined) return 'undefined'
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/** Deep-freezes a plain structure so a plugin that mutates its input throws (ES modules are strict). */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !(value instanceof Dec) && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

/** A hint added when an item threw on a frozen input. */
export function mutationHint(error: unknown): string {
  return error instanceof TypeError &&
    /read.only|frozen|not extensible|Cannot assign|Cannot add/i.test(error.message)
    ? ' (its inputs are frozen: never sort or change them in place)'
    : ''
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((part, index) => path[index] === part)
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function capital(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1)
}
