// The built-in `chiso/mean` (aggregators/mean.ts) for a whole column on exact BigInt-scaled values
// (decimal/scaled.ts): the same sums, products and one division, each rounded to 40 digits as decimal.js rounds
// it, so every value is the plugin's digit for digit (fast-mean.prop.test.ts). Taken on a first evaluation
// without traces; every cell it does not settle (a child in error, no child present, a weight sum of 0, a
// negative weight, operands too far apart for `addScaled`) goes to the general path. A change to the plugin's
// arithmetic must be mirrored here.
import { Dec } from '../decimal/decimal.js'
import { addScaled, compareScaled, divideScaled, multiplyScaled, type Scaled } from '../decimal/scaled.js'
import type { NodeState } from './columns.js'
import type { EvaluationContext } from './evaluation-context.js'

const DIGITS = Dec.precision
const ZERO: Scaled = { c: 0n, e: 0 }

/**
 * A `chiso/mean` node, a column at once: `Σ wᵢ·xᵢ ÷ Σ wᵢ` over the children present, clamped to their
 * smallest and largest value, for every unit whose children are all present or skipped and whose weights are
 * usable; every other unit goes to `general`. Fresh columns need no reset.
 *
 * @example
 * ```ts
 * evaluateMeanColumn(context, state, (unit) => evaluation.evaluateUnit(state, unit))
 * ```
 */
export function evaluateMeanColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const { cache } = context
  const children = state.node.children.map((index) => context.states[index]!)
  const childStatus = children.map((child) => child.final.status)
  const childValues = children.map((child) => child.final.values)
  const weights = children.map((child) => cache.exact(child.node.weight))
  if (weights.some((weight) => weight.c < 0n)) {
    for (let unit = 0; unit < state.pre.values.length; unit++) general(unit)
    return
  }
  const { values } = state.pre
  const count = children.length

  // Σw depends only on which children are present: computed once per pattern (for up to 30 children).
  const totals = new Map<number, Scaled | undefined>()
  const totalOf = (unit: number, mask: number): Scaled | undefined => {
    if (count <= 30) {
      const known = totals.get(mask)
      if (known !== undefined || totals.has(mask)) return known
    }
    let total: Scaled | undefined = ZERO
    for (let c = 0; c < count && total !== undefined; c++)
      if (childStatus[c]![unit] === 'ok') total = addScaled(total, weights[c]!, DIGITS)
    if (count <= 30) totals.set(mask, total)
    return total
  }

  for (let unit = 0; unit < values.length; unit++) {
    const mean = meanOf(unit)
    if (mean === undefined) general(unit)
    else values[unit] = mean
  }

  function meanOf(unit: number): Dec | undefined {
    let mask = 0
    for (let c = 0; c < count; c++) {
      const status = childStatus[c]![unit]
      if (status === 'error') return undefined
      if (status === 'ok') mask |= 1 << (c & 31)
    }
    if (mask === 0) return undefined
    const totalWeight = totalOf(unit, mask)
    if (totalWeight === undefined || totalWeight.c === 0n) return undefined
    let total: Scaled | undefined = ZERO
    let lowest: Dec | undefined
    let highest: Dec | undefined
    let lowestExact: Scaled = ZERO
    let highestExact: Scaled = ZERO
    for (let c = 0; c < count; c++) {
      if (childStatus[c]![unit] !== 'ok' || weights[c]!.c === 0n) continue
      const value = childValues[c]![unit]!
      const exact = cache.exact(value)
      total = addScaled(total!, multiplyScaled(weights[c]!, exact, DIGITS), DIGITS)
      if (total === undefined) return undefined
      if (lowest === undefined || compareScaled(exact, lowestExact) < 0) {
        lowest = value
        lowestExact = exact
      }
      if (highest === undefined || compareScaled(exact, highestExact) > 0) {
        highest = value
        highestExact = exact
      }
    }
    const mean = divideScaled(total!, totalWeight!, DIGITS)
    // withinChildren: the first child holding the smallest (largest) value, as the plugin's strict comparisons.
    if (compareScaled(mean, lowestExact) < 0) return lowest
    if (compareScaled(mean, highestExact) > 0) return highest
    return cache.fromExact(mean)
  }
}
