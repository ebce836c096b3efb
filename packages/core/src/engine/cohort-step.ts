import { type Dec, dec } from '../decimal/decimal.js'
import { roundDecimal } from '../decimal/round.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { minMax } from '../normalisers/min-max.js'
import type { Severity } from '../plugin/contract.js'
import type { Column, NodeState } from './columns.js'
import { addStep, describe, diagnosticOf, type EvaluationContext, toDec } from './evaluation-context.js'
import { type MinMaxOptions, minMaxColumn } from './fast-min-max.js'
import { type BudgetedCall, callWithBudget, overBudgetMessage } from './plugin-budget.js'

/**
 * The cohort step of a node with a normaliser: rescales the column of every unit at once (min-max, z-score,
 * rank…), then rounds it when the node says so. A normaliser that fails puts every scored unit of the node in
 * error; a missing value for one unit puts that unit in error.
 */
export function evaluateCohort(context: EvaluationContext, state: NodeState): void {
  const node = state.node
  const normalise = node.normalise!
  const pre = state.pre
  const size = pre.values.length
  const column: Column = {
    values: pre.values.slice(),
    maxes: pre.maxes.slice(),
    status: pre.status.slice(),
    traces: pre.traces,
    steps: pre.steps.map((steps) => steps?.slice()),
  }
  state.final = column
  state.cohortDiagnostics = []
  const cohortReport = (code: string, severity: Severity, message: string, unit?: number) =>
    state.cohortDiagnostics.push(diagnosticOf(context, node, unit, code, severity, message))
  const inputs = column.values.map((value, unit) => (column.status[unit] === 'ok' ? value : null))
  const fail = (message: string, code: string = DIAGNOSTIC_CODES.NORMALISER_FAILED) => {
    cohortReport(code, 'error', `normaliser ${normalise.def.id} ${message}`)
    for (let unit = 0; unit < size; unit++) {
      if (column.status[unit] === 'ok') {
        column.status[unit] = 'error'
        column.values[unit] = null
      }
    }
  }
  // The built-in min-max on exact scaled integers (fast-min-max.ts): the plugin's values without a decimal.js
  // object per step; the columns it does not settle (no spread, extreme magnitudes) go to the plugin.
  const fast =
    normalise.def === minMax
      ? minMaxColumn(inputs, normalise.options as MinMaxOptions, node.info.direction, context.cache)
      : undefined
  const call: BudgetedCall<ReadonlyArray<unknown>> =
    fast !== undefined
      ? { threw: false, value: fast }
      : callWithBudget(context.timed[node.index]!.cohort, context.pluginCallMs, () =>
          normalise.def.normalise({
            values: inputs,
            options: normalise.options,
            node: node.info,
            dec,
            report: (code, message, severity = 'warning', unit) =>
              cohortReport(code, severity, message, unit),
            units: context.unitCodes,
          }),
        )
  let output: ReadonlyArray<unknown> | undefined = call.value
  if (call.threw) fail(`failed: ${describe(call.error)}`)
  else if (call.overranMs !== undefined) {
    fail(
      overBudgetMessage('', call.overranMs, context.pluginCallMs).trimStart(),
      DIAGNOSTIC_CODES.PLUGIN_TIMEOUT,
    )
    output = undefined
  } else if (!Array.isArray(output) || output.length !== size) {
    fail(`returned ${Array.isArray(output) ? `${output.length} values for ${size} units` : describe(output)}`)
    output = undefined
  }
  if (output !== undefined) {
    for (let unit = 0; unit < size; unit++) {
      if (column.status[unit] !== 'ok') continue
      // The fast path's values are decimals already (and reading a lazy one would parse it).
      const to =
        output[unit] === null ? undefined : fast !== undefined ? (output[unit] as Dec) : toDec(output[unit])
      const from = column.values[unit]!
      if (to === undefined) {
        column.status[unit] = 'error'
        column.values[unit] = null
        cohortReport(
          DIAGNOSTIC_CODES.NORMALISER_FAILED,
          'error',
          `normaliser ${normalise.def.id} gave no value`,
          unit,
        )
        continue
      }
      addStep(context, column, unit, 'normalise', normalise.def.id, from, to)
      column.values[unit] = to
      // A normalised value is no longer points: it has no maximum.
      column.maxes[unit] = null
    }
  }
  if (node.round) for (let unit = 0; unit < size; unit++) roundUnit(context, state, unit)
}

/** Rounds a unit's final value as the node declares (`round`), recording the step when it changes the value. */
export function roundUnit(context: EvaluationContext, state: NodeState, unit: number): void {
  const { decimals, mode } = state.node.round!
  const column = state.final
  const value = column.values[unit]
  if (column.status[unit] !== 'ok' || value === null || value === undefined) return
  const rounded = roundDecimal(value, decimals, mode)
  if (context.trace && !rounded.eq(value)) {
    addStep(context, column, unit, 'round', `${decimals} decimals, ${mode}`, value, rounded)
  }
  column.values[unit] = rounded
}
