import { type Dec, dec, toDecimalString } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { RuleInputValue, Severity } from '../plugin/contract.js'
import { points as pointsRule } from '../rules/points.js'
import { NOT_APPLICABLE, type Origin } from '../schema/dataset.js'
import type { NodeState } from './columns.js'
import {
  addStep,
  describe,
  type EvaluationContext,
  leafTraceOf,
  reportUnit,
  toDec,
} from './evaluation-context.js'
import { pointsInRange } from './fast-paths.js'
import { callWithBudget, overBudgetMessage } from './plugin-budget.js'

/**
 * The leaf step for one unit: gathers the unit's observations of the leaf's fields, settles not applicable and
 * missing values (the leaf's `missing` policy), calls the rule, and bounds its points to [0, max]. Every
 * problem becomes a diagnostic on the cell; nothing throws.
 */
export function evaluateLeaf(context: EvaluationContext, state: NodeState, unit: number): void {
  const node = state.node
  const rule = node.rule!
  const column = state.pre
  const fields = context.fieldNames[node.index]!
  const zeroedClaim = state.zeroed?.get(unit)
  if (zeroedClaim === undefined && rule.def === pointsRule && pointsInRange(context, state, unit)) return
  const report = (code: string, severity: Severity, message: string, origin?: Origin) =>
    reportUnit(context, state, unit, code, severity, message, origin)
  const specs = rule.fields
  const slots = state.slots
  const base = unit * fields.length
  const input: Record<string, RuleInputValue> = {}
  // Trace records are built only when asked for: they dominate memory on large datasets.
  const traceInputs: Record<string, string | boolean> | undefined = context.trace ? {} : undefined
  const traceSources: Record<string, string> | undefined = context.trace ? {} : undefined
  const traceOf = (result: Dec | null, note?: string) =>
    leafTraceOf(rule, traceInputs, traceSources, result, note, { fields, slots, base })
  let notApplicable = false
  let missingField: string | undefined
  let origin: Origin | undefined
  for (let field = 0; field < fields.length; field++) {
    const name = fields[field]!
    const spec = specs[name]!
    const observation = slots?.[base + field]
    // An explicit `null` (an empty cell) still tells where the value should have been.
    origin ??= observation?.origin
    if (!observation || observation.value === null) {
      if (!spec.optional) missingField ??= name
      continue
    }
    if (observation.source && traceSources) traceSources[name] = observation.source
    if (observation.value === 'NA') {
      notApplicable = true
      if (traceInputs) traceInputs[name] = 'NA'
      continue
    }
    const coerced = coerce(context, observation.value, spec.kind)
    if (coerced === undefined) {
      report(
        DIAGNOSTIC_CODES.INPUT_TYPE,
        'error',
        `field "${name}" expects ${spec.kind === 'boolean' ? 'yes/no (true, false, 1 or 0)' : 'a decimal'}, got ${JSON.stringify(observation.value)}; treated as missing`,
        observation.origin,
      )
      if (!spec.optional) missingField ??= name
      continue
    }
    input[name] = coerced
    if (traceInputs) traceInputs[name] = typeof coerced === 'boolean' ? coerced : context.cache.str(coerced)
  }

  if (notApplicable) {
    column.status[unit] = 'na'
    if (traceInputs) column.traces[unit] = traceOf(null, 'not applicable')
    return
  }
  if (zeroedClaim !== undefined) {
    // A declared policy, not a rule: the claim stands in the trace, its points are 0.
    column.values[unit] = context.cache.zero
    column.maxes[unit] = rule.producesPoints ? node.declaredMax : null
    const note = `claimed in round "${zeroedClaim.claimedIn}" without evidence: scored 0 at round "${zeroedClaim.round}" (declared policy)`
    report(DIAGNOSTIC_CODES.CLAIM_WITHOUT_EVIDENCE, 'warning', note, zeroedClaim.origin ?? origin)
    if (traceInputs) column.traces[unit] = traceOf(context.cache.zero, note)
    return
  }
  if (missingField !== undefined) {
    applyMissingPolicy(context, state, unit, missingField, origin)
    if (traceInputs)
      column.traces[unit] = traceOf(column.values[unit] ?? null, `missing "${missingField}": ${node.missing}`)
    return
  }

  const call = callWithBudget(context.timed[node.index]!.unit, context.pluginCallMs, () =>
    rule.def.score({
      input,
      options: rule.options,
      node: node.info,
      dec,
      report: (code, message, severity = 'warning') => report(code, severity, message, origin),
    }),
  )
  if (call.threw) {
    column.status[unit] = 'error'
    report(
      DIAGNOSTIC_CODES.RULE_FAILED,
      'error',
      `rule ${rule.def.id} failed: ${describe(call.error)}`,
      origin,
    )
    if (traceInputs) column.traces[unit] = traceOf(null, 'rule failed')
    return
  }
  if (call.overranMs !== undefined) {
    column.status[unit] = 'error'
    const message = overBudgetMessage(`rule ${rule.def.id}`, call.overranMs, context.pluginCallMs)
    report(DIAGNOSTIC_CODES.PLUGIN_TIMEOUT, 'error', message, origin)
    if (traceInputs) column.traces[unit] = traceOf(null, 'rule timed out')
    return
  }
  const raw: unknown = call.value
  if (raw === NOT_APPLICABLE) {
    column.status[unit] = 'na'
    if (traceInputs) column.traces[unit] = traceOf(null, `not applicable (decided by ${rule.def.id})`)
    return
  }
  const value = toDec(raw)
  if (value === undefined) {
    column.status[unit] = 'error'
    report(
      DIAGNOSTIC_CODES.RULE_NOT_DECIMAL,
      'error',
      `rule ${rule.def.id} returned ${describe(raw)}, not a finite decimal`,
      origin,
    )
    if (traceInputs) column.traces[unit] = traceOf(null, 'rule returned no decimal')
    return
  }
  let points = value
  if (rule.producesPoints) {
    const max = node.declaredMax
    const clamped = value.isNegative() ? context.cache.zero : max !== null && value.gt(max) ? max : value
    if (clamped !== value && !clamped.eq(value)) {
      report(
        DIAGNOSTIC_CODES.RULE_OUT_OF_BOUNDS,
        'error',
        `rule ${rule.def.id} gave ${toDecimalString(value)} points, outside [0, ${max === null ? '∞' : toDecimalString(max)}]; clamped to ${toDecimalString(clamped)}`,
        origin,
      )
      addStep(context, column, unit, 'clamp', 'bounds', value, clamped)
      points = clamped
    }
    column.maxes[unit] = max
  }
  column.values[unit] = points
  if (traceInputs) column.traces[unit] = traceOf(value)
}

