// The node results of a scorecard by unit, read from the final columns one unit at a time when a writer asks,
// marked as the whole scorecard's are, and kept nowhere.
import type { Dec } from '../decimal/decimal.js'
import type { NodeResult } from '../schema/scorecard.js'
import type { AssembledUnits } from './assembled-units.js'
import { type CohortMarks, cohortMarksOf } from './cohort-marks.js'
import type { Column } from './columns.js'
import type { DecimalCache } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { resultOf } from './node-records.js'
import type { ScorecardByUnit } from './scorecard-by-unit.js'

/**
 * `nodesOf` and `nodeEntriesOf` of a {@link ScorecardByUnit}: position in the scorecard → dataset position →
 * node results, as a record or as pairs in tree order.
 */
export function positionReaders(
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

/**
 * Reads one unit's node results (marked) from the final columns, as {@link nodesOf} and {@link markNodes}
 * give them, without keeping them. Captures only what reading needs, so the context (and with it the
 * dataset and its observations) is not kept alive by the reader.
 */
export function unitNodesReader(context: EvaluationContext, assembled: AssembledUnits): NodesReader {
  return nodesReader(context.cache, readerColumnsOf(context), assembled.nodes.slice(), cohortMarksOf(context))
}

/** Each node's final column in tree order, with the text of its declared maximum. */
export function readerColumnsOf(context: EvaluationContext): ReaderColumn[] {
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
export type NodesReader = (unit: number) => Array<[string, NodeResult]>

/** One node's final column as {@link unitNodesReader} reads it, with the text of its declared maximum. */
export interface ReaderColumn {
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
export function markedResultOf(
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
