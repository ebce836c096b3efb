import { mean } from '../aggregators/mean.js'
import { sum } from '../aggregators/sum.js'
import type { CompiledModel } from '../model/compiled-model.js'
import { points as pointsRule } from '../rules/points.js'
import { value as valueRule } from '../rules/value.js'
import type { Dataset, Observation } from '../schema/dataset.js'
import type { Diagnostic, Scorecard } from '../schema/scorecard.js'
import { evaluateAggregate } from './aggregate-step.js'
import { assembleScorecard, assembleScorecardByUnit } from './assemble-scorecard.js'
import type { AssembledUnits } from './assembled-units.js'
import { evaluateCohort, roundUnit } from './cohort-step.js'
import { copyState, type NodeState, newColumn, slotsMadeWhenRead } from './columns.js'
import { DecimalCache } from './decimal-cache.js'
import { indexDataColumns } from './denominate-step.js'
import type { EvaluationContext, EvaluationSettings } from './evaluation-context.js'
import { evaluateMeanColumn } from './fast-mean.js'
import { evaluatePointsColumn, evaluateSumColumn, evaluateValueColumn } from './fast-paths.js'
import { imputeLeaf } from './impute-step.js'
import { evaluateLeaf } from './leaf-step.js'
import { indexObservations, type SlotDiagnostics } from './observations.js'
import { observedValues, refuseLastPeriodAlone } from './panel-history.js'
import { timedCallsOf } from './plugin-budget.js'
import { prepareLeafColumn } from './prepare-leaf-column.js'
import type { ScorecardByUnit } from './scorecard-by-unit.js'
import { screenUnits } from './screen-step.js'
import { treatLeaf } from './treat-step.js'

/** One observation slot to replace, located in the engine's columns. */
export interface SlotChange {
  readonly leaf: number
  readonly unit: number
  readonly field: number
  readonly observation: Observation
}

/**
 * The columnar evaluation of a dataset under a compiled model, node by node over all units (children before
 * parents): the leaf step (leaf-step.ts) or the aggregate step (aggregate-step.ts) for each unit, then the
 * cohort step and rounding (cohort-step.ts); the scorecard is assembled from the columns
 * (assemble-scorecard.ts). It is kept so it can be re-scored incrementally: after changed observations only the
 * changed leaves, their ancestors and the cohort steps above them are evaluated again, and only the changed
 * units' results are rebuilt. A full evaluation is one pass of the same steps.
 */
export class Evaluation {
  private readonly context: EvaluationContext
  private readonly observationDiagnostics: Diagnostic[]
  private readonly slotDiagnostics: SlotDiagnostics
  private readonly assembled: AssembledUnits
  private card: Scorecard | undefined

  private constructor(
    private readonly fingerprint: string,
    context: EvaluationContext,
    observationDiagnostics: Diagnostic[],
    slotDiagnostics: SlotDiagnostics,
    assembled: AssembledUnits,
  ) {
    this.context = context
    this.observationDiagnostics = observationDiagnostics
    this.slotDiagnostics = slotDiagnostics
    this.assembled = assembled
  }

  /** Evaluates a whole (parsed) dataset. */
  static of(
    model: CompiledModel,
    fingerprint: string,
    dataset: Dataset,
    settings: EvaluationSettings,
  ): Evaluation {
    refuseLastPeriodAlone(model, settings)
    const size = dataset.units.length
    const observationDiagnostics: Diagnostic[] = []
    const slotDiagnostics: SlotDiagnostics = new Map()
    const unitIndex = new Map(dataset.units.map((unit, index) => [unit.code, index]))
    const observed = indexObservations(dataset, model, unitIndex, observationDiagnostics, slotDiagnostics)
    const states: NodeState[] = model.nodes.map((node) => {
      const final = newColumn(size, settings.trace)
      const leaf = observed.get(node.index)
      const zeroed = leaf?.zeroed
      const state: NodeState = {
        ...(zeroed ? { zeroed } : {}),
        node,
        final,
        pre: node.normalise ? newColumn(size, settings.trace) : final,
        // Grown only where a unit has diagnostics (few do): a hundred arrays of 10 000 empty places are memory
        // the process would have to touch for nothing.
        unitDiagnostics: [],
        cohortDiagnostics: [],
        // The index was made for this evaluation alone: its slots become the state's without a copy (a
        // hundred leaves of 10 000 units are a million slots). Observations kept as columns are made only if
        // something reads the slots.
        slots: leaf?.slotValues === undefined ? (leaf?.slots as Array<Observation | undefined>) : undefined,
      }
      const values = leaf?.slotValues
      if (values !== undefined)
        slotsMadeWhenRead(state, values, () => leaf!.slots as Array<Observation | undefined>)
      return state
    })
    const cache = new DecimalCache(model.nodes.map((node) => node.declaredMax))
    const context: EvaluationContext = {
      ...settings,
      model,
      dataset,
      cache,
      timed: model.nodes.map((node) => timedCallsOf(node, settings.pluginCallMs)),
      fieldNames: model.nodes.map((node) => (node.rule ? Object.keys(node.rule.fields) : undefined)),
      states,
      declaredMaxSums: new Map(),
      unitCodes: dataset.units.map((unit) => unit.code),
      unitGroups: dataset.units.map((unit) => unit.group),
      // Denominators kept exact and unparsed, for prepareLeafColumn.
      dataColumns: indexDataColumns(dataset, model, unitIndex, (text) => cache.decExact(text)),
      screened: new Array<Diagnostic | undefined>(size).fill(undefined),
      imputed: new Map(),
    }
    const evaluation = new Evaluation(fingerprint, context, observationDiagnostics, slotDiagnostics, {
      nodes: new Array(size).fill(undefined),
      heads: new Array(size).fill(undefined),
    })
    evaluation.evaluateAll()
    return evaluation
  }

