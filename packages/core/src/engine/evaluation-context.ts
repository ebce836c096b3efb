import { Decimal } from 'decimal.js'
import { Dec, dec, isDecimalString, toDecimalString } from '../decimal/decimal.js'
import type { CompiledModel, CompiledNode, ResolvedRule } from '../model/compiled-model.js'
import type { Severity } from '../plugin/contract.js'
import type { Dataset, Observation, Origin } from '../schema/dataset.js'
import type { Evidence } from '../schema/evidence.js'
import type { Diagnostic, NodeTrace } from '../schema/scorecard.js'
import type { Column, NodeState, Step } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import type { ObservedPeriod, ObservedValues } from './engine-interfaces.js'
import type { TimedCalls } from './plugin-budget.js'

/** How an evaluation runs: whether it records traces, and the time budget of one plugin call. */
export interface EvaluationSettings {
  /** Record how every node's value came about (`trace` and `steps`). */
  readonly trace: boolean
  /** Milliseconds one call of a third-party item may take (`limits.pluginCallMs`); infinite for none. */
  readonly pluginCallMs: number
  /** Earlier periods' observed leaf values, nearest first (a panel); absent for a single period. */
  readonly earlier?: ReadonlyArray<ObservedPeriod>
  /** Receives this evaluation's observed leaf values, before imputation. */
  readonly onObserved?: (observed: ObservedValues) => void
}

/**
 * What every step of one evaluation reads: the compiled model, the dataset, the settings, the shared decimal
 * cache, and the node states the steps fill in. The steps are plain functions of it (leaf, aggregate, cohort,
 * the fast paths, the scorecard assembly), so each can be read on its own.
 */
export interface EvaluationContext extends EvaluationSettings {
  readonly model: CompiledModel
  readonly dataset: Dataset
  readonly cache: DecimalCache
  /** Per node (post-order): which of its plugin calls are timed. */
  readonly timed: ReadonlyArray<TimedCalls>
  /** Per leaf (post-order index): the names of the fields its rule reads, in slot order. */
  readonly fieldNames: ReadonlyArray<ReadonlyArray<string> | undefined>
  /** Per node (post-order): its state over all units. */
  readonly states: NodeState[]
  /** Per inner node (post-order index): Σ of its children's declared maxima, once computed. */
  readonly declaredMaxSums: Map<number, Dec | null>
  /** The dataset's unit codes, in unit order (handed to normalisers). */
  readonly unitCodes: ReadonlyArray<string>
  /** The dataset's unit groups, in unit order (handed to normalisers, e.g. a group-mean imputation). */
  readonly unitGroups: ReadonlyArray<string | undefined>
  /** The values of the methodology's data columns (denominators) by column code, one per unit. */
  readonly dataColumns: ReadonlyMap<string, ReadonlyArray<Dec | null>>
  /** Per unit: the screening diagnostic when the unit was screened out of every cohort. */
  readonly screened: Array<Diagnostic | undefined>
  /** Per leaf (post-order index): which units' values were imputed. */
  readonly imputed: Map<number, ReadonlySet<number>>
}

/** A diagnostic about a node (and a unit, when given). */
export function diagnosticOf(
  context: EvaluationContext,
  node: CompiledNode,
  unit: number | undefined,
  code: string,
  severity: Severity,
  message: string,
  origin?: Origin,
): Diagnostic {
  const unitCode = unit === undefined ? undefined : context.dataset.units[unit]?.code
  return {
    code,
    severity,
    ...(unitCode === undefined ? {} : { unit: unitCode }),
    node: node.code,
    message,
    ...(origin ? { origin } : {}),
  }
}

/** Records a diagnostic of a node's unit step (replaced when the unit is scored again). */
export function reportUnit(
  context: EvaluationContext,
  state: NodeState,
  unit: number,
  code: string,
  severity: Severity,
  message: string,
  origin?: Origin,
): void {
  const list = state.unitDiagnostics[unit]
  const diagnostic = diagnosticOf(context, state.node, unit, code, severity, message, origin)
  if (list) list.push(diagnostic)
  else state.unitDiagnostics[unit] = [diagnostic]
}

