// Column helpers shared by the built-in normalisers: orientation by direction, extent and ranks.
import { type Dec, dec } from '../decimal/decimal.js'

/**
 * Multiplies every value by the node's direction, as COINr does before normalising: afterwards "larger is
 * better" holds for both directions. `null` stays `null`.
 *
 * @example
 * ```ts
 * orient([dec('2'), null, dec('5')], -1).map((v) => v?.toFixed() ?? null) // ['-2', null, '-5']
 * ```
 */
export function orient(values: ReadonlyArray<Dec | null>, direction: 1 | -1): Array<Dec | null> {
  return direction === 1 ? [...values] : values.map((value) => (value === null ? null : value.negated()))
}

/** The smallest and largest of a column's values, and how many there are. */
export interface Extent {
  readonly min: Dec
  readonly max: Dec
  readonly count: number
}

/**
 * The smallest and largest non-null value of a column, or `null` when the column has no value at all.
 *
 * @example
 * ```ts
 * extent([dec('4'), null, dec('2')]) // { min: 2, max: 4, count: 2 }
 * extent([null])                     // null
 * ```
 */
export function extent(values: ReadonlyArray<Dec | null>): Extent | null {
  let min: Dec | null = null
  let max: Dec | null = null
  let count = 0
  for (const value of values) {
    if (value === null) continue
    count += 1
    if (min === null || value.lt(min)) min = value
    if (max === null || value.gt(max)) max = value
  }
  return min === null || max === null ? null : { min, max, count }
}

/**
 * The ways tied values can share ranks, as in R's `rank(ties.method = …)`.
 *
 * @example
 * ```ts
 * TIES_METHODS // ['min', 'average', 'max']
 * ```
 */
export const TIES_METHODS = ['min', 'average', 'max'] as const

/** How tied values share ranks, as in R's `rank(ties.method = …)`. */
export type TiesMethod = (typeof TIES_METHODS)[number]

/**
 * Ranks the non-null values of a column in ascending order (1 = lowest), like R's `rank()` with
 * `na.last = "keep"`: tied values get the average (default), lowest or highest of the ranks they span.
 * `null` stays `null`.
 *
 * @example
 * ```ts
 * rankColumn([dec('10'), dec('30'), null, dec('10')], 'average').map((r) => r?.toFixed() ?? null)
 * // ['1.5', '3', null, '1.5']
 * ```
 */
export function rankColumn(values: ReadonlyArray<Dec | null>, ties: TiesMethod): Array<Dec | null> {
  const order: number[] = []
  values.forEach((value, index) => {
    if (value !== null) order.push(index)
  })
  order.sort((a, b) => (values[a] as Dec).comparedTo(values[b] as Dec))
  const ranks: Array<Dec | null> = values.map(() => null)
  let start = 0
  while (start < order.length) {
    let end = start
    const first = values[order[start]!] as Dec
    while (end + 1 < order.length && (values[order[end + 1]!] as Dec).eq(first)) end += 1
    // Positions start..end (0-based) hold ranks start+1..end+1.
    const rank =
      ties === 'min' ? dec(start + 1) : ties === 'max' ? dec(end + 1) : dec(start + 1 + end + 1).div(2)
    for (let position = start; position <= end; position += 1) ranks[order[position]!] = rank
    start = end + 1
  }
  return ranks
}
