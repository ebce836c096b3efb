/**
 * How many units a chart draws before it keeps to the top of the ranking: beyond about 50 bars a chart is
 * no longer read unit by unit, and the ranking table lists every unit anyway.
 *
 * @example
 * ```ts
 * CHART_UNIT_LIMIT // 50
 * ```
 */
export const CHART_UNIT_LIMIT = 50

/**
 * The units a chart draws, in rank order: all of them up to `limit`; beyond it the first `limit` of the
 * ranking plus the units in focus (the profiled unit, the plan's unit) wherever they rank.
 *
 * @example
 * ```ts
 * chartUnits(['a', 'b', 'c', 'd'], ['d'], 2) // ['a', 'b', 'd']
 * chartUnits(['a', 'b', 'c'], ['c'], 5)      // ['a', 'b', 'c']
 * ```
 */
export function chartUnits(
  inRankOrder: ReadonlyArray<string>,
  focus: ReadonlyArray<string>,
  limit: number = CHART_UNIT_LIMIT,
): string[] {
  if (inRankOrder.length <= limit) return [...inRankOrder]
  const wanted = new Set(focus)
  return inRankOrder.filter((unit, index) => index < limit || wanted.has(unit))
}
