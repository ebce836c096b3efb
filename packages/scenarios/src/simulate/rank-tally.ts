// How often each unit got each rank over a simulation's runs, counted straight from the run chunks. Ranks are
// whole numbers from 1 to the number of units (0 = unranked), so a count per rank holds everything the summary
// needs: sorting every unit's list of ranks (what this replaces) cost about a tenth of a 10 000-run ASEM
// simulation, all of it in the calling thread after the workers are done.
import type { RunChunk } from './monte-carlo.js'

/** Per-unit rank counts over all runs: `counts[u * size + r - 1]` runs gave unit u rank r. */
export interface RankTally {
  readonly size: number
  readonly counts: Float64Array
  readonly unranked: Float64Array
}

/**
 * Counts the ranks of every unit in `chunks` (any order: counting does not depend on it).
 *
 * @example
 * ```ts
 * const tally = tallyRanks(51, [runRange(input, 42, 0, 100)])
 * tally.counts[0] // runs in which the first unit ranked first
 * ```
 */
export function tallyRanks(size: number, chunks: ReadonlyArray<Pick<RunChunk, 'ranks'>>): RankTally {
  const counts = new Float64Array(size * size)
  const unranked = new Float64Array(size)
  for (const { ranks } of chunks) {
    for (let at = 0; at < ranks.length; at += size) {
      for (let u = 0; u < size; u++) {
        const rank = ranks[at + u]!
        if (rank === 0) unranked[u]! += 1
        else counts[u * size + rank - 1]! += 1
      }
    }
  }
  return { size, counts, unranked }
}

/**
 * One unit's distribution from its counts: the same numbers as sorting its ranks — the p-quantile is the
 * ⌈p·n⌉-th smallest rank, the mean the sum of the ranks (whole numbers, so exact in any order) over n.
 *
 * @example
 * ```ts
 * unitTally(tallyRanks(2, [{ ranks: Int32Array.of(1, 2, 2, 1, 1, 2) }]), 0, null, 3).median // 1
 * ```
 */
export function unitTally(
  tally: RankTally,
  u: number,
  target: number | null,
  runs: number,
): {
  median: number | null
  p5: number | null
  p95: number | null
  mean: number | null
  probability: number | null
  counts: number[]
  unranked: number
} {
  const { size } = tally
  const counts = Array.from(tally.counts.subarray(u * size, (u + 1) * size))
  let ranked = 0
  let sum = 0
  let reaching = 0
  for (let r = 0; r < size; r++) {
    ranked += counts[r]!
    sum += (r + 1) * counts[r]!
    if (target !== null && r + 1 <= target) reaching += counts[r]!
  }
  // The rank in sorted position `position` (0-based) of the unit's ranked runs.
  const quantile = (p: number): number | null => {
    if (ranked === 0) return null
    const position = Math.max(0, Math.ceil(p * ranked) - 1)
    let seen = 0
    for (let r = 0; r < size; r++) {
      seen += counts[r]!
      if (seen > position) return r + 1
    }
    return size
  }
  return {
    median: quantile(0.5),
    p5: quantile(0.05),
    p95: quantile(0.95),
    mean: ranked === 0 ? null : sum / ranked,
    probability: target === null || runs === 0 ? null : reaching / runs,
    counts,
    unranked: tally.unranked[u]!,
  }
}
