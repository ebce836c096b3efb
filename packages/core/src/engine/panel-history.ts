// What a panel's earlier periods give a period's preparation: each leaf's observed values for the next period,
// the history an imputation sees, and the refusal of an imputation from the last period without one.
import { type Dec, dec } from '../decimal/decimal.js'
import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { CompiledModel } from '../model/compiled-model.js'
import type { NodeState } from './columns.js'
import type { EvaluationContext } from './evaluation-context.js'

/** The id of the imputation from the last period (it needs a panel's earlier periods). */
export const LAST_PERIOD = 'chiso/impute-last-period'

/**
 * Refuses, at its place in the methodology, an imputation from the last period when there is no earlier
 * period (a single-period score): it would silently leave every missing value missing.
 */
export function refuseLastPeriodAlone(model: CompiledModel, settings: { earlier?: unknown }): void {
  if (settings.earlier !== undefined) return
  const nodes = model.leaves.filter((node) => node.impute?.def.id === LAST_PERIOD)
  if (nodes.length === 0) return
  throw new ChisoError(
    ERROR_CODES.INVALID_METHODOLOGY,
    `${LAST_PERIOD} needs a panel: a single period has no last period to impute from`,
    {
      issues: nodes.map((node) => ({
        path: [...node.path, 'impute', 'use'],
        message: `${node.code} imputes from the last period, but the data has only one period`,
        hint: 'score it as a panel (data with several periods, e.g. a period column) or impute with chiso/impute-mean, chiso/impute-median or chiso/impute-constant',
      })),
    },
  )
}

/** A leaf's observed values in each earlier period, aligned with this period's units, nearest first. */
export function historyOf(
  context: EvaluationContext,
  code: string,
): Array<{ period: string; values: Array<Dec | null> }> {
  return (context.earlier ?? []).map((earlier) => {
    const byUnit = earlier.values.get(code)
    return {
      period: earlier.period,
      values: context.unitCodes.map((unit) => {
        const value = byUnit?.get(unit)
        return value === undefined ? null : dec(value)
      }),
    }
  })
}

/** For each filled unit, the nearest earlier period that had a value. */
export function lastPeriodOf(
  history: ReadonlyArray<{ period: string; values: ReadonlyArray<Dec | null> }>,
  filled: ReadonlySet<number>,
): Map<number, string> {
  const from = new Map<number, string>()
  for (const unit of filled) {
    const found = history.find((entry) => entry.values[unit] !== null)
    if (found !== undefined) from.set(unit, found.period)
  }
  return from
}

/**
 * The observed values of the leaves (after their rule and denomination, before imputation): leaf code → unit
 * code → value, for the next period of a panel.
 */
export function observedValues(
  context: EvaluationContext,
  leaves: ReadonlyArray<NodeState>,
): Map<string, Map<string, string>> {
  const observed = new Map<string, Map<string, string>>()
  for (const state of leaves) {
    const byUnit = new Map<string, string>()
    state.pre.values.forEach((value, unit) => {
      if (value !== null && value !== undefined && state.pre.status[unit] === 'ok')
        byUnit.set(context.unitCodes[unit]!, value.toFixed())
    })
    observed.set(state.node.code, byUnit)
  }
  return observed
}
