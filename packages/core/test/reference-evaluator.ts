// The straightforward evaluator chiso 0.1 shipped: one pass, a record per node per unit, no caches. It is kept
// only as the reference the optimised, incremental `Evaluation` is tested against (evaluate.prop.test.ts) and
// measured against (bench/engine.bench.ts); the package does not ship it.
import { Decimal } from 'decimal.js'
import { Dec, dec, isDecimalString, toDecimalString } from '../src/decimal/decimal.js'
import { formatFixed, roundDecimal } from '../src/decimal/round.js'
import { bandOf } from '../src/engine/bands.js'
import { indexObservations, type ObservationIndex, type SlotDiagnostics } from '../src/engine/observations.js'
import { rankUnits } from '../src/engine/rank.js'
import { rankingKeyOf } from '../src/engine/ranking-key.js'
import { DIAGNOSTIC_CODES } from '../src/errors/codes.js'
import type { CompiledNode, CompiledModel as CompiledTree } from '../src/model/compiled-model.js'
import type { AggregatorChild, RuleInputValue, Severity } from '../src/plugin/contract.js'
import { type Dataset, NOT_APPLICABLE, type Origin } from '../src/schema/dataset.js'
import type { Methodology } from '../src/schema/methodology.js'
import type { Diagnostic, NodeResult, NodeTrace, Scorecard, UnitResult } from '../src/schema/scorecard.js'

type Status = NodeResult['status']
type Step = NonNullable<NodeResult['steps']>[number]

/** One node's values over all units: the column the engine evaluates at once. */
interface Column {
  readonly values: Array<Dec | null>
  readonly maxes: Array<Dec | null>
  readonly status: Status[]
  readonly traces: Array<NodeTrace | undefined>
  readonly steps: Array<Step[] | undefined>
}

interface Context {
  readonly tree: CompiledTree
  readonly dataset: Dataset
  readonly observations: ObservationIndex
  readonly diagnostics: Diagnostic[]
  readonly trace: boolean
  readonly columns: Column[]
}

/**
 * Evaluates a parsed dataset under a compiled tree, node by node over all units (children before parents),
 * then ranks and bands the units. Data problems become diagnostics; nothing here throws on bad data.
 */
