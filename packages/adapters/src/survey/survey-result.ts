// The shapes a survey aggregation returns: indicators per unit with their estimates, the diagnostics, and the
// report that accounts for every respondent row and answer cell.
import type { Dataset } from '@chiso/core'
import type { RejectedCell } from '../report/import-report.js'

/**
 * What a survey aggregation did with every respondent row and answer cell: each row is used (it gave at least
 * one answer that counts), ignored (with the reason: blank, weight 0, no answer) or rejected (with its place:
 * no unit, an unknown unit, a bad weight); each answer is used, read as no answer, or rejected (outside the
 * item's scale). `respondents.used + ignored + rejected = total`.
 *
 * @example
 * ```ts
 * const { report } = aggregateSurvey(table, spec)
 * report.respondents // { total: 1890, used: 1884, ignored: 2, rejected: 4 }
 * report.rejectedAnswers[0] // { file: 's.csv', row: 17, column: 9, value: '7', reason: 'item q3: "7" is not …', unit: 'nga-son' }
 * ```
 *
 * @category Survey
 */
export interface SurveyReport {
  file: string
  sheet?: string
  /** The row of the header (rows above it are titles, not respondents). */
  headerRow: number
  respondents: { total: number; used: number; ignored: number; rejected: number }
  answers: { used: number; noAnswer: number; rejected: number }
  columns: {
    used: Array<{
      column: number
      header: string
      as: 'unit' | 'weight' | 'respondent' | 'item'
      item?: string
    }>
    ignored: Array<{ column: number; header: string; reason: string }>
  }
  ignoredRows: Array<{ row: number; reason: string }>
  /** Respondent rows that could not be used at all, located at the cell that decided it (unit, weight). */
  rejectedRows: RejectedCell[]
  /** Answers outside their item's scale; the respondent's other answers are used. */
  rejectedAnswers: RejectedCell[]
}

/**
 * One indicator of one unit: the estimate with its sample size, effective sample size, standard error and
 * confidence interval (decimal strings), or `null` with the reason (`too-small`: fewer respondents than the
 * minimum sample; `no-answers`).
 *
 * @example
 * ```ts
 * const row: SurveyIndicatorRow = {
 *   unit: 'nga-son', indicator: '1.1', item: 'q1', statistic: 'share', direction: 1, n: 64, effectiveN: '64',
 *   value: '62.5', se: '6.05', ciLow: '50.64', ciHigh: '74.36', status: 'ok',
 * }
 * ```
 *
 * @category Survey
 */
export interface SurveyIndicatorRow {
  unit: string
  indicator: string
  item: string
  statistic: 'share' | 'mean' | 'median'
  direction: 1 | -1
  /** Respondents of the unit who answered the item. */
  n: number
  effectiveN: string | null
  value: string | null
  se: string | null
  ciLow: string | null
  ciHigh: string | null
  status: 'ok' | 'too-small' | 'no-answers'
}

/**
 * A data problem of the aggregation, reported before any scoring: a unit below an indicator's minimum sample
 * (`SAMPLE_TOO_SMALL`) or without any answer to its item (`NO_RESPONDENTS`). The indicator is missing for
 * that unit.
 *
 * @example
 * ```ts
 * const d: SurveyDiagnostic = {
 *   code: 'SAMPLE_TOO_SMALL', unit: 'muong-lat', indicator: '3.2',
 *   message: 'muong-lat, 3.2: 18 respondents, fewer than the minimum sample of 30: the indicator is missing',
 * }
 * ```
 *
 * @category Survey
 */
export interface SurveyDiagnostic {
  code: 'SAMPLE_TOO_SMALL' | 'NO_RESPONDENTS'
  unit: string
  indicator: string
  message: string
}

/**
 * The result of a survey aggregation: the indicators as a chiso dataset (one observation per unit and
 * indicator, `null` where the sample is too small, source `survey`), the table of estimates with n, standard
 * errors and intervals, the diagnostics and the report on every row.
 *
 * @example
 * ```ts
 * const { dataset, indicators, diagnostics, report } = readSurveyCsv(bytes, { file: 'khao-sat.csv', spec })
 * ```
 *
 * @category Survey
 */
export interface SurveyResult {
  dataset: Dataset
  indicators: SurveyIndicatorRow[]
  diagnostics: SurveyDiagnostic[]
  report: SurveyReport
}