  /** An independent copy (columns copied; immutable results and caches shared). */
  fork(): Evaluation {
    const copy = new Evaluation(
      this.fingerprint,
      {
        ...this.context,
        states: this.context.states.map(copyState),
        screened: this.context.screened.slice(),
        imputed: new Map(this.context.imputed),
      },
      this.observationDiagnostics,
      new Map([...this.slotDiagnostics].map(([leaf, bySlot]) => [leaf, new Map(bySlot)])),
      { nodes: this.assembled.nodes.slice(), heads: this.assembled.heads.slice() },
    )
    copy.card = this.card
    return copy
  }

  /** Replaces observation slots and re-evaluates what depends on them. */
  update(changes: ReadonlyArray<SlotChange>): void {
    if (changes.length === 0) return
    const { states, fieldNames } = this.context
    const size = this.context.dataset.units.length
    if (this.context.model.pipeline) {
      // Imputation and screening depend on every unit's leaves: evaluate everything again.
      for (const change of changes) {
        const state = states[change.leaf]!
        const fields = fieldNames[change.leaf]!
        state.slots ??= new Array<Observation | undefined>(size * fields.length)
        const slot = change.unit * fields.length + change.field
        state.slots[slot] = change.observation
        this.slotDiagnostics.get(change.leaf)?.delete(slot)
      }
      this.evaluateAll()
      this.assembled.nodes.fill(undefined)
      this.assembled.heads.fill(undefined)
      this.card = undefined
      return
    }
    const dirty = new Map<number, Set<number> | 'all'>()
    const mark = (node: number, unit: number | 'all') => {
      const set = dirty.get(node)
      if (set === 'all') return
      if (unit === 'all') dirty.set(node, 'all')
      else if (set) set.add(unit)
      else dirty.set(node, new Set([unit]))
    }
    for (const change of changes) {
      const state = states[change.leaf]!
      const fields = fieldNames[change.leaf]!
      state.slots ??= new Array<Observation | undefined>(size * fields.length)
      const slot = change.unit * fields.length + change.field
      state.slots[slot] = change.observation
      // A value set by hand is no longer the claim a round's evidence policy judged.
      if (state.zeroed?.has(change.unit)) {
        const zeroed = new Map(state.zeroed)
        zeroed.delete(change.unit)
        state.zeroed = zeroed
      }
      this.slotDiagnostics.get(change.leaf)?.delete(slot)
      mark(change.leaf, change.unit)
    }
    const changedUnits = new Set<number>()
    let allUnits = false
    for (const state of states) {
      const units = dirty.get(state.node.index)
      if (units === undefined) continue
      if (units === 'all') {
        allUnits = true
        for (let unit = 0; unit < size; unit++) this.evaluateUnit(state, unit)
      } else {
        for (const unit of units) {
          changedUnits.add(unit)
          this.evaluateUnit(state, unit)
        }
      }
      // A cohort step depends on every unit: all of them change above it.
      if (state.node.normalise) evaluateCohort(this.context, state)
      const parent = state.node.parent
      if (parent === -1) continue
      if (state.node.normalise || units === 'all') mark(parent, 'all')
      else for (const unit of units) mark(parent, unit)
    }
    const { nodes, heads } = this.assembled
    if (allUnits) {
      nodes.fill(undefined)
      heads.fill(undefined)
    } else {
      for (const unit of changedUnits) {
        nodes[unit] = undefined
        heads[unit] = undefined
      }
    }
    this.card = undefined
  }

  /** The observation a leaf field of a unit currently uses, if any. */
  observation(leaf: number, unit: number, field: number): Observation | undefined {
    const fields = this.context.fieldNames[leaf]
    return fields === undefined ? undefined : this.context.states[leaf]!.slots?.[unit * fields.length + field]
  }

