import { dec, toDecimalString } from '../decimal/decimal.js'
import type { CompiledMethodology } from '../engine/engine-interfaces.js'
import type { LocalizedText } from '../schema/localized-text.js'
import { type RoundCuts, roundCuts } from './round-cuts.js'

/**
 * How the rounds after the self-assessment changed one criterion across all units.
 *
 * @example
 * ```ts
 * const change: CriterionChange = { node: '1.1', title: 'Kế hoạch CCHC', max: '1', units: 2, total: '-2',
 *   largest: '-1', changed: [{ unit: 'nga-son', from: '1', to: '0' }] }
 * ```
 *
 * @category Assessment cycle
 */
export interface CriterionChange {
  node: string
  title: LocalizedText
  max: string | null
  /** How many units the rounds changed. */
  units: number
  /** The sum of the changes (final minus self-assessed points). */
  total: string
  /** The change of the largest size (first in unit order on a tie). */
  largest: string
  changed: Array<{ unit: string; from: string | null; to: string | null }>
}

/**
 * Province-wide, which criteria the appraisal rounds changed most: for each leaf the units whose final points
 * differ from their self-assessed points, the total and largest change. Leaves nobody changed are left out;
 * sorted by the size of the total change, then the number of units, then tree order.
 *
 * @example
 * ```ts
 * const [most] = appraisalChanges(compiled, dataset)
 * console.log(most?.node, most?.total, most?.units)
 * ```
 *
 * @category Assessment cycle
 */
export function appraisalChanges(
  compiled: CompiledMethodology,
  dataset: unknown,
  cuts: RoundCuts = roundCuts(compiled, dataset),
): CriterionChange[] {
  const first = new Map(cuts.cards[0]!.units.map((unit) => [unit.unit, unit]))
  const last = new Map(cuts.cards[cuts.cards.length - 1]!.units.map((unit) => [unit.unit, unit]))
  const out: Array<CriterionChange & { order: number }> = []
  compiled.model.leaves.forEach((leaf, order) => {
    const changed: CriterionChange['changed'] = []
    let total = dec(0)
    let largest = dec(0)
    for (const unit of cuts.dataset.units) {
      const from = first.get(unit.code)?.nodes[leaf.code]?.score ?? null
      const to = last.get(unit.code)?.nodes[leaf.code]?.score ?? null
      if (from === to || (from !== null && to !== null && dec(from).eq(to))) continue
      changed.push({ unit: unit.code, from, to })
      const delta = dec(to ?? 0).minus(from ?? 0)
      total = total.plus(delta)
      if (delta.abs().gt(largest.abs())) largest = delta
    }
    if (changed.length === 0) return
    out.push({
      node: leaf.code,
      title: leaf.title,
      max: leaf.declaredMax === null ? null : toDecimalString(leaf.declaredMax),
      units: changed.length,
      total: toDecimalString(total),
      largest: toDecimalString(largest),
      changed,
      order,
    })
  })
  out.sort((a, b) => dec(b.total).abs().cmp(dec(a.total).abs()) || b.units - a.units || a.order - b.order)
  return out.map(({ order: _order, ...change }) => change)
}
