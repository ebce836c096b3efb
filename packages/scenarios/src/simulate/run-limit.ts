// The one cap on simulation work: Monte Carlo runs and sensitivity samples. A run count typed with a zero too
// many (or read from an untrusted spec) would otherwise keep a browser tab or a server busy for hours.
import { ChisoError } from '@chiso/core'

/**
 * Default largest number of Monte Carlo runs (or sensitivity samples) a simulation accepts; raise it with the
 * `maxRuns` option (`--max-runs` in the CLI).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_RUNS // 1000000
 * ```
 *
 * @category Simulation
 */
export const DEFAULT_MAX_RUNS = 1_000_000

/**
 * Refuses `count` runs (or samples) above `maxRuns` with a `LIMIT_EXCEEDED` error whose path names the option.
 *
 * @example
 * ```ts
 * checkRunLimit(2_000_000, undefined, 'runs')
 * // throws ChisoError (LIMIT_EXCEEDED) at runs: 2000000 runs exceed the limit maxRuns = 1000000 …
 * ```
 *
 * @category Simulation
 */
export function checkRunLimit(count: number, maxRuns: number | undefined, option: 'runs' | 'samples'): void {
  const limit = maxRuns ?? DEFAULT_MAX_RUNS
  if (count <= limit) return
  throw new ChisoError(
    'LIMIT_EXCEEDED',
    `${count} ${option} exceed the limit maxRuns = ${limit} (default ${DEFAULT_MAX_RUNS})`,
    {
      path: [option],
      hint: 'if you mean it, raise the limit with the maxRuns option (--max-runs in the CLI)',
    },
  )
}
