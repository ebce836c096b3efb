import { ChisoError } from '@chiso/core'
import { DEFAULT_MAX_RUNS } from '@chiso/scenarios'
import type { RunLimits } from './limit-options.js'

// Apart from limit-options.ts, which every command that reads a methodology loads: only `simulate` needs the
// run limit, and reading it from @chiso/scenarios loads the whole package (and its random generator).

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
