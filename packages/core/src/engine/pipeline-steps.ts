// The data-preparation stages of a leaf before its cohort step, in COINr's order: denominate (each unit), impute
// (over the cohort), screen (every leaf at once: units below the data-availability threshold leave every
// cohort), treat (over the screened cohort). Normalisation follows in cohort-step.ts.
import { type Dec, dec } from '../decimal/decimal.js'
import { keptText, lazyExactDecimal } from '../decimal/lazy-decimal.js'
import { compareScaled, scaledOf } from '../decimal/scaled.js'
import { ChisoError } from '../errors/chiso-error.js'
import { DIAGNOSTIC_CODES, ERROR_CODES } from '../errors/codes.js'
import type { CompiledModel, ResolvedItem } from '../model/compiled-model.js'
import { sumForty } from '../pipeline/exact-sum.js'
import { approximate } from '../pipeline/float-moments.js'
import { imputeByPool, imputeMean, meanOf } from '../pipeline/impute.js'
import { BUILTIN_STAGE_STEPS } from '../pipeline/index.js'
import type { ValueReader } from '../pipeline/moment-column.js'
import { type Divisor, denominateBy, divisorOf, quotientForty } from '../pipeline/quotient.js'
import { type SkewKurtosisOptions, skewKurtosis, treatBySkewKurtosis } from '../pipeline/treat.js'
import type { CohortReporter, NormaliserDefinition, Severity } from '../plugin/contract.js'
import { value as valueRule } from '../rules/value.js'
import { type Dataset, NOT_APPLICABLE } from '../schema/dataset.js'
import type { NodeTrace } from '../schema/scorecard.js'
import type { NodeState } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import {
  addStep,
  describe,
  diagnosticOf,
  type EvaluationContext,
  leafTraceOf,
  toDec,
} from './evaluation-context.js'
import { callWithBudget, isTimed, overBudgetMessage } from './plugin-budget.js'

/**
 * The values of the methodology's data columns (denominators), one per unit: the `value` observation of each
 * unit for each column; anything that is not a decimal counts as no value (reported where it is used).
 */
export function indexDataColumns(
  dataset: Dataset,
  model: CompiledModel,
  unitIndex: ReadonlyMap<string, number>,
  read: (text: string) => Dec = dec,
): Map<string, Array<Dec | null>> {
  const columns = new Map<string, Array<Dec | null>>()
  if (!model.columns) return columns
  for (const code of model.columns) columns.set(code, new Array<Dec | null>(dataset.units.length).fill(null))
  // Observations come grouped by node or by unit: the column of the last node is looked up again only when
  // the node changes, and the unit only for a column's observations.
  let lastNode: string | undefined
  let column: Array<Dec | null> | undefined
  for (const observation of dataset.observations) {
    if (observation.node !== lastNode) {
      lastNode = observation.node
      column = columns.get(lastNode)
    }
    if (column === undefined || observation.field !== 'value') continue
    const unit = unitIndex.get(observation.unit)
    if (unit === undefined) continue
    if (column[unit] === null && typeof observation.value === 'string' && observation.value !== 'NA')
      column[unit] = read(observation.value)
  }
  return columns
}

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

// The divisors of an evaluation's denominator columns, read once per evaluation however many leaves each
// divides (the columns are made anew for each evaluation and never changed): one entry per evaluation.
const divisorsByColumns = new WeakMap<object, Map<string, ReadonlyArray<Divisor | null>>>()

/** The divisors of a denominator column: `null` for a unit whose denominator is missing or zero. */
function divisorsOf(
  columns: ReadonlyMap<string, ReadonlyArray<Dec | null>>,
  code: string,
  cache: DecimalCache,
): ReadonlyArray<Divisor | null> | undefined {
  const column = columns.get(code)
  if (column === undefined) return undefined
  let read = divisorsByColumns.get(columns)
  if (read === undefined) {
    read = new Map()
    divisorsByColumns.set(columns, read)
  }
  let divisors = read.get(code)
  if (divisors === undefined) {
    divisors = column.map((denominator) => {
      const exact = denominator === null ? undefined : cache.exact(denominator)
      return exact === undefined || exact.c === 0n ? null : divisorOf(exact)
    })
    read.set(code, divisors)
  }
  return divisors
}

