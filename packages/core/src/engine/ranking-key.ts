import { Dec } from '../decimal/decimal.js'

/**
 * How many significant digits ranking, tie-breaking and bands compare when a methodology ranks on exact
 * values: six below {@link Dec}'s working precision of 40.
 *
 * Why not all 40: the engine cuts every non-terminating quotient (a percentile rank, a mean over 7 units…) to
 * 40 digits, so one rational reached along two paths can differ in its last digit or two — 375/7 as a mean of
 * percentile ranks, say. Compared on all 40 digits the engine would rank one unit ahead of its mathematical
 * twin, or put an index that is exactly 90 below a band threshold of 90. Six guard digits absorb the rounding
 * of a million operations, while any difference in real data (a handful of published digits) is still seen.
 *
 * @example
 * ```ts
 * RANKING_SIGNIFICANT_DIGITS // 34
 * ```
 *
 * @category Ranking
 */
export const RANKING_SIGNIFICANT_DIGITS = Dec.precision - 6

/**
 * The value an exact-ranking methodology compares for an index or a tie-breaker: the index rounded (half up)
 * to {@link RANKING_SIGNIFICANT_DIGITS} significant digits. The scorecard still shows the index in full.
 *
 * @example
 * ```ts
 * // 110000/21 reached along two paths: the last digits differ, the ranking key does not.
 * rankingKeyOf(dec('5238.095238095238095238095238095238095237')).eq(
 *   rankingKeyOf(dec('5238.09523809523809523809523809523809524')),
 * ) // true
 * ```
 *
 * @category Ranking
 */
export function rankingKeyOf(index: Dec): Dec {
  return index.toSignificantDigits(RANKING_SIGNIFICANT_DIGITS, Dec.ROUND_HALF_UP)
}