export function evaluateTreeReference(
  methodology: Methodology,
  tree: CompiledTree,
  fingerprint: string,
  dataset: Dataset,
  trace: boolean,
): Scorecard {
  const diagnostics: Diagnostic[] = []
  const unitIndex = new Map(dataset.units.map((unit, index) => [unit.code, index]))
  const slotDiagnostics: SlotDiagnostics = new Map()
  const observations = indexObservations(dataset, tree, unitIndex, diagnostics, slotDiagnostics)
  for (const bySlot of slotDiagnostics.values())
    for (const found of bySlot.values()) diagnostics.push(...found)
  const context: Context = { tree, dataset, observations, diagnostics, trace, columns: [] }
  for (const node of tree.nodes) {
    const column = node.rule ? evaluateLeaf(context, node) : evaluateAggregate(context, node)
    if (node.normalise) normaliseColumn(context, node, column)
    if (node.round) roundColumn(context, node, column)
    context.columns.push(column)
  }
  const units = buildUnitResults(methodology, context)
  rankAndBand(methodology, context, units)
  return {
    methodology: { id: methodology.id, version: methodology.version, fingerprint },
    units: sortUnits(units, methodology.ranking.within === 'group'),
    diagnostics: sortDiagnostics(diagnostics),
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

/** Records a step (normalise, round, cap, clamp) in the unit's trace; nothing when traces are off. */
function addStep(context: Context, column: Column, unit: number, step: Step): void {
  if (!context.trace) return
  const steps = column.steps[unit]
  if (steps) steps.push(step)
  else column.steps[unit] = [step]
}

function report(
  context: Context,
  code: string,
  severity: Severity,
  message: string,
  unit: number | undefined,
  node: CompiledNode,
  origin?: Origin,
): void {
  const unitCode = unit === undefined ? undefined : context.dataset.units[unit]?.code
  context.diagnostics.push({
    code,
    severity,
    ...(unitCode === undefined ? {} : { unit: unitCode }),
    node: node.code,
    message,
    ...(origin ? { origin } : {}),
  })
}

function evaluateLeaf(context: Context, node: CompiledNode): Column {
  const rule = node.rule!
  const size = context.dataset.units.length
  const column = newColumn(size)
  const observed = context.observations.get(node.index)
  // The same field order the observation index was built with.
  const fieldEntries = Object.entries(rule.fields)

  for (let unit = 0; unit < size; unit++) {
    const base = unit * fieldEntries.length
    const input: Record<string, RuleInputValue> = {}
    // Trace records are built only when asked for: they dominate memory on large datasets.
    const traceInputs: Record<string, string | boolean> | undefined = context.trace ? {} : undefined
    const traceSources: Record<string, string> | undefined = context.trace ? {} : undefined
    let notApplicable = false
    let missingField: string | undefined
    let origin: Origin | undefined
    for (let field = 0; field < fieldEntries.length; field++) {
      const [name, spec] = fieldEntries[field]!
      const observation = observed?.slots[base + field]
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
      const coerced = coerce(observation.value, spec.kind)
      if (coerced === undefined) {
        report(
          context,
          DIAGNOSTIC_CODES.INPUT_TYPE,
          'error',
          `field "${name}" expects ${spec.kind === 'boolean' ? 'yes/no (true, false, 1 or 0)' : 'a decimal'}, got ${JSON.stringify(observation.value)}; treated as missing`,
          unit,
          node,
          observation.origin,
        )
        if (!spec.optional) missingField ??= name
        continue
      }
      input[name] = coerced
      if (traceInputs) traceInputs[name] = typeof coerced === 'boolean' ? coerced : toDecimalString(coerced)
    }

    if (notApplicable) {
      column.status[unit] = 'na'
      if (context.trace)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'not applicable')
      continue
    }
    if (missingField !== undefined) {
      applyMissingPolicy(context, node, column, unit, missingField, origin)
      if (context.trace)
        column.traces[unit] = leafTraceOf(
          rule,
          traceInputs,
          traceSources,
          column.values[unit] ?? null,
          `missing "${missingField}": ${node.missing}`,
        )
      continue
    }

    let raw: unknown
    try {
      raw = rule.def.score({
        input,
        options: rule.options,
        node: node.info,
        dec,
        report: (code, message, severity = 'warning') =>
          report(context, code, severity, message, unit, node, origin),
      })
    } catch (error) {
      column.status[unit] = 'error'
      report(
        context,
        DIAGNOSTIC_CODES.RULE_FAILED,
        'error',
        `rule ${rule.def.id} failed: ${describe(error)}`,
        unit,
        node,
        origin,
      )
      if (context.trace)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'rule failed')
      continue
    }
    if (raw === NOT_APPLICABLE) {
      column.status[unit] = 'na'
      if (context.trace)
        column.traces[unit] = leafTraceOf(
          rule,
          traceInputs,
          traceSources,
          null,
          `not applicable (decided by ${rule.def.id})`,
        )
      continue
    }
    const value = toDec(raw)
    if (value === undefined) {
      column.status[unit] = 'error'
      report(
        context,
        DIAGNOSTIC_CODES.RULE_NOT_DECIMAL,
        'error',
        `rule ${rule.def.id} returned ${describe(raw)}, not a finite decimal`,
        unit,
        node,
        origin,
      )
      if (context.trace)
        column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, null, 'rule returned no decimal')
      continue
    }
    let points = value
    if (rule.producesPoints) {
      const max = node.declaredMax
      const clamped = value.isNegative() ? dec(0) : max !== null && value.gt(max) ? max : value
      if (!clamped.eq(value)) {
        report(
          context,
          DIAGNOSTIC_CODES.RULE_OUT_OF_BOUNDS,
          'error',
          `rule ${rule.def.id} gave ${toDecimalString(value)} points, outside [0, ${max === null ? '∞' : toDecimalString(max)}]; clamped to ${toDecimalString(clamped)}`,
          unit,
          node,
          origin,
        )
        addStep(context, column, unit, {
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
    if (context.trace) column.traces[unit] = leafTraceOf(rule, traceInputs, traceSources, value)
  }
  return column
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

function applyMissingPolicy(
  context: Context,
  node: CompiledNode,
  column: Column,
  unit: number,
  field: string,
  origin: Origin | undefined,
): void {
  const what = field === 'value' ? 'no value' : `no value for field "${field}"`
  switch (node.missing) {
    case 'zero':
      column.values[unit] = dec(0)
      column.maxes[unit] = node.rule?.producesPoints ? node.declaredMax : null
      report(context, DIAGNOSTIC_CODES.MISSING_ZERO, 'warning', `${what}; counted as 0`, unit, node, origin)
      return
    case 'skip':
      column.status[unit] = 'missing'
      report(
        context,
        DIAGNOSTIC_CODES.MISSING_SKIPPED,
        'warning',
        `${what}; left out (its weight and maximum are removed from its parent)`,
        unit,
        node,
        origin,
      )
      return
    case 'error':
      column.status[unit] = 'error'
      report(
        context,
        DIAGNOSTIC_CODES.MISSING_VALUE,
        'error',
        `${what}; the unit cannot be scored`,
        unit,
        node,
        origin,
      )
      return
  }
}

function coerce(value: string | boolean, kind: 'decimal' | 'boolean'): RuleInputValue | undefined {
  if (kind === 'decimal') return typeof value === 'string' ? dec(value) : undefined
  if (typeof value === 'boolean') return value
  const number = dec(value)
  if (number.eq(1)) return true
  if (number.isZero()) return false
  return undefined
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

function evaluateAggregate(context: Context, node: CompiledNode): Column {
  const aggregate = node.aggregate!
  const size = context.dataset.units.length
  const column = newColumn(size)
  const children = node.children.map((index) => ({
    node: context.tree.nodes[index]!,
    column: context.columns[index]!,
  }))
  const additive = aggregate.def.meta.additive === true

  for (let unit = 0; unit < size; unit++) {
    const present: AggregatorChild[] = []
    let anyError = false
    let allNotApplicable = true
    let maxSum: Dec | null = dec(0)
    for (const child of children) {
      const status = child.column.status[unit]!
      if (status === 'error') anyError = true
      if (status !== 'na') allNotApplicable = false
      if (status !== 'ok') continue
      const max = child.column.maxes[unit] ?? null
      present.push({
        code: child.node.code,
        value: child.column.values[unit]!,
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
          report: (code, message, severity = 'warning') =>
            report(context, code, severity, message, unit, node),
        })
        result = raw === null ? null : (toDec(raw) ?? null)
        if (result === null) {
          status = 'error'
          if (raw !== null) {
            report(
              context,
              DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
              'error',
              `aggregator ${aggregate.def.id} returned ${describe(raw)}`,
              unit,
              node,
            )
          }
        }
      } catch (error) {
        status = 'error'
        report(
          context,
          DIAGNOSTIC_CODES.AGGREGATOR_FAILED,
          'error',
          `aggregator ${aggregate.def.id} failed: ${describe(error)}`,
          unit,
          node,
        )
      }
    }

    if (status === 'ok' && result !== null && additive) {
      const declared = node.declaredMax
      const max = maxSum === null ? null : declared !== null && maxSum.gt(declared) ? declared : maxSum
      if (max !== null && result.gt(max)) {
        report(
          context,
          DIAGNOSTIC_CODES.CAPPED_AT_MAX,
          'info',
          `children earned ${toDecimalString(result)} points; capped at the maximum ${toDecimalString(max)}`,
          unit,
          node,
        )
        addStep(context, column, unit, {
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
    if (context.trace) {
      column.traces[unit] = {
        kind: 'aggregate',
        aggregator: aggregate.def.id,
        options: aggregate.traceOptions,
        children: children.map((child) => {
          const childStatus = child.column.status[unit]!
          const value = child.column.values[unit] ?? null
          const max = child.column.maxes[unit] ?? null
          return {
            node: child.node.code,
            value: value === null ? null : toDecimalString(value),
            max: max === null ? null : toDecimalString(max),
            weight: toDecimalString(child.node.weight),
            status: childStatus === 'ok' ? ('used' as const) : childStatus,
          }
        }),
        result: result === null ? null : toDecimalString(result),
      }
    }
  }
  return column
}

function normaliseColumn(context: Context, node: CompiledNode, column: Column): void {
  const normalise = node.normalise!
  const size = column.values.length
  const inputs = column.values.map((value, unit) => (column.status[unit] === 'ok' ? value : null))
  let output: ReadonlyArray<unknown>
  const fail = (message: string) => {
    report(
      context,
      DIAGNOSTIC_CODES.NORMALISER_FAILED,
      'error',
      `normaliser ${normalise.def.id} ${message}`,
      undefined,
      node,
    )
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
      report: (code, message, severity = 'warning', unit) =>
        report(context, code, severity, message, unit, node),
    })
  } catch (error) {
    fail(`failed: ${describe(error)}`)
    return
  }
  if (!Array.isArray(output) || output.length !== size) {
    fail(`returned ${Array.isArray(output) ? `${output.length} values for ${size} units` : describe(output)}`)
    return
  }
  for (let unit = 0; unit < size; unit++) {
    if (column.status[unit] !== 'ok') continue
    const to = output[unit] === null ? undefined : toDec(output[unit])
    const from = column.values[unit]!
    if (to === undefined) {
      column.status[unit] = 'error'
      column.values[unit] = null
      report(
        context,
        DIAGNOSTIC_CODES.NORMALISER_FAILED,
        'error',
        `normaliser ${normalise.def.id} gave no value`,
        unit,
        node,
      )
      continue
    }
    addStep(context, column, unit, {
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

function roundColumn(context: Context, node: CompiledNode, column: Column): void {
  const { decimals, mode } = node.round!
  for (let unit = 0; unit < column.values.length; unit++) {
    const value = column.values[unit]
    if (column.status[unit] !== 'ok' || value === null || value === undefined) continue
    const rounded = roundDecimal(value, decimals, mode)
    if (!rounded.eq(value)) {
      addStep(context, column, unit, {
        step: 'round',
        by: `${decimals} decimals, ${mode}`,
        from: toDecimalString(value),
        to: toDecimalString(rounded),
      })
    }
    column.values[unit] = rounded
  }
}

function nodeIndex(value: Dec | null, max: Dec | null): Dec | null {
  if (value === null) return null
  if (max === null) return value
  return max.isZero() ? null : value.div(max).times(100)
}

const str = (value: Dec | null | undefined): string | null =>
  value === null || value === undefined ? null : toDecimalString(value)

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

interface UnitWork {
  result: UnitResult
  key: Dec | null
  exactIndex: Dec | null
}

function buildUnitResults(methodology: Methodology, context: Context): UnitWork[] {
  const { tree, columns, dataset } = context
  const order = preorder(tree)
  const rootColumn = columns[tree.root.index]!
  const scale = methodology.result.type === 'composite' ? dec(methodology.result.scale) : null
  const { decimals, mode } = methodology.display
  return dataset.units.map((unit, u) => {
    const nodes: Record<string, NodeResult> = {}
    for (const node of order) {
      const column = columns[node.index]!
      const value = column.values[u] ?? null
      const max = column.maxes[u] ?? null
      const status = column.status[u]!
      const trace = column.traces[u]
      const steps = column.steps[u]
      nodes[node.code] = {
        status,
        score: str(value),
        max: str(max),
        index: status === 'ok' ? str(nodeIndex(value, max)) : null,
        ...(trace ? { trace } : {}),
        ...(steps ? { steps } : {}),
      }
    }
    const rootValue = rootColumn.status[u] === 'ok' ? (rootColumn.values[u] ?? null) : null
    const score = rootValue === null ? null : scale === null ? rootValue : rootValue.times(scale)
    const max = scale === null ? (rootColumn.maxes[u] ?? null) : null
    const index = score === null ? null : scale === null ? nodeIndex(score, max) : score
    if (index === null) {
      const status = rootColumn.status[u]
      context.diagnostics.push({
        code: DIAGNOSTIC_CODES.UNRANKED,
        severity: 'warning',
        unit: unit.code,
        message:
          status === 'na'
            ? 'nothing in the methodology applies to this unit; it is not ranked'
            : status === 'missing'
              ? 'the unit has no data; it is not ranked'
              : 'the unit has errors (see its other diagnostics); it is not ranked',
      })
    }
    const display = index === null ? null : formatFixed(index, decimals, mode)
    const key =
      index === null ? null : methodology.ranking.on === 'display' ? dec(display!) : rankingKeyOf(index)
    return {
      key,
      exactIndex: index,
      result: {
        unit: unit.code,
        ...(unit.name === undefined ? {} : { name: unit.name }),
        ...(unit.group === undefined ? {} : { group: unit.group }),
        score: str(score),
        max: str(max),
        index: str(index),
        indexDisplay: display,
        rank: null,
        band: null,
        nodes,
      },
    }
  })
}

function rankAndBand(methodology: Methodology, context: Context, units: UnitWork[]): void {
  const { ranking, bands } = methodology
  const breakerNodes = ranking.tieBreakers.map((breaker) => context.tree.byCode.get(breaker.node)!)
  const orders = ranking.tieBreakers.map((breaker) => breaker.order)
  const entries = units.map((unit) => ({
    code: unit.result.unit,
    key: unit.key,
    breakers: breakerNodes.map((node) => {
      const index = unit.result.nodes[node.code]?.index
      return index === null || index === undefined ? null : rankingKeyOf(dec(index))
    }),
  }))
  const overall = rankUnits(entries, ranking.method, orders)
  const hasGroups = units.some((unit) => unit.result.group !== undefined)
  const groupRanks: Array<number | null> = units.map(() => null)
  if (hasGroups) {
    const groups = new Map<string, number[]>()
    units.forEach((unit, index) => {
      const group = unit.result.group ?? ''
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
  units.forEach((unit, index) => {
    unit.result.rank = ranking.within === 'group' ? groupRanks[index]! : overall[index]!
    if (hasGroups) unit.result.groupRank = groupRanks[index]!
    if (bands.length > 0 && unit.key !== null) {
      unit.result.band = bandOf(unit.key, bands)
      if (unit.result.band === null) {
        context.diagnostics.push({
          code: DIAGNOSTIC_CODES.NO_BAND,
          severity: 'info',
          unit: unit.result.unit,
          message: `index ${unit.result.indexDisplay} is below every band's threshold`,
        })
      }
    }
  })
}

function sortUnits(units: UnitWork[], byGroup: boolean): UnitResult[] {
  const compare = (a: string | undefined, b: string | undefined) =>
    (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
  return units
    .map((unit) => unit.result)
    .sort(
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