/** How a denominate step is described in a trace: `÷ GDP`, or `÷ Population × 1000` with a scale. */
function denominationText({ by, scale }: { by: string; scale: Dec }): string {
  return `÷ ${by}${scale.eq(1) ? '' : ` × ${scale.toFixed()}`}`
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

/**
 * Denominates one leaf for one unit: value × scale ÷ the unit's denominator. A missing or zero denominator
 * leaves the unit's value missing (imputation may fill it), with a diagnostic naming the column and the unit;
 * the unit itself is kept.
 */
export function denominateUnit(context: EvaluationContext, state: NodeState, unit: number): void {
  const node = state.node
  const { by, scale } = node.denominate!
  const column = state.pre
  const value = column.values[unit]
  if (column.status[unit] !== 'ok' || value === null || value === undefined) return
  const denominator = context.dataColumns.get(by)?.[unit] ?? null
  if (denominator === null || denominator.isZero()) {
    column.status[unit] = 'missing'
    column.values[unit] = null
    column.maxes[unit] = null
    const diagnostic = diagnosticOf(
      context,
      node,
      unit,
      DIAGNOSTIC_CODES.DENOMINATOR_MISSING,
      'warning',
      `the denominator "${by}" is ${denominator === null ? 'missing' : 'zero'} for this unit; the value ${keptText(value) ?? value.toFixed()} cannot be denominated and counts as missing`,
    )
    const list = state.unitDiagnostics[unit]
    if (list) list.push(diagnostic)
    else state.unitDiagnostics[unit] = [diagnostic]
    return
  }
  const to = value.times(scale).div(denominator)
  addStep(context, column, unit, 'denominate', denominationText(node.denominate!), value, to)
  column.values[unit] = to
  column.maxes[unit] = null
}

// The built-in stage steps return decimals of the configured class or null: their results need no checking,
// which would parse every lazy decimal of the column (`toDec` reads its digits).
const TRUSTED: ReadonlySet<unknown> = new Set<unknown>(BUILTIN_STAGE_STEPS)

/**
 * Calls a cohort item (imputation or treatment) on a leaf's column; `undefined` when it failed (reported).
 * `direct`, for a built-in item, computes the same result as its `normalise` in the engine's own way.
 */
function callCohortItem(
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

/** The id of the imputation from the last period (it needs a panel's earlier periods). */
const LAST_PERIOD = 'chiso/impute-last-period'

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
function historyOf(
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
function lastPeriodOf(
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
 * Screens units before any treatment or normalisation (COINr's `Screen`): a unit whose share of leaves with a
 * value (among the leaves that apply to it) is below `screen.minShare`, or whose share of non-zero values
 * (among the leaves with a value) is below `screen.minNonZeroShare`, leaves every cohort — each of its leaves
 * is put in error, so it sets no cohort's minimum, maximum, mean or rank — and is reported (`SCREENED_OUT`)
 * and left unranked. A unit with no value at all has no share of zeros: only the data-availability
 * threshold can screen it (COINr's share is 0/0 there, and its screened data set gets a row of NAs).
 */
export function screenUnits(context: EvaluationContext): void {
  const { model, states } = context
  const { minShare, minNonZeroShare } = model.screen!
  const size = context.unitCodes.length
  // The shares as decimals, and whether each is below its threshold, once per (count, of) pair: few distinct
  // pairs occur.
  const shares = new Map<number, { share: Dec; below: boolean }>()
  const shareOf = (count: number, of: number, threshold: Dec | null) => {
    // Counts are at most the number of leaves; the threshold of a pair is always the same one.
    const key = count * 0x10000000 + of * 2 + (threshold === minShare ? 0 : 1)
    let share = shares.get(key)
    if (share === undefined) {
      const value = of === 0 ? dec(0) : dec(count).div(of)
      share = { share: value, below: threshold !== null && value.lt(threshold) }
      shares.set(key, share)
    }
    return share
  }
  // The counts of every unit, leaf by leaf (a leaf's statuses lie together).
  const applicable = new Array<number>(size).fill(0)
  const present = new Array<number>(size).fill(0)
  const zeros = new Array<number>(size).fill(0)
  for (const leaf of model.leaves) {
    const column = states[leaf.index]!.pre
    const status = column.status
    for (let unit = 0; unit < size; unit++) {
      const at = status[unit]
      if (at === 'na') continue
      applicable[unit]!++
      if (at !== 'ok') continue
      present[unit]!++
      // Zeros count only for their own threshold (reading a value's digits is not free).
      if (minNonZeroShare !== null && column.values[unit]?.isZero()) zeros[unit]!++
    }
  }
  for (let unit = 0; unit < size; unit++) {
    const available = shareOf(present[unit]!, applicable[unit]!, minShare)
    const nonZero =
      present[unit] === 0 ? null : shareOf(present[unit]! - zeros[unit]!, present[unit]!, minNonZeroShare)
    if (!available.below && !nonZero?.below) continue
    const share = available.share
    const reasons: string[] = []
    if (minShare !== null && available.below)
      reasons.push(
        `data availability ${percentOf(share)} % (${present[unit]} of ${applicable[unit]} indicators) is below the screening threshold ${minShare.times(100).toFixed()} %`,
      )
    if (minNonZeroShare !== null && nonZero?.below)
      reasons.push(
        `non-zero values ${percentOf(nonZero.share)} % (${present[unit]! - zeros[unit]!} of ${present[unit]} values) is below the screening threshold ${minNonZeroShare.times(100).toFixed()} %`,
      )
    context.screened[unit] = {
      code: DIAGNOSTIC_CODES.SCREENED_OUT,
      severity: 'warning',
      unit: context.unitCodes[unit]!,
      message: `${reasons.join('; ')}; the unit is left out of every cohort and not ranked`,
    }
    for (const leaf of model.leaves) {
      const column = states[leaf.index]!.pre
      if (column.status[unit] === 'na') continue
      column.status[unit] = 'error'
      column.values[unit] = null
      column.maxes[unit] = null
    }
  }
}

function percentOf(share: Dec): string {
  return share.times(100).toDecimalPlaces(1).toFixed()
}

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
