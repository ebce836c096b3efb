import type { PreviousRanking } from './input-schemas.js'

/**
 * How a unit's rank moved against a previous ranking: up or down by some ranks, the same, new (not in the
 * previous ranking), or unknown (unranked now or then).
 *
 * @example
 * ```ts
 * const change: RankChange = { kind: 'up', by: 3 }
 * ```
 */
export type RankChange =
  | { readonly kind: 'up' | 'down'; readonly by: number }
  | { readonly kind: 'same' | 'new' | 'unknown' }

/**
 * The rank change of a unit: previous rank − current rank (positive: it rose).
 *
 * @example
 * ```ts
 * const previous = new Map([['nga-son', 12]])
 * rankChange('nga-son', 9, previous)  // { kind: 'up', by: 3 }
 * rankChange('nghi-son', 4, previous) // { kind: 'new' }
 * ```
 */
export function rankChange(
  unit: string,
  rank: number | null,
  previous: ReadonlyMap<string, number | null>,
): RankChange {
  if (!previous.has(unit)) return { kind: 'new' }
  const before = previous.get(unit) ?? null
  if (before === null || rank === null) return { kind: 'unknown' }
  if (before === rank) return { kind: 'same' }
  return before > rank ? { kind: 'up', by: before - rank } : { kind: 'down', by: rank - before }
}

/**
 * The previous ranks by unit code.
 *
 * @example
 * ```ts
 * previousRanks(previous).get('nga-son') // 12
 * ```
 */
export function previousRanks(previous: PreviousRanking): Map<string, number | null> {
  return new Map(previous.units.map((unit) => [unit.unit, unit.rank]))
}
