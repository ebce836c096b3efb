import { Decimal } from 'decimal.js'
import { sum } from '../aggregators/sum.js'
import { Dec, dec, isDecimalString, toDecimalString } from '../decimal/decimal.js'
import { formatFixed, roundDecimal } from '../decimal/round.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { AggregatorChild, RuleInputValue, Severity } from '../plugin/contract.js'
import { points as pointsRule } from '../rules/points.js'
import { type Dataset, NOT_APPLICABLE, type Observation, type Origin } from '../schema/dataset.js'
import type { Methodology } from '../schema/methodology.js'
import type { Diagnostic, NodeResult, NodeTrace, Scorecard, UnitResult } from '../schema/scorecard.js'
import { bandOf } from './bands.js'
import type { CompiledTree } from './compile.js'
import type { CompiledNode } from './compiled-node.js'
import { DecimalCache, MAX_SCALED_TERMS, nodeIndexOf } from './decimal-cache.js'
import { indexObservations, type SlotDiagnostics } from './observations.js'
import { clock, overBudgetMessage, type TimedCalls, timedCallsOf } from './plugin-budget.js'
import { rankUnits } from './rank.js'
import { rankingKeyOf } from './ranking-key.js'

type Status = NodeResult['status']
type Step = NonNullable<NodeResult['steps']>[number]

/** One node's values over all units (struct of arrays: a million cells stay cheap). */
interface Column {
  values: Array<Dec | null>
  maxes: Array<Dec | null>
  status: Status[]
  traces: Array<NodeTrace | undefined>
  steps: Array<Step[] | undefined>
}

/** A node's state: the column after its cohort step, and before it when the node has one. */
interface NodeState {
  readonly node: CompiledNode
  /** The values parents read (after normalisation and rounding). */
  final: Column
  /** The values of the unit step (rule or aggregator); the same object as `final` without a normaliser. */
  pre: Column
  /** Diagnostics of each unit's step, so re-scoring one unit replaces only its own. */
  unitDiagnostics: Array<Diagnostic[] | undefined>
  /** Diagnostics of the cohort step (normaliser). */
  cohortDiagnostics: Diagnostic[]
  /** The observations of a leaf: slot `unit × fields + field` (see `indexObservations`). */
  slots: Array<Observation | undefined> | undefined
}

/** The root's figures for one unit: what ranking reads and what its result shows. */
interface UnitHead {
  readonly score: Dec | null
  readonly max: Dec | null
  readonly index: Dec | null
  readonly display: string | null
  readonly key: Dec | null
  readonly unranked: Diagnostic | undefined
}

/** One observation slot to replace, located in the engine's columns. */
export interface SlotChange {
  readonly leaf: number
  readonly unit: number
  readonly field: number
  readonly observation: Observation
}

/**
 * The columnar evaluation of a dataset under a compiled tree, kept so it can be re-scored incrementally: after
 * changed observations only the changed leaves, their ancestors and the cohort steps above them are evaluated
 * again, and only the changed units' results are rebuilt. `evaluate` is one full pass of the same code.
 */
export class Evaluation {
  private readonly states: NodeState[]
  private readonly order: CompiledNode[]
  private readonly fieldNames: Array<string[] | undefined>
  private observationDiagnostics: Diagnostic[]
  private slotDiagnostics: SlotDiagnostics
  private unitNodes: Array<Record<string, NodeResult> | undefined>
  private heads: Array<UnitHead | undefined>
  private card: Scorecard | undefined
  private readonly declaredSums = new Map<number, Dec | null>()
  /** Per node: which of its plugin calls are timed against `pluginCallMs`. */
  private readonly timed: ReadonlyArray<TimedCalls>