/**
 * Records a step (normalise, round, cap, clamp) in the unit's trace; nothing when traces are off — not even
 * the strings, which cost as much as the step itself.
 */
export function addStep(
  context: EvaluationContext,
  column: Column,
  unit: number,
  step: Step['step'],
  by: string,
  from: Dec,
  to: Dec,
): void {
  if (!context.trace) return
  // The cache's kept strings: the same text, without parsing a fast path's lazy decimal to print it.
  const entry: Step = { step, by, from: context.cache.str(from), to: context.cache.str(to) }
  const steps = column.steps[unit]
  if (steps) steps.push(entry)
  else column.steps[unit] = [entry]
}

/** A plugin's result as a finite decimal (a `Dec`, another decimal.js instance or a decimal string), if it is one. */
export function toDec(raw: unknown): Dec | undefined {
  let value: Dec | undefined
  if (raw instanceof Dec) value = raw
  else if (Decimal.isDecimal(raw)) value = dec((raw as Decimal).toString())
  else if (typeof raw === 'string' && isDecimalString(raw.trim())) value = dec(raw.trim())
  return value?.isFinite() ? value : undefined
}

/** A short description of what a plugin returned or threw, for a diagnostic. */
export function describe(value: unknown): string {
  if (value instanceof Error) return value.message
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return `the number ${String(value)}`
  return String(value)
}

/**
 * The trace of a leaf cell: the rule, its options, the inputs it read and where they came from (source, cell,
 * round), the result, and the evidence, explanation and comment of the observations it used.
 */
export function leafTraceOf(
  rule: ResolvedRule,
  inputs: Record<string, string | boolean> | undefined,
  sources: Record<string, string> | undefined,
  result: Dec | null,
  note?: string,
  used?: UsedObservations,
): NodeTrace {
  return {
    kind: 'leaf',
    rule: rule.def.id,
    options: rule.traceOptions as Record<string, unknown>,
    inputs: inputs ?? {},
    sources: sources ?? {},
    result: result === null ? null : toDecimalString(result),
    ...(note === undefined ? {} : { note }),
    ...(used === undefined ? {} : provenanceOf(used)),
  }
}

/** The observations a leaf cell used: the leaf's field names and the unit's slots (`slots[base + field]`). */
export interface UsedObservations {
  readonly fields: ReadonlyArray<string>
  readonly slots: ReadonlyArray<Observation | undefined> | undefined
  readonly base: number
}

type Provenance = Pick<
  Extract<NodeTrace, { kind: 'leaf' }>,
  'origins' | 'evidence' | 'explanation' | 'comment'
>

/** Origins (cell and round) by field, and the evidence and texts of the observations used; empty parts left out. */
function provenanceOf({ fields, slots, base }: UsedObservations): Provenance {
  const out: Provenance = {}
  if (!slots) return out
  const origins: NonNullable<Provenance['origins']> = {}
  const evidence: Evidence[] = []
  const seen = new Set<string>()
  const explanations: string[] = []
  const comments: string[] = []
  fields.forEach((field, at) => {
    const observation = slots[base + at]
    if (!observation) return
    if (observation.origin || observation.round) {
      origins[field] = {
        ...observation.origin,
        ...(observation.round === undefined ? {} : { round: observation.round }),
      }
    }
    for (const item of observation.evidence ?? []) {
      const key = JSON.stringify(item)
      if (!seen.has(key)) evidence.push(item)
      seen.add(key)
    }
    if (observation.explanation && !explanations.includes(observation.explanation))
      explanations.push(observation.explanation)
    if (observation.comment && !comments.includes(observation.comment)) comments.push(observation.comment)
  })
  if (Object.keys(origins).length > 0) out.origins = origins
  if (evidence.length > 0) out.evidence = evidence
  if (explanations.length > 0) out.explanation = explanations.join('\n')
  if (comments.length > 0) out.comment = comments.join('\n')
  return out
}
