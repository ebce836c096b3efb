// A survey's respondent rows to indicators per unit: find the spec's columns, scale the weights, tally every
// answer, then compute each unit's estimates from the tallies. Each step is its own file.
import { parseDataset } from '@chiso/core'
import type { Table } from '../table/table.js'
import { AnswerTallies } from './answer-tallies.js'
import { ItemAnswers } from './item-answers.js'
import { locateSurveyColumns } from './survey-columns.js'
import { surveyEstimates } from './survey-estimates.js'
import type { SurveyResult } from './survey-result.js'
import type { SurveySpec } from './survey-spec.js'
import { readScaledWeights } from './survey-weights.js'
import { tallyRespondents } from './tally-respondents.js'

export type {
  SurveyDiagnostic,
  SurveyIndicatorRow,
  SurveyReport,
  SurveyResult,
} from './survey-result.js'

/**
 * Aggregates a respondent-level survey table (one row per respondent: unit, optional weight, one column per
 * item) into indicators per unit, as its {@link SurveySpec} declares: weighted shares, means and medians, each
 * with n, effective n, standard error and confidence interval. Below an indicator's minimum sample the unit's
 * value is missing, with a diagnostic. Every respondent row and answer is accounted for in the report; a spec
 * item that the file does not hold is an error located in the spec and at the file's header row.
 *
 * Exact: weights and answers are read as decimals and summed as scaled integers, statistics are computed with
 * core's decimals (roots with guard digits), so the result does not depend on the order of the respondents.
 *
 * @example
 * ```ts
 * const table = parseCsvTable('don_vi,q1\nA,4\nA,5\nB,2\n', { file: 's.csv' }).table
 * const spec = parseSurveySpec({
 *   unit: 'don_vi', minimumSample: 1, items: { q1: { min: '1', max: '5' } },
 *   indicators: [{ code: '1.1', item: 'q1', statistic: 'mean' }],
 * })
 * aggregateSurvey(table, spec).indicators.map((row) => [row.unit, row.value]) // [['A', '4.5'], ['B', '2']]
 * ```
 *
 * @category Survey
 */
export function aggregateSurvey(
  table: Table,
  spec: SurveySpec,
  options: { specFile?: string } = {},
): SurveyResult {
  const columns = locateSurveyColumns(table, spec, options)
  // Weights are read first: their decimals fix the integer scale every weight sum is kept at.
  const weights = readScaledWeights(table, columns.headerIndex + 1, columns.weight)
  const noAnswer = new Set(spec.noAnswer)
  const room = Math.max(16, spec.units?.length ?? 0)
  const items = Object.entries(spec.items).map(
    ([name, item], k) => new ItemAnswers(name, item, columns.items[k]!, noAnswer),
  )
  const tallies = new AnswerTallies(items.length, weights.big, room)
  const tallied = tallyRespondents(table, columns, weights, items, tallies, spec)
  const { units } = tallied
  if (!spec.units) units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const { rows, diagnostics } = surveyEstimates(spec, units, tallied.unitIndex, items, tallies)
  const dataset = parseDataset({
    units,
    observations: rows.map((row) => ({
      unit: row.unit,
      node: row.indicator,
      value: row.value,
      source: 'survey',
    })),
  })
  return {
    dataset,
    indicators: rows,
    diagnostics,
    report: {
      file: table.file,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      headerRow: columns.headerRow,
      respondents: tallied.respondents,
      answers: tallied.answers,
      columns: { used: columns.used, ignored: columns.ignored },
      ignoredRows: tallied.ignoredRows,
      rejectedRows: tallied.rejectedRows,
      rejectedAnswers: tallied.rejectedAnswers,
    },
  }
}
