import { sum } from '../aggregators/sum.js'
import { type Dec, dec, toDecimalString } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { AggregatorChild, Severity } from '../plugin/contract.js'
import type { NodeState, Status } from './columns.js'
import { MAX_SCALED_TERMS } from './decimal-cache.js'
import { addStep, describe, type EvaluationContext, reportUnit, toDec } from './evaluation-context.js'
import { childMaxSum, maxOfSum } from './fast-paths.js'
import { callWithBudget, overBudgetMessage } from './plugin-budget.js'

/**
 * Why a node's present children fall short of its `minPresent` threshold (a share of the children that apply
 * to the unit, or a count), or `undefined` when they do not (or the node has no threshold).
 */
function belowMinPresent(
  context: EvaluationContext,
  state: NodeState,
  unit: number,
  present: number,
): string | undefined {
  const min = state.node.minPresent
  if (min === undefined) return undefined
  let applicable = 0
  for (const child of state.node.children)
    if (context.states[child]!.final.status[unit] !== 'na') applicable++
  if ('count' in min) {
    return present >= min.count
      ? undefined
      : `${present} of ${applicable} children have a value, fewer than minPresent ${min.count}; the node counts as missing`
  }
  // COINr's dat_thresh: the node is missing when its data availability is below the threshold.
  const share = dec(present).div(applicable)
  return share.lt(min.share)
    ? `${present} of ${applicable} children have a value (${share.times(100).toDecimalPlaces(1).toFixed()} %), below minPresent ${min.share.times(100).toFixed()} %; the node counts as missing`
    : undefined
}

/**
 * The aggregate step for one unit: combines the children that are present (not applicable and skipped children
 * leave, with their weight and maximum), and for an additive aggregator sums the present children's maxima and
 * caps the result at the node's maximum. Any child in error puts the node in error.
 */
export function evaluateAggregate(context: EvaluationContext, state: NodeState, unit: number): void {
  const { states, cache } = context
  const node = state.node
  const aggregate = node.aggregate!
  const column = state.pre
  const report = (code: string, severity: Severity, message: string) =>
    reportUnit(context, state, unit, code, severity, message)
  const additive = aggregate.def.meta.additive === true
  // The built-in sum is computed here (mirrored from aggregators/sum.ts), in exact integer millionths when
  // every term allows it.
  const isSum = aggregate.def === sum
  const present: AggregatorChild[] = []
  const terms: Dec[] = []
  let scaledTotal = isSum && node.children.length <= MAX_SCALED_TERMS ? 0 : Number.NaN
  let anyError = false
  let allNotApplicable = true
  let allDeclared = true
  for (const childIndex of node.children) {
    const child = states[childIndex]!
    const childColumn = child.final
    const status = childColumn.status[unit]!
    if (status === 'error') anyError = true
    if (status !== 'na') allNotApplicable = false
    if (status !== 'ok') {
      allDeclared = false
      continue
    }
    const max = childColumn.maxes[unit] ?? null
    const value = childColumn.values[unit]!
    if (max !== child.node.declaredMax) allDeclared = false
    if (isSum) {
      terms.push(value)
      if (!Number.isNaN(scaledTotal)) scaledTotal += cache.scaled(value) ?? Number.NaN
    } else present.push({ code: child.node.code, value, weight: child.node.weight, max })
  }
  const presentCount = isSum ? terms.length : present.length
  // The applicable maximum: Σ of the present children's maxima (null if one has none).
  let maxSum: Dec | null = null
  if (additive && presentCount > 0) {
    if (allDeclared) maxSum = childMaxSum(context, state)
    else {
      maxSum = cache.zero
      for (const childIndex of node.children) {
        const childColumn = states[childIndex]!.final
        if (childColumn.status[unit] !== 'ok') continue
        const max = childColumn.maxes[unit] ?? null
        maxSum = maxSum === null || max === null ? null : maxSum.plus(max)
      }
    }
  }

  let result: Dec | null = null
  let status: Status = 'ok'
  const shortOf =
    anyError || presentCount === 0 ? undefined : belowMinPresent(context, state, unit, presentCount)
  if (anyError) status = 'error'
  else if (presentCount === 0) status = allNotApplicable ? 'na' : 'missing'
  else if (shortOf !== undefined) {
    status = 'missing'
    report(DIAGNOSTIC_CODES.BELOW_MIN_PRESENT, 'warning', shortOf)
  } else if (isSum) {
    result = Number.isNaN(scaledTotal)
      ? terms.reduce((total, value) => total.plus(value), cache.zero)
      : cache.unscaled(scaledTotal)
  } else {
    const call = callWithBudget(context.timed[node.index]!.unit, context.pluginCallMs, () =>
      aggregate.def.aggregate({
        children: present,
        options: aggregate.options,
        node: node.info,
        dec,
        report: (code, message, severity = 'warning') => report(code, severity, message),
      }),
    )
    if (call.threw) {
      status = 'error'
      report(
        DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
        'error',
        `aggregator ${aggregate.def.id} failed: ${describe(call.error)}`,
      )
    } else {
      const raw: unknown = call.value
      result = raw === null ? null : (toDec(raw) ?? null)
      if (result === null) {
        status = 'error'
        if (raw !== null)
          report(
            DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
            'error',
            `aggregator ${aggregate.def.id} returned ${describe(raw)}`,
          )
      }
    }
    if (call.overranMs !== undefined && status !== 'error') {
      status = 'error'
      result = null
      const message = overBudgetMessage(
        `aggregator ${aggregate.def.id}`,
        call.overranMs,
        context.pluginCallMs,
      )
      report(DIAGNOSTIC_CODES.PLUGIN_TIMEOUT, 'error', message)
    }
  }

  if (status === 'ok' && result !== null && additive) {
    const max = maxOfSum(maxSum, node.declaredMax)
    if (max !== null && result.gt(max)) {
      report(
        DIAGNOSTIC_CODES.CAPPED_AT_MAX,
        'info',
        `children earned ${toDecimalString(result)} points; capped at the maximum ${toDecimalString(max)}`,
      )
      addStep(context, column, unit, 'cap', 'max', result, max)
      result = max
    }
    column.maxes[unit] = max
  }
  column.status[unit] = status
  column.values[unit] = status === 'ok' ? result : null
  if (context.trace) {
    column.traces[unit] = {
      kind: 'aggregate',
      aggregator: aggregate.def.id,
      options: aggregate.traceOptions as Record<string, unknown>,
      children: node.children.map((childIndex) => {
        const child = states[childIndex]!
        const childStatus = child.final.status[unit]!
        const value = child.final.values[unit] ?? null
        const max = child.final.maxes[unit] ?? null
        return {
          node: child.node.code,
          value: value === null ? null : cache.str(value),
          max: max === null ? null : cache.str(max),
          weight: toDecimalString(child.node.weight),
          status: childStatus === 'ok' ? ('used' as const) : childStatus,
        }
      }),
      result: result === null ? null : toDecimalString(result),
    }
  }
}
