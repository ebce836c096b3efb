// Imputation, the data-preparation stage after denomination: the missing values of a leaf filled over the
// cohort; the observed ones never change.
import type { Dec } from '../decimal/decimal.js'
import { keptText } from '../decimal/lazy-decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { sumForty } from '../pipeline/exact-sum.js'
import { imputeByPool, imputeMean, meanOf } from '../pipeline/impute.js'
import { quotientForty } from '../pipeline/quotient.js'
import { callCohortItem, TRUSTED } from './cohort-item.js'
import type { NodeState } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import { diagnosticOf, type EvaluationContext } from './evaluation-context.js'
import { historyOf, LAST_PERIOD, lastPeriodOf } from './panel-history.js'

/**
 * Imputes one leaf over the cohort: the imputer sees every unit's value (`null` where it is missing) and
 * fills the missing ones; an observed value is never changed. Each filled cell is marked (`imputed` in the
 * scorecard, an `impute` step in the trace) and the leaf gets one `IMPUTED` diagnostic with the count.
 */
export function imputeLeaf(context: EvaluationContext, state: NodeState): void {
  const node = state.node
  const column = state.pre
  const item = node.impute!
  // A built-in imputation fills only missing cells and reports nothing else: a column without one (most of
  // them) has nothing to do.
  if (TRUSTED.has(item.def) && !column.status.includes('missing')) return
  const inputs = column.values.map((value, unit) => (column.status[unit] === 'ok' ? value : null))
  // The mean imputation on the exact forms the engine keeps of the values instead of parsing them.
  const direct =
    item.def === imputeMean
      ? () =>
          imputeByPool(
            inputs,
            (item.options as { by: 'cohort' | 'group' }).by,
            context.unitGroups,
            exactMean(context.cache),
          )
      : undefined
  const output = callCohortItem(context, state, item, inputs, direct)
  if (output === undefined) return
  const filled = new Set<number>()
  for (let unit = 0; unit < inputs.length; unit++) {
    const to = output[unit] ?? null
    if (column.status[unit] !== 'missing' || to === null) continue
    column.status[unit] = 'ok'
    column.values[unit] = to
    filled.add(unit)
    // The diagnostics that say why the value was missing (MISSING_SKIPPED, DENOMINATOR_MISSING) stay: they say
    // why it was imputed.
    if (context.trace) {
      // A lazy decimal's kept string is its toFixed(), without parsing it.
      const entry = {
        step: 'impute' as const,
        by: node.impute!.def.id,
        from: null,
        to: keptText(to) ?? to.toFixed(),
      }
      const steps = column.steps[unit]
      if (steps) steps.push(entry)
      else column.steps[unit] = [entry]
    }
  }
  if (filled.size > 0) {
    context.imputed.set(node.index, filled)
    // From the last period: say which period each value came from.
    const from =
      node.impute!.def.id === LAST_PERIOD && context.earlier !== undefined
        ? lastPeriodOf(historyOf(context, node.code), filled)
        : null
    state.cohortDiagnostics.push(
      diagnosticOf(
        context,
        node,
        undefined,
        DIAGNOSTIC_CODES.IMPUTED,
        'info',
        `${node.impute!.def.id} imputed ${filled.size} value(s): ${[...filled].map((unit) => `${context.unitCodes[unit]}${from?.get(unit) === undefined ? '' : ` (from ${from.get(unit)})`}`).join(', ')}`,
      ),
    )
  }
}

/**
 * {@link meanOf} on exact forms: each sum rounded to 40 digits and the quotient too, as decimal.js rounds them
 * (`pipeline/exact-sum.ts`, `pipeline/quotient.ts`); decimal.js itself for a sum `sumForty` declines (terms far
 * apart).
 */
function exactMean(cache: DecimalCache): (list: Dec[]) => Dec {
  return (list) => {
    const total = sumForty(list.map((value) => cache.exact(value)))
    if (total === undefined) return meanOf(list)
    return cache.fromExact(quotientForty(total, { c: BigInt(list.length), e: 0 }))
  }
}
