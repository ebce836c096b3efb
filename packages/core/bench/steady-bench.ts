// What the ASEM benchmarks share: how long a bench warms up and runs, and the check that a float64 baseline
// computes what the exact engine computes.
import type { Scorecard } from '../src/index.js'

/**
 * Bench options for an exact build. A build allocates thousands of short-lived objects, and vitest's default
 * (half a second, a few warm-up runs) times mostly the JIT's first tiers and the first collections. A machine
 * whose speed varies still leaves a tail of slow samples in the mean: there, medians over fresh processes are
 * the figures to trust (docs/performance.md, "Where the aims stand").
 */
export const steady = { warmupTime: 2000, warmupIterations: 200, time: 4000 }

/**
 * Throws unless the float64 kernel ranks every unit as the exact engine does: a baseline that computes
 * something else makes the ratio meaningless.
 */
export function assertKernelRanksMatch(floatRanks: ArrayLike<number>, codes: string[], scorecard: Scorecard) {
  for (const unit of scorecard.units) {
    const floatRank = floatRanks[codes.indexOf(unit.unit)]
    if (floatRank !== unit.rank)
      throw new Error(`the float64 kernel ranks ${unit.unit} ${floatRank}, the engine ${unit.rank}`)
  }
}
