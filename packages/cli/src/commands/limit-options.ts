import type { EngineLimits, Plugin } from '@chiso/core'

// The options themselves are declared where the program is built, which must not load the engine.
export { addLimitOptions, parseTimeout, runLimitsOf } from './global-limit-options.js'

/**
 * The resource limits a run of the CLI enforces beyond the data options (`--max-file-bytes`, `--max-rows`…):
 * the engine's tree and dataset limits, the largest methodology file, simulation runs, and a wall-clock
 * timeout. Absent fields keep their defaults.
 *
 * @example
 * ```ts
 * const limits: RunLimits = { engine: { maxUnits: 2_000_000 }, maxRuns: 5_000_000 }
 * ```
 */
export interface RunLimits {
  /** Limits passed to `createEngine` for every methodology the command loads. */
  engine: Partial<EngineLimits>
  /** Largest methodology file (bytes), refused before it is read. */
  maxMethodologyBytes?: number
  /** Most simulation runs (and sensitivity samples). */
  maxRuns?: number
  /** Wall-clock limit of the whole command, in seconds. */
  timeoutSeconds?: number
  /** The plugins `--plugin` loaded: every methodology the command loads is compiled with them. */
  plugins?: ReadonlyArray<Plugin>
}

/**
 * The default size of the largest methodology file: 16 MiB, a hundred times the largest real methodology,
 * small enough that a hostile YAML file is refused before it is read and parsed.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_METHODOLOGY_BYTES // 16777216
 * ```
 */
export const DEFAULT_MAX_METHODOLOGY_BYTES = 16 * 1024 * 1024

/**
 * The size limit of a methodology file for `readDocument`: `--max-methodology-bytes` or its default.
 *
 * @example
 * ```ts
 * readDocument('m.yaml', cwd, methodologySizeLimit(context.limits))
 * ```
 */
export function methodologySizeLimit(limits: RunLimits | undefined): {
  maxBytes: number
  raiseWith: string
} {
  return {
    maxBytes: limits?.maxMethodologyBytes ?? DEFAULT_MAX_METHODOLOGY_BYTES,
    raiseWith: '--max-methodology-bytes',
  }
}
