import { Dec, dec } from '../decimal/decimal.js'
import { keptExact, lazyExactDecimal } from '../decimal/lazy-decimal.js'
import { formatFixed } from '../decimal/round.js'
import { multiplyScaled, roundScaled } from '../decimal/scaled.js'
import { fixedScaled } from '../decimal/scaled-fixed.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel } from '../model/compiled-model.js'
import type { Diagnostic, NodeResult, Scorecard, UnitResult } from '../schema/scorecard.js'
import { bandOf } from './bands.js'
import type { Column } from './columns.js'
import { type DecimalCache, nodeIndexOf } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { rankUnits } from './rank.js'
import { RANKING_SIGNIFICANT_DIGITS, rankingKeyOf } from './ranking-key.js'
import type { ScorecardByUnit, UnitSummary } from './scorecard-by-unit.js'

/** The root's figures for one unit: what ranking reads and what its result shows. */
export interface UnitHead {
  readonly score: Dec | null
  readonly max: Dec | null
  readonly index: Dec | null
  readonly display: string | null
  readonly key: Dec | null
  readonly unranked: Diagnostic | undefined
}

/**
 * Per-unit results already built from the current columns; an incremental re-score clears the entries of the
 * units it changed (or all of them), and assembly rebuilds only those.
 */
export interface AssembledUnits {
  readonly nodes: Array<Record<string, NodeResult> | undefined>
  readonly heads: Array<UnitHead | undefined>
}

/**
 * Assembles the scorecard from the evaluated columns: each unit's node results, its index (points ÷ maximum ×
 * 100, or the composite × scale), display rounding, rank (overall and within groups), band, and every
 * diagnostic in a stable order.
 */
export function assembleScorecard(
  context: EvaluationContext,
  fingerprint: string,
  assembled: AssembledUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): Scorecard {
  const { dataset } = context
  if (dataset.units.length > 0 && assembled.nodes.every((nodes) => nodes === undefined))
    buildAllNodes(context, assembled)
  const ranked = rankedUnits(context, assembled, (u) => nodesOf(context, assembled, u))
  const units = ranked.units as UnitResult[]
  markNodes(context, units)
  return {
    methodology: {
      id: context.model.methodology.id,
      version: context.model.methodology.version,
      fingerprint,
    },
    units: sortUnits(units, ranked.byGroup),
    diagnostics: diagnosticsOf(context, ranked, dataDiagnostics),
  }
}

/**
 * Assembles the scorecard as {@link assembleScorecard} does, except that no unit's node results are built
 * here: `nodesOf(position)` builds those of one unit when asked (the records `assembleScorecard` would give,
 * keys in the same order) and keeps nothing. The reader holds the final columns, the decimal cache and the
 * cohort marks only, not the context: the dataset and its observations can be collected once the caller lets
 * go of them.
 */
export function assembleScorecardByUnit(
  context: EvaluationContext,
  fingerprint: string,
  assembled: AssembledUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): ScorecardByUnit {
  const ranked = rankedUnits(context, assembled, undefined)
  const order = sortUnitPositions(
    ranked.units,
    ranked.units.map((_, u) => u),
    ranked.byGroup,
  )
  const units: UnitSummary[] = []
  for (const u of order) units.push(ranked.units[u]!)
  return {
    methodology: {
      id: context.model.methodology.id,
      version: context.model.methodology.version,
      fingerprint,
    },
    units,
    diagnostics: diagnosticsOf(context, ranked, dataDiagnostics),
    ...positionReaders(order, unitNodesReader(context, assembled)),
    ...resultReaders(order, context, assembled),
  }
}

/**
 * `nodesOf` and `nodeEntriesOf` of a {@link ScorecardByUnit}: position in the scorecard → dataset position →
 * node results, as a record or as pairs in tree order.
 */
function positionReaders(
  order: ReadonlyArray<number>,
  read: NodesReader,
): Pick<ScorecardByUnit, 'nodesOf' | 'nodeEntriesOf'> {
  const unitAt = (position: number) => {
    const unit = order[position]
    if (unit === undefined) throw new RangeError(`no unit at position ${position} of the scorecard`)
    return unit
  }
  return {
    nodesOf: (position) => {
      const record: Record<string, NodeResult> = {}
      for (const [code, result] of read(unitAt(position))) record[code] = result
      return record
    },
    nodeEntriesOf: (position) => read(unitAt(position)),
  }
}