  /** The scorecard of the current state (built once per state). */
  scorecard(): Scorecard {
    if (this.card === undefined)
      this.card = assembleScorecard(this.context, this.fingerprint, this.assembled, this.dataDiagnostics())
    return this.card
  }

  /**
   * The scorecard of the current state, each unit's node results built only when asked for (see
   * `assembleScorecardByUnit`); nothing of it is kept here.
   */
  scorecardByUnit(): ScorecardByUnit {
    return assembleScorecardByUnit(this.context, this.fingerprint, this.assembled, this.dataDiagnostics())
  }

  /** The diagnostics about the data: unusable observations, then those of slots with several. */
  private dataDiagnostics(): Diagnostic[] {
    const dataDiagnostics = [...this.observationDiagnostics]
    for (const bySlot of this.slotDiagnostics.values())
      for (const found of bySlot.values()) dataDiagnostics.push(...found)
    return dataDiagnostics
  }

  /** The first, full pass: every node in evaluation order, whole columns through the fast paths when they apply. */
  private evaluateAll(): void {
    const { context } = this
    if (context.model.pipeline) {
      this.evaluatePipeline()
      return
    }
    this.evaluatePlain()
    if (context.onObserved)
      context.onObserved(
        observedValues(
          context,
          context.states.filter((state) => state.node.rule !== undefined),
        ),
      )
  }

  /** The pass without data-preparation stages. */
  private evaluatePlain(): void {
    const { context } = this
    const size = context.dataset.units.length
    const general = (state: NodeState) => (unit: number) => this.evaluateUnit(state, unit)
    for (const state of context.states) {
      const { node } = state
      const columnAtOnce = !context.trace && !node.round
      if (columnAtOnce && node.rule?.def === pointsRule && node.rule.producesPoints && !state.zeroed)
        evaluatePointsColumn(context, state, general(state))
      else if (columnAtOnce && node.rule?.def === valueRule && !state.zeroed)
        evaluateValueColumn(context, state, general(state))
      else if (columnAtOnce && node.aggregate?.def === sum && !node.minPresent)
        evaluateSumColumn(context, state, general(state))
      else if (columnAtOnce && node.aggregate?.def === mean && !node.minPresent)
        evaluateMeanColumn(context, state, general(state))
      else for (let unit = 0; unit < size; unit++) this.evaluateUnit(state, unit)
      if (node.normalise) evaluateCohort(context, state)
    }
  }

  /**
   * A full pass with data-preparation stages, in COINr's order: every leaf's rule and denomination, then every
   * leaf's imputation, then screening (which needs every leaf of a unit), then every leaf's treatment; only
   * then the cohort steps and the aggregates, node by node as usual.
   */
  private evaluatePipeline(): void {
    const { context } = this
    const size = context.dataset.units.length
    const leaves = context.states.filter((state) => state.node.rule !== undefined)
    context.screened.fill(undefined)
    context.imputed.clear()
    for (const state of leaves) {
      state.cohortDiagnostics = []
      prepareLeafColumn(context, state, (unit) => this.evaluateUnit(state, unit))
    }
    if (context.onObserved) context.onObserved(observedValues(context, leaves))
    for (const state of leaves) if (state.node.impute) imputeLeaf(context, state)
    if (context.model.screen) screenUnits(context)
    for (const state of leaves) if (state.node.treat) treatLeaf(context, state)
    // The stages' diagnostics are kept: the cohort step below starts its own list.
    const prepared = leaves.map((state) => state.cohortDiagnostics)
    for (const state of context.states) {
      const { node } = state
      if (node.rule === undefined) {
        if (!context.trace && !node.round && node.aggregate?.def === mean && !node.minPresent)
          evaluateMeanColumn(context, state, (unit) => this.evaluateUnit(state, unit))
        else for (let unit = 0; unit < size; unit++) this.evaluateUnit(state, unit)
      }
      if (state.node.normalise) evaluateCohort(context, state)
    }
    leaves.forEach((state, i) => {
      if (state.cohortDiagnostics !== prepared[i])
        state.cohortDiagnostics = [...prepared[i]!, ...state.cohortDiagnostics]
    })
  }

  /** The unit step of one node for one unit: its rule or its aggregator, then rounding (without a cohort step). */
  private evaluateUnit(state: NodeState, unit: number): void {
    const column = state.pre
    column.values[unit] = null
    column.maxes[unit] = null
    column.status[unit] = 'ok'
    if (this.context.trace) {
      column.traces[unit] = undefined
      column.steps[unit] = undefined
    }
    state.unitDiagnostics[unit] = undefined
    if (state.node.rule) evaluateLeaf(this.context, state, unit)
    else evaluateAggregate(this.context, state, unit)
    if (state.node.round && !state.node.normalise) roundUnit(this.context, state, unit)
  }
}
