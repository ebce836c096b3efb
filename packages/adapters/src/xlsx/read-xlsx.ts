import { type ChisoIssue, type CompiledMethodology, withErrorReason } from '@chiso/core'
import ExcelJS from 'exceljs'
import type { ImportMapping } from '../mapping/mapping.js'
import { readPanelTable } from '../panel/read-panel-table.js'
import { headerReason } from '../report/header-reason.js'
import { importFailure } from '../report/import-failure.js'
import type { ImportResult } from '../report/import-report.js'
import { checkLimit, DEFAULT_LIMITS, type ImportLimits } from '../report/limits.js'
import { isLongHeader, readLongTable } from '../table/read-long.js'
import { readWideTable } from '../table/read-wide.js'
import type { Table } from '../table/table.js'
import { isTemplateWorkbook, readTemplate } from '../template/read-template.js'
import { sheetCellText } from './cell-text.js'
import { countInflatedBytes } from './count-inflated.js'
import { checkZipSize } from './zip-guard.js'

/**
 * Options of {@link readXlsx}.
 *
 * @example
 * ```ts
 * const options: ReadXlsxOptions = { file: 'tu-danh-gia-2023.xlsx', sheet: 'TC3', mapping: { unit: 'Mã' } }
 * ```
 *
 * @category Import
 */
export interface ReadXlsxOptions {
  file: string
  /** The sheet by name or 1-based index (default: the mapping's, else the first visible sheet). */
  sheet?: string | number
  mapping?: ImportMapping
  leaves?: ReadonlySet<string>
  limits?: Partial<ImportLimits>
  onProgress?: (done: number, total: number) => void
  /**
   * The methodology the data is for. A chiso template (written by `writeTemplate`) is read without a mapping;
   * its fingerprint must be this methodology's.
   */
  methodology?: CompiledMethodology
  /** Read a `period` (`year`, `năm`…) column as a panel: one dataset per period in the result's `panel`. */
  panel?: boolean
}

/**
 * Reads one sheet of an XLSX workbook (exceljs) into a dataset and an import report, like `readCsv` for CSV:
 * wide (units in rows or, with `orientation: 'columns'`, in columns) or long; the header row is detected
 * below any title rows; merged header cells are understood; formulas are read by their cached value (a
 * warning, and a missing value, when none is cached); numbers become decimal strings without binary-float
 * artefacts. Without a sheet named, the first visible sheet is read (hidden sheets only when named). The file
 * size, the uncompressed size (zip-bomb guard), rows, columns and cells (the sheet's rectangle, and the cell
 * elements of every sheet, counted before the workbook is opened) are limited.
 *
 * @example
 * ```ts
 * const { dataset, report } = await readXlsx(readFileSync('du-lieu.xlsx'), { file: 'du-lieu.xlsx', sheet: 'TC3' })
 * report.sheet   // 'TC3'
 * report.cells   // { total: 420, used: 400, ignored: 20, rejected: 0 }
 * ```
 *
 * @category Import
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions): Promise<ImportResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { file } = options
  checkLimit(limits, 'maxFileBytes', bytes.byteLength, { file })
  checkZipSize(bytes, limits, file)
  // The directory's sizes may lie: count what the parts really inflate to, before the reader holds them.
  await countInflatedBytes(bytes, limits, file)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw importFailure(`${file} is not a readable XLSX file`, [
      {
        code: 'INVALID_XLSX',
        file,
        message: `cannot read the workbook: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'save it from Excel as "Excel Workbook (*.xlsx)"',
      },
    ])
  }
  // chiso's own workbooks say what every cell is: no mapping, no sheet to choose.
  if (isTemplateWorkbook(workbook))
    return readTemplate(workbook, {
      file,
      ...(options.methodology ? { methodology: options.methodology } : {}),
    })
  const mapping = options.mapping ?? {}
  const wanted = options.sheet ?? mapping.sheet
  // Without a sheet named, the first *visible* one: a hidden sheet (lookup tables, last year's copy) is
  // read only when asked for by name or number.
  const sheet =
    wanted === undefined
      ? workbook.worksheets.find((s) => s.state === undefined || s.state === 'visible')
      : typeof wanted === 'number'
        ? workbook.worksheets[wanted - 1]
        : workbook.worksheets.find((s) => s.name === wanted)
  if (!sheet) {
    const names = workbook.worksheets
      .map(
        (s, i) => `${i + 1}: ${s.name}${s.state === 'hidden' || s.state === 'veryHidden' ? ' (hidden)' : ''}`,
      )
      .join(', ')
    if (wanted === undefined) {
      throw importFailure(`${file}: every sheet is hidden (the sheets are ${names || 'none'})`, [
        {
          code: 'NOT_FOUND',
          file,
          message: `no visible sheet (the sheets are ${names || 'none'})`,
          hint: 'name the sheet to read with --sheet NAME (or sheet: in the mapping)',
        },
      ])
    }
    throw importFailure(`${file}: no sheet ${JSON.stringify(wanted)} (the sheets are ${names || 'none'})`, [
      {
        code: 'NOT_FOUND',
        file,
        message: `no sheet ${JSON.stringify(wanted)} (the sheets are ${names || 'none'})`,
      },
    ])
  }
  const table = sheetTable(sheet, file, limits, workbook.properties?.date1904 === true)
  const readOptions = {
    mapping,
    ...(options.leaves ? { leaves: options.leaves } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  }
  const long =
    mapping.format === 'long' ||
    (mapping.format !== 'wide' &&
      mapping.orientation !== 'columns' &&
      table.rows.slice(0, 50).some(isLongHeader))
  const panel = options.panel === true ? readPanelTable(table, readOptions, long) : undefined
  return panel ?? (long ? readLongTable(table, readOptions) : readWideTable(table, readOptions))
}

function sheetTable(sheet: ExcelJS.Worksheet, file: string, limits: ImportLimits, date1904: boolean): Table {
  const rowCount = sheet.rowCount
  const width = sheet.columnCount
  checkLimit(limits, 'maxRows', rowCount, { file, sheet: sheet.name })
  checkLimit(limits, 'maxColumns', width, { file, sheet: sheet.name })
  // The rectangle from A1 to the farthest cell is what is built below: two cells at far corners make it huge.
  checkLimit(limits, 'maxCells', rowCount * width, { file, sheet: sheet.name })
  const rows: string[][] = []
  const rowNumbers: number[] = []
  const warnings = new Map<string, string>()
  const merged = new Map<string, string>()
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r)
    const cells: string[] = new Array(width)
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c)
      const { text, missing } = sheetCellText(cell.value, date1904)
      cells[c - 1] = text
      if (missing !== undefined) warnings.set(`${r - 1}:${c - 1}`, missing)
      if (cell.isMerged && cell.master.address !== cell.address)
        merged.set(`${r - 1}:${c - 1}`, cell.master.address)
    }
    rows.push(cells)
    rowNumbers.push(r)
  }
  if (rows.length === 0) {
    throw importFailure(`${file}: the sheet is empty`, [
      withErrorReason<ChisoIssue>(
        { code: 'INVALID_HEADER', file, sheet: sheet.name, message: `the sheet "${sheet.name}" is empty` },
        headerReason('header.empty-sheet', { sheet: sheet.name }),
      ),
    ])
  }
  return { file, sheet: sheet.name, rows, rowNumbers, width, letters: true, warnings, merged }
}