function coerce(
  context: EvaluationContext,
  value: string | boolean,
  kind: 'decimal' | 'boolean',
): RuleInputValue | undefined {
  if (kind === 'decimal') return typeof value === 'string' ? context.cache.dec(value) : undefined
  if (typeof value === 'boolean') return value
  const number = context.cache.dec(value)
  if (number.eq(1)) return true
  if (number.isZero()) return false
  return undefined
}

/** A missing input under the leaf's policy: counted as 0, left out of its parent, or an error for the unit. */
function applyMissingPolicy(
  context: EvaluationContext,
  state: NodeState,
  unit: number,
  field: string,
  origin: Origin | undefined,
): void {
  const node = state.node
  const column = state.pre
  const what = field === 'value' ? 'no value' : `no value for field "${field}"`
  switch (node.missing) {
    case 'zero':
      column.values[unit] = context.cache.zero
      column.maxes[unit] = node.rule?.producesPoints ? node.declaredMax : null
      reportUnit(
        context,
        state,
        unit,
        DIAGNOSTIC_CODES.MISSING_ZERO,
        'warning',
        `${what}; counted as 0`,
        origin,
      )
      return
    case 'skip':
      column.status[unit] = 'missing'
      reportUnit(
        context,
        state,
        unit,
        DIAGNOSTIC_CODES.MISSING_SKIPPED,
        'warning',
        `${what}; left out (its weight and maximum are removed from its parent)`,
        origin,
      )
      return
    case 'error':
      column.status[unit] = 'error'
      reportUnit(
        context,
        state,
        unit,
        DIAGNOSTIC_CODES.MISSING_VALUE,
        'error',
        `${what}; the unit cannot be scored`,
        origin,
      )
      return
  }
}
