// Ranking of one kernel run, with every buffer allocated once per kernel: the order of the units is sorted in
// a reused array with one comparator built up front (the same Array.prototype.sort as before, so even keys the
// tolerance calls tied sort exactly as they always did).
import type { Methodology } from '@chiso/core'

/**
 * Ranks the units of one run, like the engine's rankUnits (competition, dense, ordinal; tie-breakers; ordinal
 * ties by code), within each cohort. `keys` and `breakers` are read when `rank` is called.
 *
 * @example
 * ```ts
 * const ranker = createRanker(methodology.ranking, ['a', 'b'], [[0, 1]], keys, [])
 * ranker.rank(ranks) // ranks: Int32Array, 0 = unranked
 * ```
 */
export interface Ranker {
  rank(ranks: Int32Array): void
}

/**
 * Builds the ranker of a kernel over its preallocated key and tie-breaker columns.
 *
 * @example
 * ```ts
 * createRanker(ranking, units, [[0, 1, 2]], keys, breakers).rank(ranks)
 * ```
 */
export function createRanker(
  ranking: Methodology['ranking'],
  codes: ReadonlyArray<string>,
  cohorts: ReadonlyArray<ReadonlyArray<number>>,
  keys: Float64Array,
  breakers: ReadonlyArray<Float64Array>,
): Ranker {
  const orders = ranking.tieBreakers.map((breaker) => breaker.order)
  // Ties by code through each code's place in the sorted codes (equal codes share a place): one integer
  // comparison instead of two string comparisons per call.
  const sorted = [...new Set(codes)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const place = new Map(sorted.map((code, i) => [code, i]))
  const codeOrder = Int32Array.from(codes, (code) => place.get(code)!)
  // Values the exact engine finds equal (sums of thirds, say) can differ in the last bits of a float64: keys
  // within a relative 1e-11 count as tied, far below any published digit.
  const close = (x: number, y: number) =>
    x === y || Math.abs(x - y) <= 1e-11 * Math.max(1, Math.abs(x), Math.abs(y))
  const compareKeys = (a: number, b: number): number => {
    if (!close(keys[a]!, keys[b]!)) return keys[b]! - keys[a]!
    for (let i = 0; i < breakers.length; i++) {
      const x = breakers[i]![a]!
      const y = breakers[i]![b]!
      if (close(x, y) || (Number.isNaN(x) && Number.isNaN(y))) continue
      if (Number.isNaN(x)) return 1
      if (Number.isNaN(y)) return -1
      return orders[i] === 'asc' ? x - y : y - x
    }
    return 0
  }
  const compare = (a: number, b: number) => compareKeys(a, b) || codeOrder[a]! - codeOrder[b]!
  const positions: number[] = []
  const dense = ranking.method === 'dense'
  const ordinal = ranking.method === 'ordinal'
  return {
    rank(ranks) {
      ranks.fill(0)
      for (const members of cohorts) {
        positions.length = 0
        for (const u of members) if (!Number.isNaN(keys[u]!)) positions.push(u)
        positions.sort(compare)
        let rank = 0
        for (let position = 0; position < positions.length; position++) {
          const u = positions[position]!
          const tied = position > 0 && compareKeys(positions[position - 1]!, u) === 0
          if (ordinal || !tied) rank = dense ? rank + 1 : position + 1
          ranks[u] = rank
        }
      }
    },
  }
}