  private constructor(
    private readonly methodology: Methodology,
    private readonly tree: CompiledTree,
    private readonly fingerprint: string,
    private readonly dataset: Dataset,
    private readonly trace: boolean,
    private readonly cache: DecimalCache,
    private readonly pluginCallMs: number,
    init: Evaluation | undefined,
  ) {
    this.timed = init ? init.timed : tree.nodes.map((node) => timedCallsOf(node, pluginCallMs))
    if (init) {
      this.states = init.states.map(copyState)
      this.order = init.order
      this.fieldNames = init.fieldNames
      this.observationDiagnostics = init.observationDiagnostics
      this.slotDiagnostics = new Map(
        [...init.slotDiagnostics].map(([leaf, bySlot]) => [leaf, new Map(bySlot)]),
      )
      this.unitNodes = init.unitNodes.slice()
      this.heads = init.heads.slice()
      this.card = init.card
      return
    }
    const size = dataset.units.length
    this.order = preorder(tree)
    this.fieldNames = tree.nodes.map((node) => (node.rule ? Object.keys(node.rule.fields) : undefined))
    this.observationDiagnostics = []
    this.slotDiagnostics = new Map()
    const unitIndex = new Map(dataset.units.map((unit, index) => [unit.code, index]))
    const observed = indexObservations(
      dataset,
      tree,
      unitIndex,
      this.observationDiagnostics,
      this.slotDiagnostics,
    )
    this.states = tree.nodes.map((node) => {
      const final = newColumn(size, trace)
      return {
        node,
        final,
        pre: node.normalise ? newColumn(size, trace) : final,
        unitDiagnostics: new Array<Diagnostic[] | undefined>(size).fill(undefined),
        cohortDiagnostics: [],
        slots: observed.get(node.index)?.slots.slice(),
      }
    })
    this.unitNodes = new Array<Record<string, NodeResult> | undefined>(size).fill(undefined)
    this.heads = new Array<UnitHead | undefined>(size).fill(undefined)
    for (const state of this.states) {
      const points = state.node.rule?.def === pointsRule && state.node.rule.producesPoints
      const summed = state.node.aggregate?.def === sum
      if (points && !trace && !state.node.round) this.evaluatePointsColumn(state)
      else if (summed && !trace && !state.node.round) this.evaluateSumColumn(state)
      else for (let unit = 0; unit < size; unit++) this.evaluateUnit(state, unit)
      if (state.node.normalise) this.evaluateCohort(state)
    }
  }

  /** Evaluates a whole dataset. */
  static of(
    methodology: Methodology,
    tree: CompiledTree,
    fingerprint: string,
    dataset: Dataset,
    trace: boolean,
    pluginCallMs: number = Number.POSITIVE_INFINITY,
  ): Evaluation {
    const cache = new DecimalCache(tree.nodes.map((node) => node.declaredMax))
    return new Evaluation(methodology, tree, fingerprint, dataset, trace, cache, pluginCallMs, undefined)
  }

  /** An independent copy (columns copied; immutable results and caches shared). */
  fork(): Evaluation {
    return new Evaluation(
      this.methodology,
      this.tree,
      this.fingerprint,
      this.dataset,
      this.trace,
      this.cache,
      this.pluginCallMs,
      this,
    )
  }

  /** Replaces observation slots and re-evaluates what depends on them. */
  update(changes: ReadonlyArray<SlotChange>): void {
    if (changes.length === 0) return
    const size = this.dataset.units.length
    const dirty = new Map<number, Set<number> | 'all'>()
    const mark = (node: number, unit: number | 'all') => {
      const set = dirty.get(node)
      if (set === 'all') return
      if (unit === 'all') dirty.set(node, 'all')
      else if (set) set.add(unit)
      else dirty.set(node, new Set([unit]))
    }
    for (const change of changes) {
      const state = this.states[change.leaf]!
      const fields = this.fieldNames[change.leaf]!
      state.slots ??= new Array<Observation | undefined>(size * fields.length)
      const slot = change.unit * fields.length + change.field
      state.slots[slot] = change.observation
      this.slotDiagnostics.get(change.leaf)?.delete(slot)
      mark(change.leaf, change.unit)
    }
    const changedUnits = new Set<number>()
    let allUnits = false
    for (const state of this.states) {
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
      if (state.node.normalise) this.evaluateCohort(state)
      const parent = state.node.parent
      if (parent === -1) continue
      if (state.node.normalise || units === 'all') mark(parent, 'all')
      else for (const unit of units) mark(parent, unit)
    }
    if (allUnits) {
      this.unitNodes.fill(undefined)
      this.heads.fill(undefined)
    } else {
      for (const unit of changedUnits) {
        this.unitNodes[unit] = undefined
        this.heads[unit] = undefined
      }
    }
    this.card = undefined
  }

  /** The observation a leaf field of a unit currently uses, if any. */
  observation(leaf: number, unit: number, field: number): Observation | undefined {
    const fields = this.fieldNames[leaf]
    return fields === undefined ? undefined : this.states[leaf]!.slots?.[unit * fields.length + field]
  }

  /** The scorecard of the current state (built once per state). */
  scorecard(): Scorecard {
    this.card ??= this.buildScorecard()
    return this.card
  }

  // ---- the unit step: a rule or an aggregator for one unit ----

  private evaluateUnit(state: NodeState, unit: number): void {
    const column = state.pre
    column.values[unit] = null
    column.maxes[unit] = null
    column.status[unit] = 'ok'
    if (this.trace) {
      column.traces[unit] = undefined
      column.steps[unit] = undefined
    }
    state.unitDiagnostics[unit] = undefined
    if (state.node.rule) this.evaluateLeaf(state, unit)
    else this.evaluateAggregate(state, unit)
    if (state.node.round && !state.node.normalise) this.roundUnit(state, unit)
  }