/** Each unit's summary in dataset order, and what the diagnostics need (heads, band notes). */
interface RankedUnits {
  readonly units: Array<UnitSummary | UnitResult>
  readonly heads: ReadonlyArray<UnitHead>
  readonly noBand: ReadonlyArray<Diagnostic>
  readonly byGroup: boolean
}

/**
 * Every unit's index, display rounding, rank (overall and within groups) and band, in dataset order; with
 * `nodesFor`, each unit's node results as well (`nodes` in its place among the keys).
 */
function rankedUnits(
  context: EvaluationContext,
  assembled: AssembledUnits,
  nodesFor: ((unit: number) => Record<string, NodeResult>) | undefined,
): RankedUnits {
  const { dataset, model, cache } = context
  const { methodology } = model
  const { ranking, bands } = methodology
  const heads = dataset.units.map((_, unit) => headOf(context, assembled, unit))
  const breakerColumns = ranking.tieBreakers.map(
    (breaker) => context.states[model.byCode.get(breaker.node)!.index]!.final,
  )
  const orders = ranking.tieBreakers.map((breaker) => breaker.order)
  const entries = dataset.units.map((unit, u) => ({
    code: unit.code,
    key: heads[u]!.key,
    breakers: breakerColumns.map((column) => {
      const index =
        column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null
      return index === null ? null : rankingKeyOf(index)
    }),
  }))
  const overall = rankUnits(entries, ranking.method, orders)
  const hasGroups = dataset.units.some((unit) => unit.group !== undefined)
  const groupRanks = hasGroups ? rankWithinGroups(context, entries, orders) : []
  const byGroup = ranking.within === 'group'

  const noBand: Diagnostic[] = []
  const units = dataset.units.map((unit, u) => {
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
    // Keys in the order earlier versions wrote them (groupRank, then overallRank, last): the JSON of a
    // methodology ranked among all units stays byte-identical.
    const result: UnitSummary & { nodes?: Record<string, NodeResult> } = {
      unit: unit.code,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      ...(unit.group === undefined ? {} : { group: unit.group }),
      score: head.score === null ? null : cache.str(head.score),
      max: head.max === null ? null : cache.str(head.max),
      index: head.index === null ? null : cache.str(head.index),
      indexDisplay: head.display,
      rank: byGroup ? (groupRanks[u] ?? overall[u]!) : overall[u]!,
      band,
    }
    if (nodesFor) result.nodes = nodesFor(u)
    if (hasGroups) result.groupRank = groupRanks[u]!
    if (byGroup) result.overallRank = overall[u]!
    return result
  })
  return { units, heads, noBand, byGroup }
}

/** Every diagnostic of the evaluation, in a stable order. */
function diagnosticsOf(
  context: EvaluationContext,
  ranked: RankedUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...dataDiagnostics]
  for (const state of context.states) {
    // An indexed loop: most entries are empty (one per node and unit), and `for … of` costs several times more.
    const { unitDiagnostics } = state
    for (let unit = 0; unit < unitDiagnostics.length; unit++) {
      const found = unitDiagnostics[unit]
      if (found) diagnostics.push(...found)
    }
    diagnostics.push(...state.cohortDiagnostics)
  }
  for (const screened of context.screened) if (screened) diagnostics.push(screened)
  for (const head of ranked.heads) if (head.unranked) diagnostics.push(head.unranked)
  diagnostics.push(...ranked.noBand)
  return sortDiagnostics(diagnostics)
}

/**
 * Marks the node results that depend on the whole cohort, on fresh objects (the cached results stay as they
 * are): imputed leaves (`imputed: true`) and, on every node the methodology marks `ranked`, each unit's rank
 * on that node's exact index, with the methodology's ranking method.
 */
function markNodes(context: EvaluationContext, units: UnitResult[]): void {
  const marks = cohortMarksOf(context)
  if (marks === undefined) return
  units.forEach((result, u) => {
    result.nodes = markedNodes(result.nodes, u, marks)
  })
}

/** What {@link markNodes} writes on the node results: imputed leaves and the ranks on `ranked` nodes. */
interface CohortMarks {
  readonly imputed: ReadonlyArray<{ readonly code: string; readonly set: ReadonlySet<number> }>
  readonly nodeRanks: ReadonlyArray<{ readonly code: string; readonly ranks: ReadonlyArray<number | null> }>
}

