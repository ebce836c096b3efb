// Treatment, the last data-preparation stage (after screening): a leaf's outliers treated over the screened
// cohort. Normalisation follows in cohort-step.ts.
import { compareScaled } from '../decimal/scaled.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { approximate } from '../pipeline/float-moments.js'
import type { ValueReader } from '../pipeline/moment-column.js'
import { type SkewKurtosisOptions, skewKurtosis, treatBySkewKurtosis } from '../pipeline/treat.js'
import type { CohortReporter } from '../plugin/contract.js'
import { callCohortItem } from './cohort-item.js'
import type { NodeState } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import { addStep, diagnosticOf, type EvaluationContext } from './evaluation-context.js'

/**
 * Treats one leaf's outliers over the screened cohort. The treatment sees the values of the units in the cohort
 * (`null` elsewhere) and returns the treated ones; every changed value is recorded as a `treat` step.
 */
export function treatLeaf(context: EvaluationContext, state: NodeState): void {
  const node = state.node
  const column = state.pre
  const inputs = column.values.map((value, unit) => (column.status[unit] === 'ok' ? value : null))
  const item = node.treat!
  // COINr's default treatment reads the exact forms the engine keeps of the values instead of parsing them.
  const direct =
    item.def === skewKurtosis
      ? (report: CohortReporter) =>
          treatBySkewKurtosis(
            inputs,
            item.options as SkewKurtosisOptions,
            report,
            context.unitCodes,
            exactReader(context.cache),
          )
      : undefined
  const output = callCohortItem(context, state, item, inputs, direct)
  // Undefined: failed (reported). The inputs themselves: nothing treated (a column that passes its test).
  if (output === undefined || output === inputs) return
  for (let unit = 0; unit < inputs.length; unit++) {
    const from = inputs[unit] ?? null
    const to = output[unit] ?? null
    if (from === null) continue
    if (to === null) {
      column.status[unit] = 'error'
      column.values[unit] = null
      state.cohortDiagnostics.push(
        diagnosticOf(
          context,
          node,
          unit,
          DIAGNOSTIC_CODES.NORMALISER_FAILED,
          'error',
          `treatment ${node.treat!.def.id} gave no value`,
        ),
      )
      continue
    }
    // Only a trace records the change; unchanged values come back as the same instances, and others are
    // compared on their exact forms (decimal.js would parse lazy decimals).
    if (
      context.trace &&
      to !== from &&
      compareScaled(context.cache.exact(to), context.cache.exact(from)) !== 0
    )
      addStep(context, column, unit, 'treat', node.treat!.def.id, from, to)
    column.values[unit] = to
  }
}

/**
 * Reads values through the evaluation's cache: their exact forms, kept for the values the engine made or read
 * exactly (a float64 of the coefficient times one of the power of ten, within 3 units in the last place), so a
 * treatment parses none of them.
 */
function exactReader(cache: DecimalCache): ValueReader {
  return {
    approximate: (value) => {
      const exact = cache.exact(value)
      return approximate(exact.c, exact.e)
    },
    compare: (a, b) => compareScaled(cache.exact(a), cache.exact(b)),
  }
}
