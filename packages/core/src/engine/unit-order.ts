// The order of the units in a scorecard: by group when ranked within groups, then by rank, then by code.
import type { UnitResult } from '../schema/scorecard.js'
import type { UnitSummary } from './scorecard-by-unit.js'

/** Two optional codes compared as strings, a missing one as the empty string. */
function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
}

/**
 * Sorts the units of a scorecard in place (a stable sort): by group when `byGroup`, then by rank (unranked
 * last), then by code.
 */
export function sortUnits(units: UnitResult[], byGroup: boolean): UnitResult[] {
  return units.sort(
    (a, b) =>
      (byGroup ? compare(a.group, b.group) : 0) ||
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      compare(a.unit, b.unit),
  )
}

/**
 * The dataset positions of `units` (dataset order) in scorecard order: the order {@link sortUnits} gives, ties
 * kept in dataset order as its stable sort does.
 */
export function sortUnitPositions(
  units: ReadonlyArray<UnitSummary>,
  positions: number[],
  byGroup: boolean,
): number[] {
  return positions.sort((x, y) => {
    const a = units[x]!
    const b = units[y]!
    return (
      (byGroup ? compare(a.group, b.group) : 0) ||
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      compare(a.unit, b.unit) ||
      x - y
    )
  })
}