/** The cohort marks of the evaluation, or undefined when there are none (no ranked node, nothing imputed). */
function cohortMarksOf(context: EvaluationContext): CohortMarks | undefined {
  const { model } = context
  const ranked = model.treeOrder.filter((node) => node.ranked)
  if (ranked.length === 0 && context.imputed.size === 0) return undefined
  const nodeRanks = ranked.map((node) => {
    const column = context.states[node.index]!.final
    const entries = context.dataset.units.map((unit, u) => {
      const index =
        column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null
      return { code: unit.code, key: index === null ? null : rankingKeyOf(index), breakers: [] }
    })
    return { code: node.code, ranks: rankUnits(entries, model.methodology.ranking.method) }
  })
  const imputed = [...context.imputed].map(([leaf, set]) => ({ code: model.nodes[leaf]!.code, set }))
  return { imputed, nodeRanks }
}

/** One unit's node results with the cohort marks of unit `u` on fresh node objects (and a fresh record). */
function markedNodes(
  given: Record<string, NodeResult>,
  u: number,
  marks: CohortMarks,
): Record<string, NodeResult> {
  // Copied only for a unit with a mark: copying a record of every node for every unit cost more than the rest of
  // marking (a unit without marks keeps its record, as when there are no marks at all).
  let nodes: Record<string, NodeResult> | undefined
  for (const { code, set } of marks.imputed) {
    if (!set.has(u)) continue
    nodes ??= { ...given }
    nodes[code] = { ...nodes[code]!, imputed: true }
  }
  for (const { code, ranks } of marks.nodeRanks) {
    nodes ??= { ...given }
    nodes[code] = { ...nodes[code]!, rank: ranks[u] ?? null }
  }
  return nodes ?? given
}

/**
 * Reads one unit's node results (marked) from the final columns, as {@link nodesOf} and {@link markNodes}
 * give them, without keeping them. Captures only what reading needs, so the context (and with it the
 * dataset and its observations) is not kept alive by the reader.
 */
function unitNodesReader(context: EvaluationContext, assembled: AssembledUnits): NodesReader {
  return nodesReader(context.cache, readerColumnsOf(context), assembled.nodes.slice(), cohortMarksOf(context))
}

/** Each node's final column in tree order, with the text of its declared maximum. */
function readerColumnsOf(context: EvaluationContext): ReaderColumn[] {
  // Built by loops, not callbacks: a callback reading `context` would keep it in the closure's scope.
  const columns: ReaderColumn[] = []
  for (const node of context.model.treeOrder) {
    const declared = node.declaredMax
    columns.push({
      code: node.code,
      column: context.states[node.index]!.final,
      declared: declared === null ? null : { max: declared, text: context.cache.str(declared) },
    })
  }
  return columns
}

/** One unit's node results (by dataset position) as `[code, result]` pairs in tree order. */
type NodesReader = (unit: number) => Array<[string, NodeResult]>

/** One node's final column as {@link unitNodesReader} reads it, with the text of its declared maximum. */
interface ReaderColumn {
  readonly code: string
  readonly column: Column
  readonly declared: { max: Dec; text: string } | null
}

/**
 * The reader of {@link unitNodesReader}, in a scope holding only what it reads. The results and marks are
 * those of {@link nodesOf} and {@link markNodes}: the same objects, the same values.
 */
function nodesReader(
  cache: DecimalCache,
  columns: ReadonlyArray<ReaderColumn>,
  cached: ReadonlyArray<Record<string, NodeResult> | undefined>,
  marks: CohortMarks | undefined,
): NodesReader {
  const imputed = marks?.imputed ?? []
  const ranks = new Map(marks?.nodeRanks.map(({ code, ranks }) => [code, ranks]) ?? [])
  return (unit) => {
    const record = cached[unit]
    const entries: Array<[string, NodeResult]> = new Array(columns.length)
    for (let at = 0; at < columns.length; at++) {
      const reading = columns[at]!
      entries[at] = [reading.code, markedResultOf(cache, reading, unit, record, imputed, ranks)]
    }
    return entries
  }
}

/** One cell's result as {@link nodesReader} gives it: from the unit's built record or the column, then marked. */
function markedResultOf(
  cache: DecimalCache,
  { code, column, declared }: ReaderColumn,
  unit: number,
  record: Record<string, NodeResult> | undefined,
  imputed: CohortMarks['imputed'],
  ranks: ReadonlyMap<string, ReadonlyArray<number | null>>,
): NodeResult {
  let result =
    record?.[code] ??
    resultOf(
      cache,
      column.values[unit] ?? null,
      column.maxes[unit] ?? null,
      column.status[unit]!,
      column.traces[unit],
      column.steps[unit],
      declared,
    )
  // The marks of markedNodes, in its order: imputed first, then the rank.
  for (const mark of imputed)
    if (mark.code === code && mark.set.has(unit)) result = { ...result, imputed: true }
  const onNode = ranks.get(code)
  if (onNode !== undefined) result = { ...result, rank: onNode[unit] ?? null }
  return result
}