  private report(
    state: NodeState,
    unit: number,
    code: string,
    severity: Severity,
    message: string,
    origin?: Origin,
  ): void {
    const list = state.unitDiagnostics[unit]
    const diagnostic = this.diagnostic(state.node, unit, code, severity, message, origin)
    if (list) list.push(diagnostic)
    else state.unitDiagnostics[unit] = [diagnostic]
  }

  private diagnostic(
    node: CompiledNode,
    unit: number | undefined,
    code: string,
    severity: Severity,
    message: string,
    origin?: Origin,
  ): Diagnostic {
    const unitCode = unit === undefined ? undefined : this.dataset.units[unit]?.code
    return {
      code,
      severity,
      ...(unitCode === undefined ? {} : { unit: unitCode }),
      node: node.code,
      message,
      ...(origin ? { origin } : {}),
    }
  }

  /**
   * Records a step (normalise, round, cap, clamp) in the unit's trace; nothing when traces are off — not even
   * the strings, which cost as much as the step itself.
   */
  private addStep(column: Column, unit: number, step: Step['step'], by: string, from: Dec, to: Dec): void {
    if (!this.trace) return
    const entry: Step = { step, by, from: toDecimalString(from), to: toDecimalString(to) }
    const steps = column.steps[unit]
    if (steps) steps.push(entry)
    else column.steps[unit] = [entry]
  }

  private evaluateLeaf(state: NodeState, unit: number): void {
    const node = state.node
    const rule = node.rule!
    const column = state.pre
    const fields = this.fieldNames[node.index]!
    if (rule.def === pointsRule && this.pointsInRange(state, unit)) return
    const specs = rule.fields
    const slots = state.slots
    const base = unit * fields.length
    const input: Record<string, RuleInputValue> = {}
    // Trace records are built only when asked for: they dominate memory on large datasets.
    const traceInputs: Record<string, string | boolean> | undefined = this.trace ? {} : undefined
    const traceSources: Record<string, string> | undefined = this.trace ? {} : undefined
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
      const coerced = this.coerce(observation.value, spec.kind)
      if (coerced === undefined) {
        this.report(
          state,
          unit,
          DIAGNOSTIC_CODES.INPUT_TYPE,
          'error',
          `field "${name}" expects ${spec.kind === 'boolean' ? 'yes/no (true, false, 1 or 0)' : 'a decimal'}, got ${JSON.stringify(observation.value)}; treated as missing`,
          observation.origin,
        )
        if (!spec.optional) missingField ??= name
        continue
      }
      input[name] = coerced
      if (traceInputs) traceInputs[name] = typeof coerced === 'boolean' ? coerced : this.cache.str(coerced)
    }

