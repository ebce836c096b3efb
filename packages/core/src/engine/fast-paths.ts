// Fast paths of three built-in items, taken on a first evaluation without traces: `chiso/points`
// (rules/points.ts), `chiso/value` (rules/value.ts) and `chiso/sum` (aggregators/sum.ts). They give exactly what the general path gives for the cells they accept
// and hand every other cell to it; `evaluate.prop.test.ts` checks both paths agree. A change to either item's
// behaviour must be mirrored here.
import type { Dec } from '../decimal/decimal.js'
import { minMax } from '../normalisers/min-max.js'
import { NOT_APPLICABLE } from '../schema/dataset.js'
import { type NodeState, slotValue } from './columns.js'
import { MAX_SCALED_TERMS } from './decimal-cache.js'
import { type EvaluationContext, leafTraceOf } from './evaluation-context.js'

/**
 * `chiso/points` for a value within [0, max]: the rule returns the value itself and reports nothing, so the
 * rule call is skipped. False (nothing written) for anything else, which takes the general path.
 */
export function pointsInRange(context: EvaluationContext, state: NodeState, unit: number): boolean {
  const node = state.node
  const max = node.declaredMax
  const known = state.slotValues
  const text = known !== undefined ? slotValue(known, unit) : state.slots?.[unit]?.value
  if (max === null || typeof text !== 'string' || text === NOT_APPLICABLE || !node.rule!.producesPoints)
    return false
  const value = context.cache.dec(text)
  if (value.isNegative() || value.gt(max)) return false
  const column = state.pre
  column.values[unit] = value
  column.maxes[unit] = max
  if (context.trace) {
    const observation = state.slots?.[unit]
    column.traces[unit] = leafTraceOf(
      node.rule!,
      { value: context.cache.str(value) },
      observation!.source ? { value: observation!.source } : {},
      value,
      undefined,
      { fields: ['value'], slots: state.slots, base: unit },
    )
  }
  return true
}

/**
 * A `chiso/points` leaf, a column at once: the in-range cells of {@link pointsInRange} with the range checked
 * once per distinct value; every other cell goes to `general`. Fresh columns need no reset.
 */
export function evaluatePointsColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const max = state.node.declaredMax
  // The slots' values without their observations when those are kept as columns (they stay the same while
  // the column is evaluated, even once `general` makes the observations).
  const known = state.slotValues
  const slots = known === undefined ? state.slots : undefined
  const { values, maxes } = state.pre
  const size = values.length
  const inRange = new Map<Dec, boolean>()
  for (let unit = 0; unit < size; unit++) {
    const text = known !== undefined ? slotValue(known, unit) : slots?.[unit]?.value
    if (max !== null && typeof text === 'string' && text !== NOT_APPLICABLE) {
      const value = context.cache.dec(text)
      let ok = inRange.get(value)
      if (ok === undefined) {
        ok = !value.isNegative() && !value.gt(max)
        inRange.set(value, ok)
      }
      if (ok) {
        values[unit] = value
        maxes[unit] = max
        continue
      }
    }
    general(unit)
  }
}

/**
 * A `chiso/value` leaf, a column at once: a cell with a decimal string is that decimal (the rule returns its
 * input unchanged and reports nothing, so the rule call is skipped); every other cell (not applicable, missing,
 * not a string) goes to `general`. Fresh columns need no reset.
 *
 * @example
 * ```ts
 * evaluateValueColumn(context, state, (unit) => evaluation.evaluateUnit(state, unit))
 * ```
 */
export function evaluateValueColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const known = state.slotValues
  const slots = known === undefined ? state.slots : undefined
  const { values } = state.pre
  // One field (the rule's `value`), so a unit's slot is its index.
  const single = context.fieldNames[state.node.index]?.length === 1
  // Under min-max only the exact fast path reads the values (fast-min-max.ts): keep them exact and unparsed.
  const exact = state.node.normalise?.def === minMax
  const { cache } = context
  for (let unit = 0; unit < values.length; unit++) {
    const text = single ? (known !== undefined ? slotValue(known, unit) : slots?.[unit]?.value) : undefined
    if (typeof text === 'string' && text !== NOT_APPLICABLE)
      values[unit] = exact ? cache.decExact(text) : cache.dec(text)
    else general(unit)
  }
}

/**
 * A `chiso/sum` node, a column at once, for the common cell: every child present with its declared maximum,
 * every value a small exact count of millionths, and the sum within the maximum. Every other cell goes to
 * `general` (fresh columns need no reset).
 */
export function evaluateSumColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const { cache } = context
  const node = state.node
  const children = node.children.map((index) => context.states[index]!)
  const childStatus = children.map((child) => child.final.status)
  const childValues = children.map((child) => child.final.values)
  const childMaxes = children.map((child) => child.final.maxes)
  const declaredMaxes = children.map((child) => child.node.declaredMax)
  // The same maximum the general path takes when every child is present.
  const max = maxOfSum(childMaxSum(context, state), node.declaredMax)
  const maxScaled = max === null ? undefined : cache.scaled(max)
  const { values, maxes, status } = state.pre
  const count = children.length
  for (let unit = 0; unit < values.length; unit++) {
    let total = count <= MAX_SCALED_TERMS && maxScaled !== undefined ? 0 : Number.NaN
    for (let c = 0; c < count && !Number.isNaN(total); c++) {
      if (childStatus[c]![unit] !== 'ok' || childMaxes[c]![unit] !== declaredMaxes[c]) total = Number.NaN
      else total += cache.scaled(childValues[c]![unit]!) ?? Number.NaN
    }
    if (Number.isNaN(total) || total > maxScaled!) {
      general(unit)
      continue
    }
    values[unit] = cache.unscaled(total)
    maxes[unit] = max
    status[unit] = 'ok'
  }
}

/** Σ of a node's children's declared maxima, added in the same order as the general path adds them. */
export function childMaxSum(context: EvaluationContext, state: NodeState): Dec | null {
  const cached = context.declaredMaxSums.get(state.node.index)
  if (cached !== undefined) return cached
  let total: Dec | null = context.cache.zero
  for (const childIndex of state.node.children) {
    const max = context.model.nodes[childIndex]!.declaredMax
    total = total === null || max === null ? null : total.plus(max)
  }
  context.declaredMaxSums.set(state.node.index, total)
  return total
}

/**
 * The maximum of an additive node: the sum of its present children's maxima, or its declared maximum when the
 * sum reaches it (the same value, whose strings are cached).
 */
export function maxOfSum(maxSum: Dec | null, declared: Dec | null): Dec | null {
  if (maxSum === null) return null
  return declared !== null && (maxSum.gt(declared) || maxSum.eq(declared)) ? declared : maxSum
}
