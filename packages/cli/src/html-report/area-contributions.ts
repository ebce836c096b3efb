import { type Dec, dec, type Methodology, type UnitResult } from '@chiso/core'

/**
 * What one top-level area (*lĩnh vực*) adds to a unit's index.
 *
 * @example
 * ```ts
 * const part: AreaContribution = { area: '3', value: dec('12.4') }
 * ```
 */
export interface AreaContribution {
  readonly area: string
  readonly value: Dec
}

// Far below any display rounding: only the 40-digit divisions can leave a remainder this small.
const TOLERANCE = dec('1e-30')

/**
 * Splits a unit's index into what each top-level area contributes, when the methodology combines its areas
 * additively: for points, an area adds its points ÷ the unit's applicable maximum × 100; for a composite
 * weighted mean (`chiso/mean`), an area adds weight × value ÷ Σ weights of the areas present × scale. The
 * split is checked against the engine's index exactly (to 40 digits); anything else (a geometric mean, a
 * plugin aggregator, a unit without an index) gives `null`, and the report then draws the index alone.
 *
 * @example
 * ```ts
 * const parts = areaContributions(compiled.methodology, scorecard.units[0]!)
 * parts?.map((part) => part.value.toFixed(2)) // ['8.25', '6.10', …] — they add up to the unit's index
 * ```
 */
export function areaContributions(
  methodology: Methodology,
  unit: UnitResult,
): ReadonlyArray<AreaContribution> | null {
  if (unit.index === null) return null
  const parts =
    methodology.result.type === 'points' ? pointsParts(methodology, unit) : meanParts(methodology, unit)
  if (parts === null) return null
  const total = parts.reduce((sum, part) => sum.plus(part.value), dec(0))
  return total.minus(unit.index).abs().lte(TOLERANCE) ? parts : null
}

function pointsParts(methodology: Methodology, unit: UnitResult): AreaContribution[] | null {
  if ((methodology.aggregate?.use ?? 'chiso/sum') !== 'chiso/sum') return null
  if (unit.max === null || dec(unit.max).isZero()) return null
  const max = dec(unit.max)
  return methodology.tree.map((area) => {
    const score = unit.nodes[area.code]?.score ?? null
    return { area: area.code, value: score === null ? dec(0) : dec(score).div(max).times(100) }
  })
}

function meanParts(methodology: Methodology, unit: UnitResult): AreaContribution[] | null {
  if (methodology.result.type !== 'composite') return null
  if ((methodology.aggregate?.use ?? 'chiso/mean') !== 'chiso/mean') return null
  const scale = dec(methodology.result.scale)
  const present = methodology.tree.filter((area) => (unit.nodes[area.code]?.score ?? null) !== null)
  const weights = present.reduce((sum, area) => sum.plus(area.weight ?? '1'), dec(0))
  if (weights.isZero()) return null
  return methodology.tree.map((area) => {
    const score = unit.nodes[area.code]?.score ?? null
    return {
      area: area.code,
      value:
        score === null
          ? dec(0)
          : dec(area.weight ?? '1')
              .times(score)
              .div(weights)
              .times(scale),
    }
  })
}
