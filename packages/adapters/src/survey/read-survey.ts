import { parseCsvTable } from '../csv/parse-csv-table.js'
import { importFailure } from '../report/import-failure.js'
import { checkLimit, DEFAULT_LIMITS, type ImportLimits } from '../report/limits.js'
import type { Table } from '../table/table.js'
import { decodeText } from '../text/decode-text.js'
import { sheetCellText } from '../xlsx/cell-text.js'
import { countInflatedBytes } from '../xlsx/count-inflated.js'
import { checkZipSize } from '../xlsx/zip-guard.js'
import { aggregateSurvey } from './aggregate-survey.js'
import type { SurveyResult } from './survey-result.js'
import type { SurveySpec } from './survey-spec.js'

/**
 * Options of {@link readSurveyCsv} and {@link readSurveyXlsx}.
 *
 * @example
 * ```ts
 * const options: ReadSurveyOptions = { file: 'khao-sat-2025.csv', spec, specFile: 'survey.spec.yaml' }
 * ```
 *
 * @category Survey
 */
export interface ReadSurveyOptions {
  /** The file's name, for the report and messages. */
  file: string
  spec: SurveySpec
  /** The spec's file name, for messages about it. */
  specFile?: string
  /** The sheet of a workbook, by name or 1-based index (default: the first). */
  sheet?: string | number
  limits?: Partial<ImportLimits>
}

/**
 * Reads a respondent-level survey CSV (UTF-8 or UTF-16, delimiter detected, `#` lines are comments; answers as
 * codes or, in a labelled export, as their labels) and aggregates it to indicators per unit
 * ({@link aggregateSurvey}).
 *
 * @example
 * ```ts
 * const spec = parseSurveySpec(parse(readFileSync('survey.spec.yaml', 'utf8')))
 * const { dataset, indicators, report } = readSurveyCsv(readFileSync('khao-sat.csv'), { file: 'khao-sat.csv', spec })
 * report.respondents // { total: 1890, used: 1890, ignored: 0, rejected: 0 }
 * ```
 *
 * @category Survey
 */
export function readSurveyCsv(bytes: Uint8Array | string, options: ReadSurveyOptions): SurveyResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { file } = options
  if (typeof bytes !== 'string') checkLimit(limits, 'maxFileBytes', bytes.byteLength, { file })
  const text = typeof bytes === 'string' ? bytes.replace(/^\uFEFF/, '') : decodeText(bytes, file).text
  const { table } = parseCsvTable(text, { file, limits })
  return aggregateSurvey(
    table,
    options.spec,
    options.specFile === undefined ? {} : { specFile: options.specFile },
  )
}

/**
 * Reads one sheet of a respondent-level survey workbook (XLSX) and aggregates it like {@link readSurveyCsv},
 * with the same guards as `readXlsx` (file size, zip bomb, rows and columns). exceljs is loaded on demand.
 *
 * @example
 * ```ts
 * const result = await readSurveyXlsx(readFileSync('khao-sat.xlsx'), { file: 'khao-sat.xlsx', spec, sheet: 'Phiếu' })
 * result.report.sheet // 'Phiếu'
 * ```
 *
 * @category Survey
 */
export async function readSurveyXlsx(bytes: Uint8Array, options: ReadSurveyOptions): Promise<SurveyResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { file } = options
  checkLimit(limits, 'maxFileBytes', bytes.byteLength, { file })
  checkZipSize(bytes, limits, file)
  await countInflatedBytes(bytes, limits, file)
  const ExcelJS = (await import('exceljs')).default
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw importFailure(`${file} is not a readable XLSX file`, [
      {
        code: 'INVALID_XLSX',
        file,
        message: `cannot read the workbook: ${error instanceof Error ? error.message : String(error)}`,
      },
    ])
  }
  const wanted = options.sheet ?? 1
  const sheet =
    typeof wanted === 'number'
      ? workbook.worksheets[wanted - 1]
      : workbook.worksheets.find((s) => s.name === wanted)
  if (!sheet) {
    const names = workbook.worksheets.map((s, i) => `${i + 1}: ${s.name}`).join(', ')
    throw importFailure(`${file}: no sheet ${JSON.stringify(wanted)}`, [
      {
        code: 'NOT_FOUND',
        file,
        message: `no sheet ${JSON.stringify(wanted)} (the sheets are ${names || 'none'})`,
      },
    ])
  }
  checkLimit(limits, 'maxRows', sheet.rowCount, { file, sheet: sheet.name })
  checkLimit(limits, 'maxColumns', sheet.columnCount, { file, sheet: sheet.name })
  const date1904 = workbook.properties?.date1904 === true
  const rows: string[][] = []
  const rowNumbers: number[] = []
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= sheet.columnCount; c++)
      cells.push(sheetCellText(row.getCell(c).value, date1904).text)
    // Blank rows are skipped, as in CSV; a respondent row always has a unit.
    if (cells.some((cell) => cell.trim() !== '')) {
      rows.push(cells)
      rowNumbers.push(r)
    }
  }
  const table: Table = { file, sheet: sheet.name, rows, rowNumbers, width: sheet.columnCount, letters: true }
  return aggregateSurvey(
    table,
    options.spec,
    options.specFile === undefined ? {} : { specFile: options.specFile },
  )
}
