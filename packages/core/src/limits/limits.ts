import { ChisoError, type JsonPath } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'

/**
 * The resource limits of the engine: how large a methodology or dataset may be, and how long one call of a
 * plugin item may take. Methodology and data files are untrusted input: every limit turns a hostile or
 * mistaken file into a located `LIMIT_EXCEEDED` error instead of a stack overflow or exhausted memory. Every
 * limit can be raised (`createEngine({ limits })`, `parseMethodology(input, { limits })`, the CLI's `--max-*`
 * options).
 *
 * @example
 * ```ts
 * const limits: EngineLimits = { ...DEFAULT_ENGINE_LIMITS, maxUnits: 5_000_000 }
 * createEngine({ limits }).compile(methodology)
 * ```
 *
 * @category Limits
 */
export interface EngineLimits {
  /** Deepest tree: levels of nodes below the methodology's root (the top-level areas are level 1). */
  maxDepth: number
  /** Most nodes in a methodology's tree (areas, criteria, sub-criteria: every node counts). */
  maxNodes: number
  /** Deepest nesting of objects and arrays anywhere in a methodology document (its options included). */
  maxNesting: number
  /** Most units in a dataset. */
  maxUnits: number
  /** Most observations in a dataset. */
  maxObservations: number
  /**
   * Longest one call of a plugin's rule, aggregator or normaliser may take, in milliseconds. A call that
   * takes longer is discarded and reported against its node (`PLUGIN_TIMEOUT`). Built-in items are not timed.
   */
  pluginCallMs: number
}

/**
 * The default limits: far above any real index (PAR INDEX has four levels and a few hundred nodes; Vietnam
 * has about 10 000 communes), low enough that a hostile file fails fast.
 *
 * @example
 * ```ts
 * DEFAULT_ENGINE_LIMITS.maxDepth // 32
 * DEFAULT_ENGINE_LIMITS.maxUnits // 1000000
 * ```
 *
 * @category Limits
 */
export const DEFAULT_ENGINE_LIMITS: Readonly<EngineLimits> = Object.freeze({
  maxDepth: 32,
  maxNodes: 100_000,
  maxNesting: 256,
  maxUnits: 1_000_000,
  maxObservations: 50_000_000,
  pluginCallMs: 2_000,
})

/** How a user raises each limit, for the error's hint. */
const RAISE_WITH: Readonly<Record<keyof EngineLimits, { cli?: string; what: string }>> = {
  maxDepth: { cli: '--max-depth', what: 'tree levels' },
  maxNodes: { cli: '--max-nodes', what: 'nodes' },
  maxNesting: { what: 'levels of nesting' },
  maxUnits: { cli: '--max-units', what: 'units' },
  maxObservations: { cli: '--max-observations', what: 'observations' },
  pluginCallMs: { what: 'milliseconds' },
}

/**
 * Completes partial limits with the defaults, checking each given one is a whole number ≥ 1
 * (`Infinity` is allowed: no limit). Throws a `ChisoError` (`LIMIT_EXCEEDED` is not the code here:
 * a malformed limit is `INVALID_OPTIONS`) naming the bad limit.
 *
 * @example
 * ```ts
 * resolveLimits({ maxUnits: 10 }).maxUnits // 10
 * resolveLimits().maxDepth                 // 32
 * resolveLimits({ maxUnits: 0 })           // throws ChisoError (INVALID_OPTIONS): limits.maxUnits: …
 * ```
 *
 * @category Limits
 */
export function resolveLimits(limits: Partial<EngineLimits> = {}): Readonly<EngineLimits> {
  const resolved = { ...DEFAULT_ENGINE_LIMITS }
  for (const key of Object.keys(DEFAULT_ENGINE_LIMITS) as Array<keyof EngineLimits>) {
    const value = limits[key]
    if (value === undefined) continue
    if (!(value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && value >= 1))) {
      throw new ChisoError(ERROR_CODES.INVALID_OPTIONS, `expected a whole number ≥ 1, got ${String(value)}`, {
        path: ['limits', key],
      })
    }
    resolved[key] = value
  }
  return Object.freeze(resolved)
}

/**
 * The error for a limit a document exceeds: code `LIMIT_EXCEEDED`, the path where it was exceeded, and a
 * message naming the limit, the value found, the limit in force, its default and how to raise it.
 *
 * @example
 * ```ts
 * limitExceeded('maxUnits', 12, { ...DEFAULT_ENGINE_LIMITS, maxUnits: 10 }, ['units', 10]).message
 * // 'units[10]: 12 units exceed the limit maxUnits = 10 (default 1000000; raise it with --max-units in the CLI, limits.maxUnits in the API)'
 * ```
 */
export function limitExceeded(
  which: keyof EngineLimits,
  actual: number | string,
  limits: Readonly<EngineLimits>,
  path: JsonPath,
): ChisoError {
  const { cli, what } = RAISE_WITH[which]
  const raise = `${cli === undefined ? '' : `${cli} in the CLI, `}limits.${which} in the API`
  // The way to raise the limit is part of the message: some reports show messages without hints.
  const message = `${actual} ${what} exceed the limit ${which} = ${limits[which]} (default ${DEFAULT_ENGINE_LIMITS[which]}; raise it with ${raise})`
  return new ChisoError(ERROR_CODES.LIMIT_EXCEEDED, message, {
    path,
    issues: [{ path, message }],
    hint: `if the input is genuine, raise the limit (in the API: createEngine({ limits: { ${which}: … } }))`,
  })
}
