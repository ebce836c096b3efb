import { ChisoError, type EngineLimits, type Plugin } from '@chiso/core'
import { DEFAULT_MAX_RUNS } from '@chiso/scenarios'
import { type Command, InvalidArgumentError, Option } from 'commander'

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

const whole = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1')
  return n
}

/**
 * Parses a `--timeout` value: seconds, a positive number (`0.5`, `30`).
 *
 * @example
 * ```ts
 * parseTimeout('2.5') // 2.5
 * parseTimeout('0')   // throws InvalidArgumentError
 * ```
 */
export function parseTimeout(value: string): number {
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0) || n > 2_147_483) {
    throw new InvalidArgumentError('expected a number of seconds > 0')
  }
  return n
}

/**
 * Adds the limit options to the program. They are global: accepted before or after the command's name.
 *
 * @example
 * ```ts
 * addLimitOptions(new Command('chiso'))
 * // chiso score m.yaml d.csv --max-units 2000000 --timeout 60
 * ```
 */
export function addLimitOptions(program: Command): Command {
  const limit = (flags: string, description: string) =>
    new Option(flags, description).argParser(whole).helpGroup('Limit options:')
  return program
    .addOption(limit('--max-depth <n>', 'refuse methodology trees deeper than this (default 32 levels)'))
    .addOption(limit('--max-nodes <n>', 'refuse methodologies with more nodes (default 100000)'))
    .addOption(limit('--max-units <n>', 'refuse datasets with more units (default 1000000)'))
    .addOption(limit('--max-observations <n>', 'refuse datasets with more observations (default 50000000)'))
    .addOption(
      limit(
        '--max-methodology-bytes <n>',
        'refuse methodology files larger than this, before reading them (default 16777216)',
      ),
    )
    .addOption(limit('--max-runs <n>', 'simulate: refuse more runs or sensitivity samples (default 1000000)'))
    .addOption(
      new Option('--timeout <seconds>', 'stop the command after this many seconds (exit 1); default: none')
        .argParser(parseTimeout)
        .helpGroup('Limit options:'),
    )
}

/**
 * Reads the limit options of a parsed program.
 *
 * @example
 * ```ts
 * runLimitsOf({ maxUnits: 10, timeout: 5 }) // { engine: { maxUnits: 10 }, timeoutSeconds: 5 }
 * ```
 */
export function runLimitsOf(options: Record<string, unknown>): RunLimits {
  const engine: Partial<EngineLimits> = {}
  for (const key of ['maxDepth', 'maxNodes', 'maxUnits', 'maxObservations'] as const) {
    const value = options[key]
    if (typeof value === 'number') engine[key] = value
  }
  const number = (key: string) => (typeof options[key] === 'number' ? (options[key] as number) : undefined)
  const maxMethodologyBytes = number('maxMethodologyBytes')
  const maxRuns = number('maxRuns')
  const timeoutSeconds = number('timeout')
  return {
    engine,
    ...(maxMethodologyBytes === undefined ? {} : { maxMethodologyBytes }),
    ...(maxRuns === undefined ? {} : { maxRuns }),
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
  }
}

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

/**
 * Refuses more simulation runs or sensitivity samples than `--max-runs` allows (default
 * {@link DEFAULT_MAX_RUNS}), before anything is loaded.
 *
 * @example
 * ```ts
 * checkRuns({ runs: 2_000_000 }, undefined)
 * // throws ChisoError: --runs 2000000 exceeds the limit of 1000000 runs (LIMIT_EXCEEDED)
 * ```
 */
export function checkRuns(
  counts: { runs: number; sensitivity?: number },
  limits: RunLimits | undefined,
): void {
  const maxRuns = limits?.maxRuns ?? DEFAULT_MAX_RUNS
  for (const [option, value] of [
    ['--runs', counts.runs],
    ['--sensitivity', counts.sensitivity ?? 0],
  ] as const) {
    if (value <= maxRuns) continue
    throw new ChisoError('LIMIT_EXCEEDED', `${option} is too large`, {
      issues: [
        {
          message: `${option} ${value} exceeds the limit of ${maxRuns} (maxRuns, default ${DEFAULT_MAX_RUNS})\n    hint: if you mean it, raise the limit with --max-runs`,
        },
      ],
    })
  }
}
