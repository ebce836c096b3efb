// A leaf's column before its cohort stages: its rule for every unit, then its denomination — a `chiso/value`
// leaf read a column at once, exact and unparsed. Imputation, screening and treatment follow
// (impute-step.ts, screen-step.ts, treat-step.ts), normalisation in cohort-step.ts.
import type { Dec } from '../decimal/decimal.js'
import { lazyExactDecimal } from '../decimal/lazy-decimal.js'
import { scaledOf } from '../decimal/scaled.js'
import { denominateBy } from '../pipeline/quotient.js'
import { value as valueRule } from '../rules/value.js'
import { NOT_APPLICABLE } from '../schema/dataset.js'
import type { NodeTrace } from '../schema/scorecard.js'
import type { NodeState } from './columns.js'
import { denominateUnit, denominationText, divisorsOf } from './denominate-step.js'
import { addStep, type EvaluationContext, leafTraceOf } from './evaluation-context.js'

/**
 * A leaf's column before imputation: its rule for every unit (the unit step, `general`), then its denomination
 * ({@link denominateUnit}). A `chiso/value` leaf (no rounding, no zeroed claims) is read a column at once — the
 * rule returns its input unchanged and reports nothing — each decimal string kept exact and unparsed
 * (`DecimalCache.decExact`: the stages and min-max read the exact forms), and denominated on the exact forms
 * (`decimal/scaled.ts`: the product and the quotient rounded to 40 digits exactly as decimal.js rounds them),
 * so no decimal is parsed; nothing is printed either unless a trace asks for it (the leaf's trace and its
 * `denominate` step, the same records as the unit paths write). Cells without a decimal string, and a missing
 * or zero denominator, take the unit paths, which report them.
 *
 * @example
 * ```ts
 * prepareLeafColumn(context, state, (unit) => evaluation.evaluateUnit(state, unit))
 * ```
 */
export function prepareLeafColumn(
  context: EvaluationContext,
  state: NodeState,
  general: (unit: number) => void,
): void {
  const node = state.node
  const size = context.unitCodes.length
  const fields = context.fieldNames[node.index]
  const columnAtOnce = !node.round && !state.zeroed && node.rule?.def === valueRule && fields?.length === 1
  if (!columnAtOnce) {
    for (let unit = 0; unit < size; unit++) {
      general(unit)
      if (node.denominate) denominateUnit(context, state, unit)
    }
    return
  }
  const { cache, trace } = context
  const { values, maxes, status, traces, steps } = state.pre
  const slots = state.slots
  const denominators = node.denominate
    ? divisorsOf(context.dataColumns, node.denominate.by, cache)
    : undefined
  const factor = node.denominate ? cache.exact(node.denominate.scale) : undefined
  const stepBy = trace && node.denominate ? denominationText(node.denominate) : ''
  for (let unit = 0; unit < size; unit++) {
    const observation = slots?.[unit]
    const text = observation?.value
    if (typeof text !== 'string' || text === NOT_APPLICABLE) {
      general(unit)
      if (node.denominate) denominateUnit(context, state, unit)
      continue
    }
    // What the unit step resets (a session evaluates the pipeline again on the same columns).
    maxes[unit] = null
    status[unit] = 'ok'
    state.unitDiagnostics[unit] = undefined
    const divisor = denominators?.[unit]
    // A value denominated at once is read exact, without a decimal of its own (unless a trace shows it).
    const exact = divisor && !trace ? scaledOf(text) : undefined
    if (exact !== undefined) {
      values[unit] = lazyExactDecimal(denominateBy(exact, factor!, divisor!))
      continue
    }
    const value = cache.decExact(text)
    values[unit] = value
    if (trace) {
      traces[unit] = valueLeafTrace(context, state, value, observation!.source, fields!, unit)
      steps[unit] = undefined
    }
    if (factor === undefined) continue
    if (!divisor) {
      denominateUnit(context, state, unit)
      continue
    }
    // Printed only if something shows it (a trace's step, the scorecard): the stages and min-max read it exact.
    const to = lazyExactDecimal(denominateBy(cache.exact(value), factor, divisor))
    values[unit] = to
    if (trace) addStep(context, state.pre, unit, 'denominate', stepBy, value, to)
  }
}

/**
 * The trace `evaluateLeaf` writes for a `chiso/value` leaf whose value is a decimal string: its input and its
 * result are that decimal, printed once from its exact form (the record is the same, key for key).
 */
function valueLeafTrace(
  context: EvaluationContext,
  state: NodeState,
  value: Dec,
  source: string | undefined,
  fields: ReadonlyArray<string>,
  unit: number,
): NodeTrace {
  const text = context.cache.str(value)
  const trace = leafTraceOf(
    state.node.rule!,
    { value: text },
    source ? { value: source } : {},
    null,
    undefined,
    {
      fields,
      slots: state.slots,
      base: unit,
    },
  )
  // `leafTraceOf` prints its result with decimal.js (which would parse the value): the same text, put in the
  // same place (reassigning a key keeps its position).
  ;(trace as { result: string | null }).result = text
  return trace
}
