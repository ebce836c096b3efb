import { Decimal } from 'decimal.js'
import { Dec, dec, isDecimalString, toDecimalString } from '../decimal/decimal.js'
import { formatFixed, roundDecimal } from '../decimal/round.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { AggregatorChild, RuleInputValue, Severity } from '../plugin/contract.js'
import { type Dataset, NOT_APPLICABLE, type Observation, type Origin } from '../schema/dataset.js'
import type { Methodology } from '../schema/methodology.js'
import type { Diagnostic, NodeResult, NodeTrace, Scorecard, UnitResult } from '../schema/scorecard.js'
import { bandOf } from './bands.js'
import type { CompiledTree } from './compile.js'
import type { CompiledNode } from './compiled-node.js'
import { DecimalCache, nodeIndexOf } from './decimal-cache.js'
import { indexObservations, type SlotDiagnostics } from './observations.js'
import { rankUnits } from './rank.js'

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

  private constructor(
    private readonly methodology: Methodology,
    private readonly tree: CompiledTree,
    private readonly fingerprint: string,
    private readonly dataset: Dataset,
    private readonly trace: boolean,
    private readonly cache: DecimalCache,
    init: Evaluation | undefined,
  ) {
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
      const final = newColumn(size)
      return {
        node,
        final,
        pre: node.normalise ? newColumn(size) : final,
        unitDiagnostics: new Array<Diagnostic[] | undefined>(size).fill(undefined),
        cohortDiagnostics: [],
        slots: observed.get(node.index)?.slots.slice(),
      }
    })
    this.unitNodes = new Array<Record<string, NodeResult> | undefined>(size).fill(undefined)
    this.heads = new Array<UnitHead | undefined>(size).fill(undefined)
    for (const state of this.states) {
      for (let unit = 0; unit < size; unit++) this.evaluateUnit(state, unit)
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
  ): Evaluation {
    const cache = new DecimalCache(tree.nodes.map((node) => node.declaredMax))
    return new Evaluation(methodology, tree, fingerprint, dataset, trace, cache, undefined)
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
    column.traces[unit] = undefined
    column.steps[unit] = undefined
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

  /** Records a step (normalise, round, cap, clamp) in the unit's trace; nothing when traces are off. */
  private addStep(column: Column, unit: number, step: Step): void {
    if (!this.trace) return
    const steps = column.steps[unit]
    if (steps) steps.push(step)
    else column.steps[unit] = [step]
  }

  private evaluateLeaf(state: NodeState, unit: number): void {
    const node = state.node
    const rule = node.rule!
    const column = state.pre
    const fields = this.fieldNames[node.index]!
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
        this.addStep(column, unit, {
          step: 'clamp',
          by: 'bounds',
          from: toDecimalString(value),
          to: toDecimalString(clamped),
        })
        points = clamped
      }
      column.maxes[unit] = max
    }
    column.values[unit] = points
    if (traceInputs) column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, value)
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
    const present: AggregatorChild[] = []
    let anyError = false
    let allNotApplicable = true
    let maxSum: Dec | null = this.cache.zero
    for (const childIndex of node.children) {
      const child = this.states[childIndex]!
      const childColumn = child.final
      const status = childColumn.status[unit]!
      if (status === 'error') anyError = true
      if (status !== 'na') allNotApplicable = false
      if (status !== 'ok') continue
      const max = childColumn.maxes[unit] ?? null
      present.push({
        code: child.node.code,
        value: childColumn.values[unit]!,
        weight: child.node.weight,
        max,
      })
      maxSum = maxSum === null || max === null ? null : maxSum.plus(max)
    }

    let result: Dec | null = null
    let status: Status = 'ok'
    if (anyError) status = 'error'
    else if (present.length === 0) status = allNotApplicable ? 'na' : 'missing'
    else {
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
        this.addStep(column, unit, {
          step: 'cap',
          by: 'max',
          from: toDecimalString(result),
          to: toDecimalString(max),
        })
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
    const fail = (message: string) => {
      cohortReport(DIAGNOSTIC_CODES.NORMALISER_FAILED, 'error', `normaliser ${normalise.def.id} ${message}`)
      for (let unit = 0; unit < size; unit++) {
        if (column.status[unit] === 'ok') {
          column.status[unit] = 'error'
          column.values[unit] = null
        }
      }
    }
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
        this.addStep(column, unit, {
          step: 'normalise',
          by: normalise.def.id,
          from: toDecimalString(from),
          to: toDecimalString(to),
        })
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
    if (!rounded.eq(value)) {
      this.addStep(column, unit, {
        step: 'round',
        by: `${decimals} decimals, ${mode}`,
        from: toDecimalString(value),
        to: toDecimalString(rounded),
      })
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
      nodes[node.code] = {
        status,
        score: value === null ? null : cache.str(value),
        max: max === null ? null : cache.str(max),
        index: status === 'ok' ? cache.indexString(value, max) : null,
        ...(trace ? { trace } : {}),
        ...(steps ? { steps } : {}),
      }
    }
    this.unitNodes[unit] = nodes
    return nodes
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
    const key = index === null ? null : methodology.ranking.on === 'display' ? dec(display!) : index
    const head = { score, max, index, display, key, unranked }
    this.heads[unit] = head
    return head
  }

  private buildScorecard(): Scorecard {
    const { methodology, dataset } = this
    const { ranking, bands } = methodology
    const size = dataset.units.length
    const heads = dataset.units.map((_, unit) => this.headOf(unit))
    const breakerStates = ranking.tieBreakers.map(
      (breaker) => this.states[this.tree.byCode.get(breaker.node)!.index]!.final,
    )
    const orders = ranking.tieBreakers.map((breaker) => breaker.order)
    const entries = dataset.units.map((unit, u) => ({
      code: unit.code,
      key: heads[u]!.key,
      breakers: breakerStates.map((column) =>
        column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null,
      ),
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

function newColumn(size: number): Column {
  return {
    values: new Array<Dec | null>(size).fill(null),
    maxes: new Array<Dec | null>(size).fill(null),
    status: new Array<Status>(size).fill('ok'),
    traces: new Array<NodeTrace | undefined>(size).fill(undefined),
    steps: new Array<Step[] | undefined>(size).fill(undefined),
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