/** Shared results remembered per column: enough for repeated values, bounded for a column of distinct ones. */
const SHARED_RESULTS_LIMIT = 4096

/**
 * `nodeCodes` and `nodeResultsOf` of a {@link ScorecardByUnit}: each unit's node results in tree order, the
 * values `nodeEntriesOf` gives, without a pair per node; an unmarked cell scored `ok` at its node's usual
 * maximum (declared, or none) without trace or steps gets the one frozen result of its value in that column
 * (at 10 000 units × 100 leaves a few thousand results instead of a million, and a writer can remember what
 * it made of each). Captures what {@link unitNodesReader} captures, not the context.
 */
function resultReaders(
  order: ReadonlyArray<number>,
  context: EvaluationContext,
  assembled: AssembledUnits,
): Pick<ScorecardByUnit, 'nodeCodes' | 'nodeResultsOf'> {
  const columns = readerColumnsOf(context)
  const read = sharedResultsReader(
    context.cache,
    columns,
    assembled.nodes.slice(),
    cohortMarksOf(context),
    order,
  )
  return {
    nodeCodes: columns.map((reading) => reading.code),
    nodeResultsOf: (position) => {
      if (order[position] === undefined)
        throw new RangeError(`no unit at position ${position} of the scorecard`)
      return read(position)
    },
  }
}

/**
 * The reader of {@link resultReaders}, in a scope holding only what it reads: by scorecard position. On the
 * first call every shared result is laid out by position, node after node (each column read whole, in one
 * pass); each call then copies one unit's row and builds only the cells that are not shared. Read by unit, a
 * hundred columns at one position cost a cache miss each; read column by column, they cost almost nothing.
 */
function sharedResultsReader(
  cache: DecimalCache,
  columns: ReadonlyArray<ReaderColumn>,
  cached: ReadonlyArray<Record<string, NodeResult> | undefined>,
  marks: CohortMarks | undefined,
  order: ReadonlyArray<number>,
): (position: number) => NodeResult[] {
  const imputed = marks?.imputed ?? []
  const ranks = new Map(marks?.nodeRanks.map(({ code, ranks }) => [code, ranks]) ?? [])
  const marked = new Set([...imputed.map((mark) => mark.code), ...ranks.keys()])
  const width = columns.length
  let laidOut: Array<NodeResult | undefined> | undefined
  const layOut = () => {
    const rows: Array<NodeResult | undefined> = new Array(order.length * width).fill(undefined)
    for (let at = 0; at < width; at++) {
      const reading = columns[at]!
      // A column with marks (imputed leaves, ranks) gives fresh results, as nodesReader does.
      if (marked.has(reading.code)) continue
      const { values, maxes, status, traces, steps } = reading.column
      const usualMax = reading.declared?.max ?? null
      const traced = traces.length > 0 || steps.length > 0
      const shared = new Map<Dec, NodeResult>()
      for (let position = 0; position < order.length; position++) {
        const unit = order[position]!
        const value = values[unit] ?? null
        if (
          value === null ||
          cached[unit] !== undefined ||
          status[unit] !== 'ok' ||
          (maxes[unit] ?? null) !== usualMax ||
          (traced && (traces[unit] !== undefined || steps[unit] !== undefined))
        )
          continue
        let result = shared.get(value)
        if (result === undefined) {
          if (shared.size >= SHARED_RESULTS_LIMIT) continue
          result = Object.freeze(
            resultOf(cache, value, usualMax, 'ok', undefined, undefined, reading.declared),
          )
          shared.set(value, result)
        }
        rows[position * width + at] = result
      }
    }
    return rows
  }
  return (position) => {
    laidOut ??= layOut()
    const unit = order[position]!
    const results = laidOut.slice(position * width, (position + 1) * width)
    for (let at = 0; at < width; at++) {
      if (results[at] === undefined)
        results[at] = markedResultOf(cache, columns[at]!, unit, cached[unit], imputed, ranks)
    }
    return results as NodeResult[]
  }
}