    if (notApplicable) {
      column.status[unit] = 'na'
      if (traceInputs)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'not applicable')
      return
    }
    if (missingField !== undefined) {
      this.applyMissingPolicy(state, unit, missingField, origin)
      if (traceInputs)
        column.traces[unit] = leafTraceOf(
          rule,
          traceInputs,
          traceSources,
          column.values[unit] ?? null,
          `missing "${missingField}": ${node.missing}`,
        )
      return
    }

    let raw: unknown
    const timed = this.timed[node.index]!.unit
    const started = timed ? clock() : 0
    try {
      raw = rule.def.score({
        input,
        options: rule.options,
        node: node.info,
        dec,
        report: (code, message, severity = 'warning') =>
          this.report(state, unit, code, severity, message, origin),
      })
    } catch (error) {
      column.status[unit] = 'error'
      this.report(
        state,
        unit,
        DIAGNOSTIC_CODES.RULE_FAILED,
        'error',
        `rule ${rule.def.id} failed: ${describe(error)}`,
        origin,
      )
      if (traceInputs) column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'rule failed')
      return
    }
    const took = timed ? clock() - started : 0
    if (took > this.pluginCallMs) {
      column.status[unit] = 'error'
      const message = overBudgetMessage(`rule ${rule.def.id}`, took, this.pluginCallMs)
      this.report(state, unit, DIAGNOSTIC_CODES.PLUGIN_TIMEOUT, 'error', message, origin)
      if (traceInputs)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'rule timed out')
      return
    }
    if (raw === NOT_APPLICABLE) {
      column.status[unit] = 'na'
      if (traceInputs)
        column.traces[unit] = leafTraceOf(
          rule,
          traceInputs,
          traceSources,
          null,
          `not applicable (decided by ${rule.def.id})`,
        )
      return
    }
    const value = toDec(raw)
    if (value === undefined) {
      column.status[unit] = 'error'
      this.report(
        state,
        unit,
        DIAGNOSTIC_CODES.RULE_NOT_DECIMAL,
        'error',
        `rule ${rule.def.id} returned ${describe(raw)}, not a finite decimal`,
        origin,
      )
      if (traceInputs)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'rule returned no decimal')
      return
    }
    let points = value
    if (rule.producesPoints) {
      const max = node.declaredMax
      const clamped = value.isNegative() ? this.cache.zero : max !== null && value.gt(max) ? max : value
      if (clamped !== value && !clamped.eq(value)) {
        this.report(
          state,
          unit,
          DIAGNOSTIC_CODES.RULE_OUT_OF_BOUNDS,
          'error',
          `rule ${rule.def.id} gave ${toDecimalString(value)} points, outside [0, ${max === null ? '∞' : toDecimalString(max)}]; clamped to ${toDecimalString(clamped)}`,
          origin,
        )
        this.addStep(column, unit, 'clamp', 'bounds', value, clamped)
        points = clamped
      }
      column.maxes[unit] = max
    }
    column.values[unit] = points
    if (traceInputs) column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, value)
  }

  /**
   * The first evaluation of a built-in `chiso/points` leaf without traces, a column at once: the in-range cells
   * of {@link pointsInRange} with the range checked once per distinct value; every other cell takes the
   * general path. Fresh columns need no reset.
   */
  private evaluatePointsColumn(state: NodeState): void {
    const max = state.node.declaredMax
    const slots = state.slots
    const { values, maxes } = state.pre
    const size = values.length
    const inRange = new Map<Dec, boolean>()
    for (let unit = 0; unit < size; unit++) {
      const text = slots?.[unit]?.value
      if (max !== null && typeof text === 'string' && text !== NOT_APPLICABLE) {
        const value = this.cache.dec(text)
        let ok = inRange.get(value)
        if (ok === undefined) {
          ok = !value.isNegative() && !value.gt(max)
          inRange.set(value, ok)
        }
        if (ok) {
          values[unit] = value
          maxes[unit] = max
          continue
        }
      }
      this.evaluateUnit(state, unit)
    }
  }

  /**
   * Fast path of the built-in `chiso/points` rule for a value within [0, max]: the rule returns the value itself
   * and reports nothing, so the rule call is skipped. Anything else takes the general path.
   */
  private pointsInRange(state: NodeState, unit: number): boolean {
    const node = state.node
    const max = node.declaredMax
    const observation = state.slots?.[unit]
    const text = observation?.value
    if (max === null || typeof text !== 'string' || text === NOT_APPLICABLE || !node.rule!.producesPoints)
      return false
    const value = this.cache.dec(text)
    if (value.isNegative() || value.gt(max)) return false
    const column = state.pre
    column.values[unit] = value
    column.maxes[unit] = max
    if (this.trace) {
      column.traces[unit] = leafTraceOf(
        node.rule!,
        { value: this.cache.str(value) },
        observation!.source ? { value: observation!.source } : {},
        value,
      )
    }
    return true
  }

  private coerce(value: string | boolean, kind: 'decimal' | 'boolean'): RuleInputValue | undefined {
    if (kind === 'decimal') return typeof value === 'string' ? this.cache.dec(value) : undefined
    if (typeof value === 'boolean') return value
    const number = this.cache.dec(value)
    if (number.eq(1)) return true
    if (number.isZero()) return false
    return undefined
  }

  private applyMissingPolicy(
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
        column.values[unit] = this.cache.zero
        column.maxes[unit] = node.rule?.producesPoints ? node.declaredMax : null
        this.report(state, unit, DIAGNOSTIC_CODES.MISSING_ZERO, 'warning', `${what}; counted as 0`, origin)
        return
      case 'skip':
        column.status[unit] = 'missing'
        this.report(
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
        this.report(
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

  private evaluateAggregate(state: NodeState, unit: number): void {
    const node = state.node
    const aggregate = node.aggregate!
    const column = state.pre
    const additive = aggregate.def.meta.additive === true
    // The built-in sum is computed here, in exact integer millionths when every term allows it.
    const isSum = aggregate.def === sum
    const present: AggregatorChild[] = []
    const terms: Dec[] = []
    let scaledTotal = isSum && node.children.length <= MAX_SCALED_TERMS ? 0 : Number.NaN
    let anyError = false
    let allNotApplicable = true
    let allDeclared = true
    for (const childIndex of node.children) {
      const child = this.states[childIndex]!
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
        if (!Number.isNaN(scaledTotal)) scaledTotal += this.cache.scaled(value) ?? Number.NaN
      } else present.push({ code: child.node.code, value, weight: child.node.weight, max })
    }
    const presentCount = isSum ? terms.length : present.length
    // The applicable maximum: Σ of the present children's maxima (null if one has none).
    let maxSum: Dec | null = null
    if (additive && presentCount > 0) {
      if (allDeclared) maxSum = this.childMaxSum(state)
      else {
        maxSum = this.cache.zero
        for (const childIndex of node.children) {
          const childColumn = this.states[childIndex]!.final
          if (childColumn.status[unit] !== 'ok') continue
          const max = childColumn.maxes[unit] ?? null
          maxSum = maxSum === null || max === null ? null : maxSum.plus(max)
        }
      }
    }

    let result: Dec | null = null
    let status: Status = 'ok'
    if (anyError) status = 'error'
    else if (presentCount === 0) status = allNotApplicable ? 'na' : 'missing'
    else if (isSum) {
      result = Number.isNaN(scaledTotal)
        ? terms.reduce((total, value) => total.plus(value), this.cache.zero)
        : this.cache.unscaled(scaledTotal)
    } else {
      const timed = this.timed[node.index]!.unit
      const started = timed ? clock() : 0
      try {
        const raw = aggregate.def.aggregate({
          children: present,
          options: aggregate.options,
          node: node.info,
          dec,
          report: (code, message, severity = 'warning') => this.report(state, unit, code, severity, message),
        })
        result = raw === null ? null : (toDec(raw) ?? null)
        if (result === null) {
          status = 'error'
          if (raw !== null) {
            this.report(
              state,
              unit,
              DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
              'error',
              `aggregator ${aggregate.def.id} returned ${describe(raw)}`,
            )
          }
        }
      } catch (error) {
        status = 'error'
        this.report(
          state,
          unit,
          DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
          'error',
          `aggregator ${aggregate.def.id} failed: ${describe(error)}`,
        )
      }
      const took = timed ? clock() - started : 0
      if (took > this.pluginCallMs && status !== 'error') {
        status = 'error'
        result = null
        const message = overBudgetMessage(`aggregator ${aggregate.def.id}`, took, this.pluginCallMs)
        this.report(state, unit, DIAGNOSTIC_CODES.PLUGIN_TIMEOUT, 'error', message)
      }
    }

    if (status === 'ok' && result !== null && additive) {
      const declared = node.declaredMax
      // The declared maximum itself when the sum equals it: the same value, and its strings are cached.
      const max =
        maxSum === null
          ? null
          : declared !== null && (maxSum.gt(declared) || maxSum.eq(declared))
            ? declared
            : maxSum
      if (max !== null && result.gt(max)) {
        this.report(
          state,
          unit,
          DIAGNOSTIC_CODES.CAPPED_AT_MAX,
          'info',
          `children earned ${toDecimalString(result)} points; capped at the maximum ${toDecimalString(max)}`,
        )
        this.addStep(column, unit, 'cap', 'max', result, max)
        result = max
      }
      column.maxes[unit] = max
    }
    column.status[unit] = status
    column.values[unit] = status === 'ok' ? result : null
    if (this.trace) {
      column.traces[unit] = {
        kind: 'aggregate',
        aggregator: aggregate.def.id,
        options: aggregate.traceOptions,
        children: node.children.map((childIndex) => {
          const child = this.states[childIndex]!
          const childStatus = child.final.status[unit]!
          const value = child.final.values[unit] ?? null
          const max = child.final.maxes[unit] ?? null
          return {
            node: child.node.code,
            value: value === null ? null : this.cache.str(value),
            max: max === null ? null : this.cache.str(max),
            weight: toDecimalString(child.node.weight),
            status: childStatus === 'ok' ? ('used' as const) : childStatus,
          }
        }),
        result: result === null ? null : toDecimalString(result),
      }
    }
  }

  /**
   * The first evaluation of a `chiso/sum` node without traces, a column at once, for the common cell: every
   * child present with its declared maximum, every value a small exact count of millionths, and the sum within
   * the maximum. Every other cell takes the general path (fresh columns need no reset).
   */
  private evaluateSumColumn(state: NodeState): void {
    const node = state.node
    const children = node.children.map((index) => this.states[index]!)
    const childStatus = children.map((child) => child.final.status)
    const childValues = children.map((child) => child.final.values)
    const childMaxes = children.map((child) => child.final.maxes)
    const declaredMaxes = children.map((child) => child.node.declaredMax)
    const declared = node.declaredMax
    const maxSum = this.childMaxSum(state)
    // The same maximum the general path takes when every child is present.
    const max =
      maxSum === null
        ? null
        : declared !== null && (maxSum.gt(declared) || maxSum.eq(declared))
          ? declared
          : maxSum
    const maxScaled = max === null ? undefined : this.cache.scaled(max)
    const { values, maxes, status } = state.pre
    const count = children.length
    for (let unit = 0; unit < values.length; unit++) {
      let total = count <= MAX_SCALED_TERMS && maxScaled !== undefined ? 0 : Number.NaN
      for (let c = 0; c < count && !Number.isNaN(total); c++) {
        if (childStatus[c]![unit] !== 'ok' || childMaxes[c]![unit] !== declaredMaxes[c]) total = Number.NaN
        else total += this.cache.scaled(childValues[c]![unit]!) ?? Number.NaN
      }
      if (Number.isNaN(total) || total > maxScaled!) {
        this.evaluateUnit(state, unit)
        continue
      }
      values[unit] = this.cache.unscaled(total)
      maxes[unit] = max
      status[unit] = 'ok'
    }
  }

  /** Σ of the children's declared maxima, added in the same order as the general path adds them. */
  private childMaxSum(state: NodeState): Dec | null {
    const cached = this.declaredSums.get(state.node.index)
    if (cached !== undefined) return cached
    let total: Dec | null = this.cache.zero
    for (const childIndex of state.node.children) {
      const max = this.tree.nodes[childIndex]!.declaredMax
      total = total === null || max === null ? null : total.plus(max)
    }
    this.declaredSums.set(state.node.index, total)
    return total
  }

  // ---- the cohort step: a normaliser over all units, then rounding ----

  private evaluateCohort(state: NodeState): void {
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
      state.cohortDiagnostics.push(this.diagnostic(node, unit, code, severity, message))
    const inputs = column.values.map((value, unit) => (column.status[unit] === 'ok' ? value : null))
    let output: ReadonlyArray<unknown> | undefined
    const fail = (message: string, code: string = DIAGNOSTIC_CODES.NORMALISER_FAILED) => {
      cohortReport(code, 'error', `normaliser ${normalise.def.id} ${message}`)
      for (let unit = 0; unit < size; unit++) {
        if (column.status[unit] === 'ok') {
          column.status[unit] = 'error'
          column.values[unit] = null
        }
      }
    }
    const timed = this.timed[node.index]!.cohort
    const started = timed ? clock() : 0
    try {
      output = normalise.def.normalise({
        values: inputs,
        options: normalise.options,
        node: node.info,
        dec,
        report: (code, message, severity = 'warning', unit) => cohortReport(code, severity, message, unit),
      })
    } catch (error) {
      fail(`failed: ${describe(error)}`)
      output = undefined
    }
    const took = timed ? clock() - started : 0
    if (output !== undefined && took > this.pluginCallMs) {
      fail(overBudgetMessage('', took, this.pluginCallMs).trimStart(), DIAGNOSTIC_CODES.PLUGIN_TIMEOUT)
      output = undefined
    }
    if (output !== undefined && (!Array.isArray(output) || output.length !== size)) {
      fail(
        `returned ${Array.isArray(output) ? `${output.length} values for ${size} units` : describe(output)}`,
      )
      output = undefined
    }
    if (output !== undefined) {
      for (let unit = 0; unit < size; unit++) {
        if (column.status[unit] !== 'ok') continue
        const to = output[unit] === null ? undefined : toDec(output[unit])
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
        this.addStep(column, unit, 'normalise', normalise.def.id, from, to)
        column.values[unit] = to
        // A normalised value is no longer points: it has no maximum.
        column.maxes[unit] = null
      }
    }
    if (node.round) for (let unit = 0; unit < size; unit++) this.roundUnit(state, unit)
  }

  private roundUnit(state: NodeState, unit: number): void {
    const { decimals, mode } = state.node.round!
    const column = state.final
    const value = column.values[unit]
    if (column.status[unit] !== 'ok' || value === null || value === undefined) return
    const rounded = roundDecimal(value, decimals, mode)
    if (this.trace && !rounded.eq(value)) {
      this.addStep(column, unit, 'round', `${decimals} decimals, ${mode}`, value, rounded)
    }
    column.values[unit] = rounded
  }

  // ---- the scorecard ----

  private nodesOf(unit: number): Record<string, NodeResult> {
    const cached = this.unitNodes[unit]
    if (cached) return cached
    const nodes: Record<string, NodeResult> = {}
    const cache = this.cache
    for (const node of this.order) {
      const column = this.states[node.index]!.final
      const value = column.values[unit] ?? null
      const max = column.maxes[unit] ?? null
      const status = column.status[unit]!
      const trace = column.traces[unit]
      const steps = column.steps[unit]
      const score = value === null ? null : cache.str(value)
      const maxText = max === null ? null : cache.str(max)
      // Without a maximum the index is the value itself: reuse its string.
      const index = status !== 'ok' ? null : max === null ? score : cache.indexString(value, max)
      nodes[node.code] =
        trace === undefined && steps === undefined
          ? { status, score, max: maxText, index }
          : {
              status,
              score,
              max: maxText,
              index,
              ...(trace ? { trace } : {}),
              ...(steps ? { steps } : {}),
            }
    }
    this.unitNodes[unit] = nodes
    return nodes
  }

  /**
   * Every unit's node results at once, node by node (a full evaluation): each column's arrays, maximum and
   * caches are looked up once instead of once per cell. Keys are added in the same (tree) order as nodesOf.
   */
  private buildAllNodes(): void {
    const size = this.unitNodes.length
    const records: Array<Record<string, NodeResult>> = []
    for (let unit = 0; unit < size; unit++) records.push({})
    const cache = this.cache
    for (const node of this.order) {
      const { values, maxes, status, traces, steps } = this.states[node.index]!.final
      const declared = node.declaredMax
      const declaredText = declared === null ? null : cache.str(declared)
      const code = node.code
      for (let unit = 0; unit < size; unit++) {
        const value = values[unit] ?? null
        const max = maxes[unit] ?? null
        const state = status[unit]!
        const score = value === null ? null : cache.str(value)
        const maxText = max === null ? null : max === declared ? declaredText : cache.str(max)
        const index = state !== 'ok' ? null : max === null ? score : cache.indexString(value, max)
        const trace = traces[unit]
        const unitSteps = steps[unit]
        records[unit]![code] =
          trace === undefined && unitSteps === undefined
            ? { status: state, score, max: maxText, index }
            : {
                status: state,
                score,
                max: maxText,
                index,
                ...(trace ? { trace } : {}),
                ...(unitSteps ? { steps: unitSteps } : {}),
              }
      }
    }
    for (let unit = 0; unit < size; unit++) this.unitNodes[unit] = records[unit]
  }

  private headOf(unit: number): UnitHead {
    const cached = this.heads[unit]
    if (cached) return cached
    const { methodology } = this
    const root = this.states[this.tree.root.index]!.final
    const scale = methodology.result.type === 'composite' ? dec(methodology.result.scale) : null
    const rootValue = root.status[unit] === 'ok' ? (root.values[unit] ?? null) : null
    const score = rootValue === null ? null : scale === null ? rootValue : rootValue.times(scale)
    const max = scale === null ? (root.maxes[unit] ?? null) : null
    const index = score === null ? null : scale === null ? nodeIndexOf(score, max) : score
    let unranked: Diagnostic | undefined
    if (index === null) {
      const status = root.status[unit]
      unranked = {
        code: DIAGNOSTIC_CODES.UNRANKED,
        severity: 'warning',
        unit: this.dataset.units[unit]!.code,
        message:
          status === 'na'
            ? 'nothing in the methodology applies to this unit; it is not ranked'
            : status === 'missing'
              ? 'the unit has no data; it is not ranked'
              : 'the unit has errors (see its other diagnostics); it is not ranked',
      }
    }
    const { decimals, mode } = methodology.display
    const display = index === null ? null : formatFixed(index, decimals, mode)
    const key =
      index === null ? null : methodology.ranking.on === 'display' ? dec(display!) : rankingKeyOf(index)
    const head = { score, max, index, display, key, unranked }
    this.heads[unit] = head
    return head
  }

  private buildScorecard(): Scorecard {
    const { methodology, dataset } = this
    const { ranking, bands } = methodology
    const size = dataset.units.length
    const heads = dataset.units.map((_, unit) => this.headOf(unit))
    if (size > 0 && this.unitNodes.every((nodes) => nodes === undefined)) this.buildAllNodes()
    const breakerStates = ranking.tieBreakers.map(
      (breaker) => this.states[this.tree.byCode.get(breaker.node)!.index]!.final,
    )
    const orders = ranking.tieBreakers.map((breaker) => breaker.order)
    const entries = dataset.units.map((unit, u) => ({
      code: unit.code,
      key: heads[u]!.key,
      breakers: breakerStates.map((column) => {
        const index =
          column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null
        return index === null ? null : rankingKeyOf(index)
      }),
    }))
    const overall = rankUnits(entries, ranking.method, orders)
    const hasGroups = dataset.units.some((unit) => unit.group !== undefined)
    const groupRanks: Array<number | null> = new Array<number | null>(size).fill(null)
    if (hasGroups) {
      const groups = new Map<string, number[]>()
      dataset.units.forEach((unit, index) => {
        const group = unit.group ?? ''
        const members = groups.get(group)
        if (members) members.push(index)
        else groups.set(group, [index])
      })
      for (const members of groups.values()) {
        const ranks = rankUnits(
          members.map((index) => entries[index]!),
          ranking.method,
          orders,
        )
        members.forEach((index, position) => {
          groupRanks[index] = ranks[position] ?? null
        })
      }
    }

    const noBand: Diagnostic[] = []
    const cache = this.cache
    const units: UnitResult[] = dataset.units.map((unit, u) => {
      const head = heads[u]!
      let band: string | null = null
      if (bands.length > 0 && head.key !== null) {
        band = bandOf(head.key, bands)
        if (band === null) {
          noBand.push({
            code: DIAGNOSTIC_CODES.NO_BAND,
            severity: 'info',
            unit: unit.code,
            message: `index ${head.display} is below every band's threshold`,
          })
        }
      }
      // Keys in the order earlier versions wrote them (groupRank last): the JSON stays byte-identical.
      const result: UnitResult = {
        unit: unit.code,
        ...(unit.name === undefined ? {} : { name: unit.name }),
        ...(unit.group === undefined ? {} : { group: unit.group }),
        score: head.score === null ? null : cache.str(head.score),
        max: head.max === null ? null : cache.str(head.max),
        index: head.index === null ? null : cache.str(head.index),
        indexDisplay: head.display,
        rank: ranking.within === 'group' ? groupRanks[u]! : overall[u]!,
        band,
        nodes: this.nodesOf(u),
      }
      if (hasGroups) result.groupRank = groupRanks[u]!
      return result
    })

    const diagnostics: Diagnostic[] = [...this.observationDiagnostics]
    for (const bySlot of this.slotDiagnostics.values())
      for (const found of bySlot.values()) diagnostics.push(...found)
    for (const state of this.states) {
      for (const found of state.unitDiagnostics) if (found) diagnostics.push(...found)
      diagnostics.push(...state.cohortDiagnostics)
    }
    for (const head of heads) if (head!.unranked) diagnostics.push(head!.unranked)
    diagnostics.push(...noBand)
    return {
      methodology: { id: methodology.id, version: methodology.version, fingerprint: this.fingerprint },
      units: sortUnits(units, ranking.within === 'group'),
      diagnostics: sortDiagnostics(diagnostics),
    }
  }
}

/** A fresh column; without traces nothing is ever recorded in `traces` and `steps`, so they stay empty. */
function newColumn(size: number, trace: boolean): Column {
  return {
    values: new Array<Dec | null>(size).fill(null),
    maxes: new Array<Dec | null>(size).fill(null),
    status: new Array<Status>(size).fill('ok'),
    traces: trace ? new Array<NodeTrace | undefined>(size).fill(undefined) : [],
    steps: trace ? new Array<Step[] | undefined>(size).fill(undefined) : [],
  }
}

function copyColumn(column: Column): Column {
  return {
    values: column.values.slice(),
    maxes: column.maxes.slice(),
    status: column.status.slice(),
    traces: column.traces.slice(),
    steps: column.steps.slice(),
  }
}

function copyState(state: NodeState): NodeState {
  const pre = copyColumn(state.pre)
  return {
    node: state.node,
    pre,
    final: state.final === state.pre ? pre : copyColumn(state.final),
    unitDiagnostics: state.unitDiagnostics.slice(),
    cohortDiagnostics: state.cohortDiagnostics,
    slots: state.slots?.slice(),
  }
}

function leafTraceOf(
  rule: NonNullable<CompiledNode['rule']>,
  inputs: Record<string, string | boolean> | undefined,
  sources: Record<string, string> | undefined,
  result: Dec | null,
  note?: string,
): NodeTrace {
  return {
    kind: 'leaf',
    rule: rule.def.id,
    options: rule.traceOptions,
    inputs: inputs ?? {},
    sources: sources ?? {},
    result: result === null ? null : toDecimalString(result),
    ...(note === undefined ? {} : { note }),
  }
}

function toDec(raw: unknown): Dec | undefined {
  let value: Dec | undefined
  if (raw instanceof Dec) value = raw
  else if (Decimal.isDecimal(raw)) value = dec((raw as Decimal).toString())
  else if (typeof raw === 'string' && isDecimalString(raw.trim())) value = dec(raw.trim())
  return value?.isFinite() ? value : undefined
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return `the number ${String(value)}`
  return String(value)
}

/** Tree pre-order (parents before children), the order nodes appear in a scorecard. */
function preorder(tree: CompiledTree): CompiledNode[] {
  const out: CompiledNode[] = []
  const visit = (node: CompiledNode) => {
    if (node !== tree.root) out.push(node)
    for (const child of node.children) visit(tree.nodes[child]!)
  }
  visit(tree.root)
  return out
}

function sortUnits(units: UnitResult[], byGroup: boolean): UnitResult[] {
  const compare = (a: string | undefined, b: string | undefined) =>
    (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
  return units.sort(
    (a, b) =>
      (byGroup ? compare(a.group, b.group) : 0) ||
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      compare(a.unit, b.unit),
  )
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => [d.unit ?? '', d.node ?? '', d.code, d.message, d.origin?.row ?? 0] as const
  return diagnostics
    .map((diagnostic, position) => ({ diagnostic, position, key: key(diagnostic) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const x = a.key[i]!
        const y = b.key[i]!
        if (x < y) return -1
        if (x > y) return 1
      }
      return a.position - b.position
    })
    .map((entry) => entry.diagnostic)
}
