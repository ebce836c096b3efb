import { type Dec, dec, type Scorecard } from '@chiso/core'

/**
 * One area of a unit's profile: the unit's index in that area, the median over all units, and the best.
 *
 * @example
 * ```ts
 * const row: AreaProfileRow = { area: '3', unit: dec('72.5'), median: dec('80'), best: dec('96.25') }
 * ```
 */
export interface AreaProfileRow {
  readonly area: string
  readonly unit: Dec | null
  readonly median: Dec | null
  readonly best: Dec | null
}

/**
 * A unit's index in each area against the median and the best of all units that have a value there. The
 * median of an even count is the mean of the two middle values; all of it exact.
 *
 * @example
 * ```ts
 * areaProfile(scorecard, ['1', '2'], 'lang-chanh')[0]
 * // { area: '1', unit: 62.5, median: 80, best: 97.5 } (as Dec)
 * ```
 */
export function areaProfile(
  scorecard: Scorecard,
  areas: ReadonlyArray<string>,
  unitCode: string,
): AreaProfileRow[] {
  const unit = scorecard.units.find((candidate) => candidate.unit === unitCode)
  return areas.map((area) => {
    const values = scorecard.units
      .map((candidate) => candidate.nodes[area]?.index ?? null)
      .filter((value): value is string => value !== null)
      .map((value) => dec(value))
      .sort((a, b) => a.comparedTo(b))
    const own = unit?.nodes[area]?.index ?? null
    return {
      area,
      unit: own === null ? null : dec(own),
      median: median(values),
      best: values.length === 0 ? null : values[values.length - 1]!,
    }
  })
}

function median(sorted: ReadonlyArray<Dec>): Dec | null {
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2)
}