/** Each unit's rank among the units of its group (units without a group form one group). */
function rankWithinGroups(
  context: EvaluationContext,
  entries: Parameters<typeof rankUnits>[0],
  orders: Parameters<typeof rankUnits>[2],
): Array<number | null> {
  const { dataset, model } = context
  const ranks: Array<number | null> = new Array<number | null>(dataset.units.length).fill(null)
  const groups = new Map<string, number[]>()
  dataset.units.forEach((unit, index) => {
    const group = unit.group ?? ''
    const members = groups.get(group)
    if (members) members.push(index)
    else groups.set(group, [index])
  })
  for (const members of groups.values()) {
    const within = rankUnits(
      members.map((index) => entries[index]!),
      model.methodology.ranking.method,
      orders,
    )
    members.forEach((index, position) => {
      ranks[index] = within[position] ?? null
    })
  }
  return ranks
}

function headOf(context: EvaluationContext, assembled: AssembledUnits, unit: number): UnitHead {
  const cached = assembled.heads[unit]
  if (cached) return cached
  const { methodology } = context.model
  const root = context.states[context.model.root.index]!.final
  const scale = methodology.result.type === 'composite' ? context.cache.dec(methodology.result.scale) : null
  const rootValue = root.status[unit] === 'ok' ? (root.values[unit] ?? null) : null
  const score =
    rootValue === null ? null : scale === null ? rootValue : scaledScore(context.cache, rootValue, scale)
  const max = scale === null ? (root.maxes[unit] ?? null) : null
  const index = score === null ? null : scale === null ? nodeIndexOf(score, max) : score
  let unranked: Diagnostic | undefined
  if (index === null) {
    const status = root.status[unit]
    unranked = {
      code: DIAGNOSTIC_CODES.UNRANKED,
      severity: 'warning',
      unit: context.dataset.units[unit]!.code,
      message: context.screened[unit]
        ? 'the unit was screened out for lack of data (see SCREENED_OUT); it is not ranked'
        : status === 'na'
          ? 'nothing in the methodology applies to this unit; it is not ranked'
          : status === 'missing'
            ? 'the unit has no data; it is not ranked'
            : 'the unit has errors (see its other diagnostics); it is not ranked',
    }
  }
  const { decimals, mode } = methodology.display
  // A fast path's index (or a composite's score) is displayed and keyed from its kept exact form, as
  // formatFixed and rankingKeyOf give them (scaled-fixed.prop.test.ts, composite-score.prop.test.ts): its
  // decimal is never parsed.
  const exact = index === null ? undefined : keptExact(index)
  const display =
    index === null
      ? null
      : exact === undefined
        ? formatFixed(index, decimals, mode)
        : fixedScaled(exact, decimals, mode)
  const key =
    index === null
      ? null
      : methodology.ranking.on === 'display'
        ? dec(display!)
        : exact === undefined
          ? rankingKeyOf(index)
          : // Ranking compares kept exact forms, so the key's string is written only if a band reads it.
            lazyExactDecimal(roundScaled(exact.c, exact.e, RANKING_SIGNIFICANT_DIGITS))
  const head = { score, max, index, display, key, unranked }
  assembled.heads[unit] = head
  return head
}

/**
 * A composite's score, root value × scale, as decimal.js's `times` gives it (the exact product rounded half up
 * to 40 digits, `multiplyScaled`), on the exact forms the fast paths keep: the root's decimal is not parsed
 * and the score's string is kept for the scorecard (`composite-score.prop.test.ts`).
 */
function scaledScore(cache: DecimalCache, rootValue: Dec, scale: Dec): Dec {
  const root = cache.exact(rootValue)
  const factor = cache.exact(scale)
  // × 1 (the default scale) leaves a value of at most 40 digits as it is, so the score is the root's own
  // decimal, its string already written.
  if (factor.c === 1n && factor.e === 0 && keptExact(rootValue) !== undefined && withinPrecision(root))
    return rootValue
  return cache.fromExact(multiplyScaled(root, factor, Dec.precision))
}

const PRECISION_BOUND = 10n ** BigInt(Dec.precision)

/** Whether an exact value has at most the working precision's digits (so rounding it changes nothing). */
function withinPrecision(value: { readonly c: bigint }): boolean {
  return value.c < PRECISION_BOUND && value.c > -PRECISION_BOUND
}

