import type { Dec } from '../decimal/decimal.js'
import { keptExact } from '../decimal/lazy-decimal.js'
import { compareScaled } from '../decimal/scaled.js'

/**
 * How ties are ranked: competition (1, 2, 2, 4), dense (1, 2, 2, 3), ordinal (1, 2, 3, 4).
 *
 * @example
 * ```ts
 * const entries = [
 *   { code: 'a', key: dec(95) }, { code: 'b', key: dec(90) },
 *   { code: 'c', key: dec(90) }, { code: 'd', key: dec(80) },
 * ]
 * rankUnits(entries, 'competition') // [1, 2, 2, 4]
 * rankUnits(entries, 'dense')       // [1, 2, 2, 3]
 * rankUnits(entries, 'ordinal')     // [1, 2, 3, 4]
 * ```
 *
 * @category Ranking
 */
export type RankMethod = 'competition' | 'dense' | 'ordinal'

/**
 * One unit to rank: its key (higher is better), its tie-breaker values, and its code.
 *
 * @example
 * ```ts
 * const entry: RankEntry = { code: 'dong-son', key: dec('85.5'), breakers: [dec('9.25')] }
 * ```
 *
 * @category Ranking
 */
export interface RankEntry {
  readonly code: string
  /** `null`: the unit cannot be ranked (it gets rank `null`). */
  readonly key: Dec | null
  /** Tie-breaker values, compared in order; `null` loses to any value. */
  readonly breakers?: ReadonlyArray<Dec | null>
}

/**
 * Order of each tie-breaker: `desc` (higher is better, default) or `asc`.
 *
 * @example
 * ```ts
 * const tied = [
 *   { code: 'a', key: dec(90), breakers: [dec(5)] },
 *   { code: 'b', key: dec(90), breakers: [dec(7)] },
 * ]
 * rankUnits(tied, 'competition', ['desc']) // [2, 1]
 * rankUnits(tied, 'competition', ['asc'])  // [1, 2]
 * ```
 *
 * @category Ranking
 */
export type BreakerOrder = 'desc' | 'asc'

/**
 * Ranks units by key, highest first, applying tie-breakers in order. Equal keys (and breakers) share a rank
 * under `competition` and `dense`; `ordinal` breaks remaining ties by unit code so every rank is distinct.
 * Returns ranks in the order of `entries`; units whose key is `null` get `null`. The result never depends on
 * the order of `entries`.
 *
 * @example
 * ```ts
 * rankUnits([{ code: 'a', key: dec(90) }, { code: 'b', key: dec(95) }, { code: 'c', key: dec(90) }], 'competition')
 * // [2, 1, 2]
 * ```
 *
 * @category Ranking
 */
export function rankUnits(
  entries: ReadonlyArray<RankEntry>,
  method: RankMethod,
  orders: ReadonlyArray<BreakerOrder> = [],
): Array<number | null> {
  const compareKeys = (a: RankEntry, b: RankEntry): number => {
    const byKey = compareDesc(a.key, b.key)
    if (byKey !== 0) return byKey
    const count = Math.max(a.breakers?.length ?? 0, b.breakers?.length ?? 0)
    for (let i = 0; i < count; i++) {
      const order = orders[i] ?? 'desc'
      const x = a.breakers?.[i] ?? null
      const y = b.breakers?.[i] ?? null
      const result = order === 'desc' ? compareDesc(x, y) : compareAsc(x, y)
      if (result !== 0) return result
    }
    return 0
  }
  const positions = entries.map((_, index) => index).filter((index) => entries[index]!.key !== null)
  positions.sort((i, j) => {
    const a = entries[i]!
    const b = entries[j]!
    return compareKeys(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  })
  const ranks: Array<number | null> = entries.map(() => null)
  let previous: RankEntry | undefined
  let rank = 0
  positions.forEach((index, position) => {
    const entry = entries[index]!
    const tied = previous !== undefined && compareKeys(previous, entry) === 0
    if (method === 'ordinal' || !tied) rank = method === 'dense' ? rank + 1 : position + 1
    ranks[index] = rank
    previous = entry
  })
  return ranks
}

/** Higher first; `null` last. */
function compareDesc(a: Dec | null, b: Dec | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return compareDecimals(b, a)
}

/** Lower first; `null` last. */
function compareAsc(a: Dec | null, b: Dec | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return compareDecimals(a, b)
}

/** `a.comparedTo(b)`, on the exact forms when both keep one (keys made by the fast paths are not parsed). */
function compareDecimals(a: Dec, b: Dec): number {
  const x = keptExact(a)
  const y = x === undefined ? undefined : keptExact(b)
  return x === undefined || y === undefined ? a.comparedTo(b) : compareScaled(x, y)
}
