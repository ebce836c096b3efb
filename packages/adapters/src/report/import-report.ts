import type { Dataset, Source } from '@chiso/core'
import type { PanelImport } from '../panel/read-panel-table.js'
import type { CodedReason, ReasonCode } from './reason-code.js'

/**
 * A rectangle of cells in sheet coordinates (1-based rows and columns, both ends included).
 *
 * @example
 * ```ts
 * const block: CellRange = { fromRow: 2, toRow: 64, fromColumn: 3, toColumn: 3 } // C2:C64
 * ```
 *
 * @category Import report
 */
export interface CellRange {
  /** The sheet, when a report covers several (a workbook template). */
  sheet?: string
  fromRow: number
  toRow: number
  fromColumn: number
  toColumn: number
}

/**
 * Cells that went into the dataset, and as what: the unit codes, names or groups, or the observations of one
 * leaf field (from one source).
 *
 * @example
 * ```ts
 * const used: UsedCells = { fromRow: 2, toRow: 64, fromColumn: 3, toColumn: 3, as: 'observation', node: '1.1', field: 'value' }
 * ```
 *
 * @category Import report
 */
export interface UsedCells extends CellRange {
  /** `header`: the header cells of the columns used. */
  as: 'header' | 'unit' | 'name' | 'group' | 'observation' | 'note' | 'period'
  node?: string
  field?: string
  source?: Source
  /** The assessment round of the observations (or notes). */
  round?: string
  /** For notes: `explanation`, `comment`, or `evidence.<property>`. */
  note?: string
}

/**
 * Cells that were deliberately not used, and why (title rows above the header, blank rows, a column whose
 * header is not a leaf code…).
 *
 * @example
 * ```ts
 * const ignored: IgnoredCells = { fromRow: 1, toRow: 3, fromColumn: 1, toColumn: 12, reason: 'above the header row' }
 * ```
 *
 * @category Import report
 */
export interface IgnoredCells extends CellRange {
  reason: string
  /** The reason's stable code, for the most common reasons (not enumerable: absent from JSON; see `codedReason`). */
  readonly reasonCode?: ReasonCode
  /** The values the coded reason names (not enumerable, as `reasonCode`). */
  readonly reasonParams?: CodedReason['params']
}

/**
 * A cell that could not be used: where it is, what it held and why it was rejected.
 *
 * @example
 * ```ts
 * const rejected: RejectedCell = {
 *   file: 'du-lieu.xlsx', sheet: 'TC3', row: 14, column: 5, address: 'E14', value: 'abc',
 *   reason: 'expected a number …',
 * }
 * ```
 *
 * @category Import report
 */
export interface RejectedCell {
  file: string
  sheet?: string
  row: number
  column: number
  /** The spreadsheet address (`E14`), for XLSX. */
  address?: string
  /** The cell's text as read. */
  value: string
  reason: string
  /** The reason's stable code, for the most common reasons (not enumerable: absent from JSON; see `codedReason`). */
  readonly reasonCode?: ReasonCode
  /** The values the coded reason names (not enumerable, as `reasonCode`). */
  readonly reasonParams?: CodedReason['params']
  /** The unit the cell's row (or column) belongs to, when it names one: that unit is scored without the cell. */
  unit?: string
}

/**
 * A cell that was used but deserves attention (a formula without a cached value, read as missing).
 *
 * @example
 * ```ts
 * const warning: CellWarning = { row: 5, column: 4, address: 'D5', message: 'formula without a cached value' }
 * ```
 *
 * @category Import report
 */
export interface CellWarning {
  row: number
  column: number
  address?: string
  message: string
}

/**
 * What an import did with every input cell: each one is used (and where it went), ignored (and why) or
 * rejected (with its location, value and reason). A cell's fate is the first of `rejected`, `ignored`, `used`
 * whose entries cover it ({@link cellFate}); `cells` counts them, and `used + ignored + rejected = total`.
 *
 * @example
 * ```ts
 * const { report } = readCsv(bytes, { file: 'du-lieu.csv' })
 * report.cells      // { total: 195, used: 190, ignored: 3, rejected: 2 }
 * report.rejected[0] // { file: 'du-lieu.csv', row: 7, column: 4, value: 'abc', reason: 'expected a number …' }
 * ```
 *
 * @category Import report
 */
