import { dec } from '../decimal/decimal.js'
import type { CompiledMethodology } from '../engine/engine-interfaces.js'
import type { Origin } from '../schema/dataset.js'
import type { LocalizedText } from '../schema/localized-text.js'
import { type RoundCuts, roundCuts } from './round-cuts.js'

/**
 * A leaf where a unit claimed points in the first round with neither evidence nor an explanation.
 *
 * @example
 * ```ts
 * const claim: UnevidencedClaim = { unit: 'nga-son', node: '1.1', title: 'Kế hoạch CCHC', points: '1', max: '1',
 *   values: { value: true }, origin: { file: 'tu-danh-gia.xlsx', sheet: 'nga-son', row: 7, column: 'F' } }
 * ```
 *
 * @category Assessment cycle
 */
export interface UnevidencedClaim {
  unit: string
  name?: string
  node: string
  title: LocalizedText
  /** The points the claim gave (the score after the first round). */
  points: string | null
  max: string | null
  /** The values claimed, by field. */
  values: Record<string, string | boolean>
  origin?: Origin
}

/**
 * Lists the leaves where a unit claimed points in the first round (self-assessment) — a value that earned more
 * than 0 points — with neither evidence nor an explanation on the claim: what an appraisal team checks first.
 * Sorted by unit, then in tree order.
 *
 * @example
 * ```ts
 * for (const claim of claimedWithoutEvidence(compiled, dataset)) console.log(claim.unit, claim.node, claim.points)
 * ```
 *
 * @category Assessment cycle
 */
export function claimedWithoutEvidence(
  compiled: CompiledMethodology,
  dataset: unknown,
  cuts: RoundCuts = roundCuts(compiled, dataset),
): UnevidencedClaim[] {
  const first = cuts.cards[0]!
  const byUnit = new Map(first.units.map((unit) => [unit.unit, unit]))
  const claims = new Map<
    string,
    { values: Record<string, string | boolean>; documented: boolean; origin?: Origin }
  >()
  for (const o of cuts.dataset.observations) {
    if (cuts.roundOf(o) !== 0 || o.value === null || o.value === 'NA') continue
    const key = `${o.unit}\u0000${o.node}`
    const claim = claims.get(key) ?? { values: {}, documented: false }
    claim.values[o.field] = o.value
    if ((o.evidence?.length ?? 0) > 0 || (o.explanation ?? '').trim() !== '') claim.documented = true
    if (claim.origin === undefined && o.origin !== undefined) claim.origin = o.origin
    claims.set(key, claim)
  }
  const out: UnevidencedClaim[] = []
  for (const unit of cuts.dataset.units) {
    const result = byUnit.get(unit.code)
    for (const leaf of compiled.model.leaves) {
      const claim = claims.get(`${unit.code}\u0000${leaf.code}`)
      if (!claim || claim.documented) continue
      const node = result?.nodes[leaf.code]
      if (!node || node.score === null || dec(node.score).isZero()) continue
      out.push({
        unit: unit.code,
        ...(unit.name === undefined ? {} : { name: unit.name }),
        node: leaf.code,
        title: leaf.title,
        points: node.score,
        max: node.max,
        values: claim.values,
        ...(claim.origin ? { origin: claim.origin } : {}),
      })
    }
  }
  return out
}
