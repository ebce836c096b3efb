import { type Dec, dec, formatFixed, type Methodology } from '@chiso/core'

/**
 * What the unit aims for: rise N ranks, reach rank K (or better), or be ranked ahead of another unit.
 *
 * @example
 * ```ts
 * const rise: RankTarget = { kind: 'rise', ranks: 10 }
 * const reach: RankTarget = { kind: 'rank', rank: 5 }
 * const overtake: RankTarget = { kind: 'overtake', unit: 'ha-trung' }
 * ```
 *
 * @category Planning
 */
export type RankTarget =
  | { readonly kind: 'rise'; readonly ranks: number }
  | { readonly kind: 'rank'; readonly rank: number }
  | { readonly kind: 'overtake'; readonly unit: string }

/** A peer as ranking sees it: its key (exact or display index) and tie-breaker values. */
export interface Peer {
  readonly code: string
  readonly key: Dec
  readonly index: Dec
  readonly breakers: ReadonlyArray<Dec | null>
}

/** The key the unit must reach; `tie` says whether equalling it is enough (`maybe`: only the engine can tell). */
export interface KeyRequirement {
  readonly key: Dec
  readonly tie: 'enough' | 'not-enough' | 'maybe'
}

/** The key of an index under the methodology's ranking: the exact index, or the display-rounded one. */
export function keyOf(methodology: Methodology, index: Dec): Dec {
  if (methodology.ranking.on === 'exact') return index
  return dec(formatFixed(index, methodology.display.decimals, methodology.display.mode))
}

/**
 * The key the unit must reach for a rank target among fixed peers, or `null` when any key does (fewer
 * peers than K). `rankGoal` is the rank K for `rise` and `rank`; overtaking uses the other unit's key.
 */
export function requiredKey(
  methodology: Methodology,
  peers: ReadonlyArray<Peer>,
  target: { rank: number } | { overtake: Peer },
): KeyRequirement | null {
  const { method, tieBreakers } = methodology.ranking
  const breakers = tieBreakers.length > 0
  if ('overtake' in target) {
    return { key: target.overtake.key, tie: breakers || method === 'ordinal' ? 'maybe' : 'not-enough' }
  }
  const keys = peers.map((peer) => peer.key).sort((a, b) => b.comparedTo(a))
  const distinct = method === 'dense' ? keys.filter((key, i) => i === 0 || !key.eq(keys[i - 1]!)) : keys
  const k = target.rank
  if (distinct.length < k) return null
  return { key: distinct[k - 1]!, tie: breakers || method === 'ordinal' ? 'maybe' : 'enough' }
}

/**
 * The smallest exact index whose key reaches `key` (`strict`: exceeds it), as a bound and whether the bound
 * itself qualifies (`inclusive`). For display ranking the rounding mode decides; a bound that is only
 * approximately right is made conservative, and the engine verifies the plan anyway.
 */
export function indexBound(
  methodology: Methodology,
  key: Dec,
  strict: boolean,
): { index: Dec; inclusive: boolean } {
  if (methodology.ranking.on === 'exact') return { index: key, inclusive: !strict }
  const ulp = dec(1).div(dec(10).pow(methodology.display.decimals))
  const wanted = strict ? key.plus(ulp) : key
  const half = ulp.div(2)
  switch (methodology.display.mode) {
    case 'half-up':
      return { index: wanted.minus(half), inclusive: true }
    case 'half-even':
      return { index: wanted.minus(half), inclusive: false }
    case 'down':
      return { index: wanted, inclusive: true }
    case 'up':
      return { index: wanted.minus(ulp), inclusive: false }
  }
}
