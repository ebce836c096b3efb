// A scorecard by unit's node results without a pair per node: equal cells of a column share one frozen result.
import type { Dec } from '../decimal/decimal.js'
import type { NodeResult } from '../schema/scorecard.js'
import type { AssembledUnits } from './assembled-units.js'
import { type CohortMarks, cohortMarksOf } from './cohort-marks.js'
import type { DecimalCache } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { markedResultOf, type ReaderColumn, readerColumnsOf } from './node-readers.js'
import { resultOf } from './node-records.js'
import type { ScorecardByUnit } from './scorecard-by-unit.js'

/** Shared results remembered per column: enough for repeated values, bounded for a column of distinct ones. */
const SHARED_RESULTS_LIMIT = 4096

/**
 * `nodeCodes` and `nodeResultsOf` of a {@link ScorecardByUnit}: each unit's node results in tree order, the
 * values `nodeEntriesOf` gives, without a pair per node; an unmarked cell scored `ok` at its node's usual
 * maximum (declared, or none) without trace or steps gets the one frozen result of its value in that column
 * (at 10 000 units × 100 leaves a few thousand results instead of a million, and a writer can remember what
 * it made of each). Captures what {@link unitNodesReader} captures, not the context.
 */
export function resultReaders(
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
