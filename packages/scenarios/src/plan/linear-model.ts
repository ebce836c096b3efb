// Whether a unit's index is a sum of independent per-leaf contributions — the condition for an exact
// knapsack plan — and, if so, each leaf's coefficient.
import { type CompiledModel, type CompiledNode, type Dec, dec, type UnitResult } from '@chiso/core'

/**
 * Each leaf's coefficient on the unit's root scale (points for points methodologies, the composite for
 * composites): the root moves by coefficient × the leaf's change. Returns the reason instead when the
 * methodology is not linear for this unit (cohort normalisation, rounding inside the tree, non-linear
 * aggregators, sums capped below their children's maxima).
 */
export function linearCoefficients(model: CompiledModel, unit: UnitResult): Map<string, Dec> | string {
  const methodology = model.methodology
  const isPoints = methodology.result.type === 'points'
  if (isPoints && unit.max === null) return 'the unit has no maximum'
  const coefficients = new Map<string, Dec>()
  const statusOf = (node: CompiledNode) => unit.nodes[node.code]?.status
  const childrenOf = (node: CompiledNode) => node.children.map((child) => model.nodes[child]!)
  const maxOf = (node: CompiledNode): Dec | null => {
    const max = node.parent === -1 ? unit.max : (unit.nodes[node.code]?.max ?? null)
    return max === null ? null : dec(max)
  }
  for (const node of model.nodes) {
    if (node.normalise)
      return `node ${node.code} is normalised over the cohort (one unit's change moves the others)`
    if (node.round) return `node ${node.code} is rounded inside the tree`
    if (node.rule) continue
    const use = node.aggregate?.def.id
    if (use !== 'chiso/sum' && use !== 'chiso/mean')
      return `node ${node.code} aggregates with ${use}, which is not linear`
    if (use === 'chiso/sum' && isPoints && (node.parent === -1 ? true : statusOf(node) === 'ok')) {
      const own = maxOf(node)
      const children = childrenOf(node).filter((child) => statusOf(child) === 'ok')
      const total = children.reduce<Dec | null>((sum, child) => {
        const max = maxOf(child)
        return sum === null || max === null ? null : sum.plus(max)
      }, dec(0))
      if (own && total?.gt(own)) return `node ${node.code} caps its children's points at ${own.toFixed()}`
    }
  }
  const scale = methodology.result.type === 'composite' ? dec(methodology.result.scale) : dec(1)
  for (const leaf of model.leaves) {
    let coefficient = scale
    for (let node: CompiledNode = leaf; node.parent !== -1; node = model.nodes[node.parent]!) {
      const parent = model.nodes[node.parent]!
      if (parent.aggregate?.def.id === 'chiso/mean') {
        const present = childrenOf(parent).filter((child) => statusOf(child) === 'ok')
        const total = present.reduce((sum, child) => sum.plus(child.weight), dec(0))
        if (total.isZero()) {
          coefficient = dec(0)
          break
        }
        coefficient = coefficient.times(node.weight).div(total)
      }
    }
    coefficients.set(leaf.code, coefficient)
  }
  return coefficients
}
