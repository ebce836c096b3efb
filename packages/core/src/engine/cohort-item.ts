// How the engine calls a cohort item of a leaf's preparation (an imputation or a treatment, built in or a
// plugin's), within its time budget, and checks what it returns.
import { type Dec, dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { ResolvedItem } from '../model/compiled-model.js'
import { BUILTIN_STAGE_STEPS } from '../pipeline/index.js'
import type { CohortReporter, NormaliserDefinition, Severity } from '../plugin/contract.js'
import type { NodeState } from './columns.js'
import { describe, diagnosticOf, type EvaluationContext, toDec } from './evaluation-context.js'
import { historyOf } from './panel-history.js'
import { callWithBudget, isTimed, overBudgetMessage } from './plugin-budget.js'

/**
 * The built-in stage steps: they return decimals of the configured class or null, so their results need no
 * checking, which would parse every lazy decimal of the column (`toDec` reads its digits).
 */
export const TRUSTED: ReadonlySet<unknown> = new Set<unknown>(BUILTIN_STAGE_STEPS)

/**
 * Calls a cohort item (imputation or treatment) on a leaf's column; `undefined` when it failed (reported).
 * `direct`, for a built-in item, computes the same result as its `normalise` in the engine's own way.
 */
export function callCohortItem(
  context: EvaluationContext,
  state: NodeState,
  item: ResolvedItem<NormaliserDefinition<unknown>>,
  inputs: ReadonlyArray<Dec | null>,
  direct?: (report: CohortReporter) => ReadonlyArray<Dec | null>,
): ReadonlyArray<Dec | null> | undefined {
  const node = state.node
  const report = (code: string, severity: Severity, message: string, unit?: number) =>
    state.cohortDiagnostics.push(diagnosticOf(context, node, unit, code, severity, message))
  const reporter: CohortReporter = (code, message, severity = 'warning', unit) =>
    report(code, severity, message, unit)
  if (direct !== undefined) return direct(reporter)
  const call = callWithBudget(isTimed(item.def, context.pluginCallMs), context.pluginCallMs, () =>
    item.def.normalise({
      values: inputs,
      options: item.options,
      node: node.info,
      dec,
      report: reporter,
      units: context.unitCodes,
      groups: context.unitGroups,
      ...(context.earlier === undefined ? {} : { history: historyOf(context, node.code) }),
    }),
  )
  const size = inputs.length
  const output: unknown = call.value
  const failed = (message: string, code: string = DIAGNOSTIC_CODES.NORMALISER_FAILED) => {
    report(code, 'error', `${item.def.meta.stage} step ${item.def.id} ${message}`)
    return undefined
  }
  if (call.threw) return failed(`failed: ${describe(call.error)}`)
  if (call.overranMs !== undefined)
    return failed(
      overBudgetMessage('', call.overranMs, context.pluginCallMs).trimStart(),
      DIAGNOSTIC_CODES.PLUGIN_TIMEOUT,
    )
  if (!Array.isArray(output) || output.length !== size)
    return failed(
      `returned ${Array.isArray(output) ? `${output.length} values for ${size} units` : describe(output)}`,
    )
  if (TRUSTED.has(item.def)) return output as ReadonlyArray<Dec | null>
  return output.map((value) => (value === null ? null : (toDec(value) ?? null)))
}