export interface ImportReport {
  file: string
  sheet?: string
  /**
   * `wide` (one row, or column, per unit), `long` (one row per observation), `json`, `coinr`, or `template` (a
   * workbook written by `writeTemplate`, several sheets: its ranges name their sheet).
   */
  format: 'wide' | 'long' | 'json' | 'coinr' | 'template'
  /** Units in rows (the usual) or in columns. */
  orientation?: 'rows' | 'columns'
  /** The text encoding found (`utf-8`, `utf-8-bom`, `utf-16le`…), for CSV. */
  encoding?: string
  /** The CSV delimiter found. */
  delimiter?: string
  /** The row (or column, for units in columns) that holds the headers. */
  headerRow?: number
  cells: { total: number; used: number; ignored: number; rejected: number }
  units: number
  observations: number
  used: UsedCells[]
  ignored: IgnoredCells[]
  rejected: RejectedCell[]
  warnings: CellWarning[]
}

/**
 * A report before any cell is read: `total` cells, none yet used, ignored or rejected. Its keys come in the
 * order {@link ImportReport} declares them, whichever readers make it (reports are written as JSON as they are).
 *
 * @param head where the cells come from: the file (and sheet), the format and, for tables, their layout
 * @param total the number of cells to account for
 * @example
 * ```ts
 * const report = emptyImportReport({ file: 'd.csv', format: 'long', headerRow: 1 }, 120)
 * report.cells // { total: 120, used: 0, ignored: 0, rejected: 0 }
 * ```
 */
export function emptyImportReport(
  head: Pick<ImportReport, 'file' | 'sheet' | 'format' | 'orientation' | 'headerRow'>,
  total: number,
): ImportReport {
  return {
    file: head.file,
    ...(head.sheet === undefined ? {} : { sheet: head.sheet }),
    format: head.format,
    ...(head.orientation === undefined ? {} : { orientation: head.orientation }),
    ...(head.headerRow === undefined ? {} : { headerRow: head.headerRow }),
    cells: { total, used: 0, ignored: 0, rejected: 0 },
    units: 0,
    observations: 0,
    used: [],
    ignored: [],
    rejected: [],
    warnings: [],
  }
}

/**
 * A dataset read from a file, with the report of what happened to every cell.
 *
 * @example
 * ```ts
 * const { dataset, report } = readCsv(bytes, { file: 'du-lieu.csv' })
 * dataset.units.length     // 63
 * report.rejected.length   // 0
 * ```
 *
 * @category Import report
 */
export interface ImportResult {
  dataset: Dataset
  report: ImportReport
  /** Set when the file holds several periods (a `period` column) and the reader was asked for panels. */
  panel?: PanelImport
}

/**
 * Tells what happened to the cell at `row`, `column` (1-based sheet coordinates): `used`, `ignored` or
 * `rejected`, or `undefined` when the report does not cover it (outside the table read).
 *
 * @example
 * ```ts
 * cellFate(report, 1, 1) // 'used' (the "unit" header)
 * cellFate(report, 7, 4) // 'rejected'
 * ```
 *
 * @category Import report
 */
export function cellFate(
  report: ImportReport,
  row: number,
  column: number,
): 'used' | 'ignored' | 'rejected' | undefined {
  if (report.rejected.some((cell) => cell.row === row && cell.column === column)) return 'rejected'
  if (report.ignored.some((range) => covers(range, row, column))) return 'ignored'
  if (report.used.some((range) => covers(range, row, column))) return 'used'
  return undefined
}

function covers(range: CellRange, row: number, column: number): boolean {
  return row >= range.fromRow && row <= range.toRow && column >= range.fromColumn && column <= range.toColumn
}