/** One unit's node results, in tree order (built once per state of the unit). */
function nodesOf(
  context: EvaluationContext,
  assembled: AssembledUnits,
  unit: number,
): Record<string, NodeResult> {
  const cached = assembled.nodes[unit]
  if (cached) return cached
  // Filled in from the template, as buildAllNodes does: added one by one, the codes would make a dictionary.
  const nodes: Record<string, NodeResult> = { ...recordTemplateOf(context.model) }
  for (const node of context.model.treeOrder) {
    const column = context.states[node.index]!.final
    nodes[node.code] = resultOf(
      context.cache,
      column.values[unit] ?? null,
      column.maxes[unit] ?? null,
      column.status[unit]!,
      column.traces[unit],
      column.steps[unit],
      null,
    )
  }
  assembled.nodes[unit] = nodes
  return nodes
}

/**
 * Every unit's node results at once, node by node (a full evaluation): each column's arrays, maximum and
 * caches are looked up once instead of once per cell. Keys are added in the same (tree) order as nodesOf.
 */
function buildAllNodes(context: EvaluationContext, assembled: AssembledUnits): void {
  const size = assembled.nodes.length
  // Every record starts as a copy of one holding every code in tree order, so filling it in stores into
  // existing properties instead of adding one (a new hidden class) per node and unit; the keys and their
  // order are those of adding them one by one.
  const template = recordTemplateOf(context.model)
  const records: Array<Record<string, NodeResult>> = []
  for (let unit = 0; unit < size; unit++) records.push({ ...template })
  for (const node of context.model.treeOrder) {
    const { values, maxes, status, traces, steps } = context.states[node.index]!.final
    const declared = node.declaredMax
    const declaredText = declared === null ? null : { max: declared, text: context.cache.str(declared) }
    const code = node.code
    for (let unit = 0; unit < size; unit++) {
      records[unit]![code] = resultOf(
        context.cache,
        values[unit] ?? null,
        maxes[unit] ?? null,
        status[unit]!,
        traces[unit],
        steps[unit],
        declaredText,
      )
    }
  }
  for (let unit = 0; unit < size; unit++) assembled.nodes[unit] = records[unit]
}

/** What a record's entry holds until {@link buildAllNodes} writes the node's result there. */
const PLACEHOLDER: NodeResult = { status: 'missing', score: null, max: null, index: null }

/** The record template of each compiled model (a model never changes, so neither does its template). */
const recordTemplates = new WeakMap<CompiledModel, Readonly<Record<string, NodeResult>>>()

/**
 * A record holding every code of the model in tree order (each at {@link PLACEHOLDER}), in the fast form that
 * a spread copies at once. Made by adding the codes one by one, an object of many codes is kept as a
 * dictionary, and every spread of a dictionary adds its properties one by one again (several times the cost
 * of the copy); a spread of it is an ordinary object, whose own spreads are plain copies. Kept per model, so
 * the one slow copy is made once.
 */
function recordTemplateOf(model: CompiledModel): Readonly<Record<string, NodeResult>> {
  let template = recordTemplates.get(model)
  if (template === undefined) {
    const added: Record<string, NodeResult> = {}
    for (const node of model.treeOrder) added[node.code] = PLACEHOLDER
    template = { ...added }
    recordTemplates.set(model, template)
  }
  return template
}

/** One cell's result; `declared` short-cuts the string of the node's own maximum. */
function resultOf(
  cache: DecimalCache,
  value: Dec | null,
  max: Dec | null,
  status: NodeResult['status'],
  trace: NodeResult['trace'],
  steps: NodeResult['steps'],
  declared: { max: Dec; text: string } | null,
): NodeResult {
  const score = value === null ? null : cache.str(value)
  const maxText = max === null ? null : max === declared?.max ? declared.text : cache.str(max)
  // Without a maximum the index is the value itself: reuse its string.
  const index = status !== 'ok' ? null : max === null ? score : cache.indexString(value!, max)
  return trace === undefined && steps === undefined
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

/**
 * The dataset positions of `units` (dataset order) in scorecard order: the order {@link sortUnits} gives, ties
 * kept in dataset order as its stable sort does.
 */
function sortUnitPositions(
  units: ReadonlyArray<UnitSummary>,
  positions: number[],
  byGroup: boolean,
): number[] {
  const compare = (a: string | undefined, b: string | undefined) =>
    (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0
  return positions.sort((x, y) => {
    const a = units[x]!
    const b = units[y]!
    return (
      (byGroup ? compare(a.group, b.group) : 0) ||
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      compare(a.unit, b.unit) ||
      x - y
    )
  })
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
