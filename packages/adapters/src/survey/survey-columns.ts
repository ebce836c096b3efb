// Where a survey spec's columns are in a respondent table: the header row, the unit, weight and respondent
// columns, one column per item, and which columns the aggregation uses or ignores (for the report).
import { ChisoError, type ChisoIssue } from '@chiso/core'
import { importFailure } from '../report/import-failure.js'
import { reasonOf, withReasonCode } from '../report/reason-code.js'
import { locator, type Table } from '../table/table.js'
import type { SurveyReport } from './survey-result.js'
import type { SurveySpec } from './survey-spec.js'

/**
 * The columns of a survey table as its spec names them (0-based indices into the table's rows; `-1` for an
 * optional column the spec does not name), and the report's account of every header cell.
 *
 * @example
 * ```ts
 * const columns: SurveyColumns = {
 *   headerIndex: 0, headerRow: 1, unit: 0, weight: 1, respondent: -1, items: [2, 3],
 *   used: [{ column: 1, header: 'don_vi', as: 'unit' }], ignored: [],
 * }
 * ```
 */
export interface SurveyColumns {
  /** The header's index in the table's rows; respondents follow it. */
  headerIndex: number
  /** The header's row in the file. */
  headerRow: number
  unit: number
  weight: number
  respondent: number
  /** One column per item of the spec, in the spec's order. */
  items: number[]
  used: SurveyReport['columns']['used']
  ignored: SurveyReport['columns']['ignored']
}

/**
 * Finds the spec's columns in a respondent table: the header is the first of the first 50 rows holding the
 * unit column's name. A column the file does not hold, or a header name written twice, is an error located in
 * the spec (`specFile`) or at the header cell; all of them are reported at once.
 *
 * @example
 * ```ts
 * const table = parseCsvTable('don_vi,q1\nA,4\n', { file: 's.csv' }).table
 * const spec = parseSurveySpec({
 *   unit: 'don_vi', minimumSample: 1, items: { q1: { min: '1', max: '5' } },
 *   indicators: [{ code: '1.1', item: 'q1', statistic: 'mean' }],
 * })
 * locateSurveyColumns(table, spec).items // [1]
 * ```
 */
export function locateSurveyColumns(
  table: Table,
  spec: SurveySpec,
  options: { specFile?: string } = {},
): SurveyColumns {
  const { file } = table
  const sheet = table.sheet === undefined ? {} : { sheet: table.sheet }
  const headerIndex = table.rows
    .slice(0, 50)
    .findIndex((row) => row.some((cell) => cell.trim() === spec.unit))
  if (headerIndex < 0)
    throw importFailure(`${file}: no column "${spec.unit}" (the spec's unit column)`, [
      {
        code: 'INVALID_HEADER',
        file,
        ...sheet,
        row: table.rowNumbers[0] ?? 1,
        message: `no header cell "${spec.unit}" in the first rows: the spec's unit column names the column of unit codes`,
        path: ['unit'],
      },
    ])
  const header = (table.rows[headerIndex] ?? []).map((cell) => cell.trim())
  const headerRow = table.rowNumbers[headerIndex] ?? headerIndex + 1
  const at = locator(table, false)
  const columnOf = new Map<string, number>()
  header.forEach((name, c) => {
    if (name !== '' && !columnOf.has(name)) columnOf.set(name, c)
  })
  const issues: ChisoIssue[] = []
  const findColumn = (name: string, path: Array<string | number>, what: string): number => {
    const c = columnOf.get(name)
    if (c === undefined)
      issues.push({
        code: 'INVALID_SURVEY_SPEC',
        path,
        ...(options.specFile === undefined ? {} : { file: options.specFile }),
        message: `${what}: no column "${name}" in ${file} (its header is row ${headerRow}${table.sheet === undefined ? '' : ` of sheet ${table.sheet}`})`,
      })
    else if (header.indexOf(name, c + 1) >= 0) {
      const twice = header.indexOf(name, c + 1)
      const address = at.address(headerIndex, twice)
      issues.push({
        code: 'INVALID_HEADER',
        file,
        ...sheet,
        ...at.position(headerIndex, twice),
        ...(address === undefined ? {} : { address }),
        message: `column "${name}" appears twice in the header`,
      })
    }
    return c ?? -1
  }
  const unit = findColumn(spec.unit, ['unit'], 'the unit column')
  const weight = spec.weight === undefined ? -1 : findColumn(spec.weight, ['weight'], 'the weight column')
  const respondent =
    spec.respondent === undefined ? -1 : findColumn(spec.respondent, ['respondent'], 'the respondent column')
  const names = Object.entries(spec.items)
  const items = names.map(([name, item]) =>
    findColumn(item.column ?? name, ['items', name], `item "${name}"`),
  )
  if (issues.length > 0)
    throw new ChisoError(
      'INVALID_SURVEY_SPEC',
      `the survey spec does not fit ${file}: ${issues.length} problem(s)`,
      {
        issues,
      },
    )
  const used: SurveyColumns['used'] = [{ column: unit + 1, header: spec.unit, as: 'unit' }]
  if (weight >= 0) used.push({ column: weight + 1, header: spec.weight!, as: 'weight' })
  if (respondent >= 0) used.push({ column: respondent + 1, header: spec.respondent!, as: 'respondent' })
  names.forEach(([name], i) => {
    used.push({ column: items[i]! + 1, header: header[items[i]!]!, as: 'item', item: name })
  })
  const usedColumns = new Set(used.map((entry) => entry.column - 1))
  const ignored = header.flatMap((name, c) => {
    if (usedColumns.has(c)) return []
    const reason = reasonOf(name === '' ? 'no-header' : 'not-a-spec-column')
    return [withReasonCode({ column: c + 1, header: name, reason: reason.text }, reason)]
  })
  used.sort((a, b) => a.column - b.column)
  return { headerIndex, headerRow, unit, weight, respondent, items, used, ignored }
}
