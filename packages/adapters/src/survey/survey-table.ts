import { ChisoError, type ChisoIssue, isDecimalString } from '@chiso/core'
import { parseCsvTable } from '../csv/parse-csv-table.js'
import { csvRecord } from '../csv/write-csv.js'
import type { SurveyIndicatorRow } from './survey-result.js'

/** The columns of the estimates table, in order. */
const COLUMNS = [
  'unit',
  'indicator',
  'item',
  'statistic',
  'direction',
  'n',
  'effective_n',
  'value',
  'se',
  'ci_low',
  'ci_high',
  'status',
] as const

/**
 * Writes the estimates of a survey aggregation as CSV — `unit,indicator,item,statistic,direction,n,effective_n,
 * value,se,ci_low,ci_high,status`, one row per unit and indicator (direction `higher` or `lower` is better;
 * decimals as the aggregation gives them) — the table
 * `chiso simulate --survey-errors` reads the standard errors from.
 *
 * @example
 * ```ts
 * surveyEstimatesCsv(result.indicators).split('\n')[0]
 * // 'unit,indicator,item,statistic,direction,n,effective_n,value,se,ci_low,ci_high,status'
 * ```
 *
 * @category Survey
 */
export function surveyEstimatesCsv(rows: ReadonlyArray<SurveyIndicatorRow>): string {
  const lines = [csvRecord([...COLUMNS])]
  for (const row of rows)
    lines.push(
      csvRecord([
        row.unit,
        row.indicator,
        row.item,
        row.statistic,
        row.direction === 1 ? 'higher' : 'lower',
        String(row.n),
        row.effectiveN ?? '',
        row.value ?? '',
        row.se ?? '',
        row.ciLow ?? '',
        row.ciHigh ?? '',
        row.status,
      ]),
    )
  return `${lines.join('\n')}\n`
}

/**
 * One unit's standard error of one indicator, as the simulation takes it.
 *
 * @example
 * ```ts
 * const error: SurveyError = { unit: 'nga-son', node: '1.1', se: '6.05', n: 64 }
 * ```
 *
 * @category Survey
 */
export interface SurveyError {
  unit: string
  node: string
  /** The standard error, in the indicator's own unit. */
  se: string
  n: number
}

/**
 * Reads the standard errors back from an estimates table ({@link surveyEstimatesCsv}); rows without a standard
 * error (a sample below the minimum, a single respondent) are left out. A malformed row is an error located at
 * its line and column.
 *
 * @example
 * ```ts
 * readSurveyErrors(readFileSync('indicators.se.csv', 'utf8'), 'indicators.se.csv')
 * // [{ unit: 'bim-son', node: '1.1', se: '5.91…', n: 68 }, …]
 * ```
 *
 * @category Survey
 */
export function readSurveyErrors(text: string, file: string): SurveyError[] {
  const { table } = parseCsvTable(text.replace(/^\uFEFF/, ''), { file, delimiter: ',' })
  const [header = [], ...rows] = table.rows
  const col = (name: string) => header.findIndex((cell) => cell.trim() === name)
  const missing = ['unit', 'indicator', 'se', 'n'].filter((name) => col(name) < 0)
  if (missing.length > 0)
    throw new ChisoError('INVALID_HEADER', `${file} is not a survey estimates table`, {
      issues: [
        {
          code: 'INVALID_HEADER',
          file,
          row: table.rowNumbers[0] ?? 1,
          message: `missing column(s) ${missing.join(', ')} (written by chiso import survey --estimates)`,
        },
      ],
    })
  const issues: ChisoIssue[] = []
  const errors: SurveyError[] = []
  rows.forEach((cells, i) => {
    const row = table.rowNumbers[i + 1] ?? i + 2
    const get = (name: string) => (cells[col(name)] ?? '').trim()
    const se = get('se')
    if (se === '') return
    if (!isDecimalString(se) || se.startsWith('-')) {
      issues.push({
        code: 'INVALID_CELL',
        file,
        row,
        column: col('se') + 1,
        message: `se "${se}" is not a decimal ≥ 0`,
      })
      return
    }
    const n = Number(get('n'))
    if (!Number.isInteger(n) || n < 1) {
      issues.push({
        code: 'INVALID_CELL',
        file,
        row,
        column: col('n') + 1,
        message: `n "${get('n')}" is not a whole number ≥ 1`,
      })
      return
    }
    errors.push({ unit: get('unit'), node: get('indicator'), se, n })
  })
  if (issues.length > 0)
    throw new ChisoError('INVALID_CELL', `${file}: ${issues.length} invalid row(s)`, { issues })
  return errors
}
