import type { ImportMapping } from '../mapping/mapping.js'
import { headerKey, isUnitHeader } from '../table/headers.js'
import type { Table } from '../table/table.js'

/** Headers that name the period column of a panel (COINr calls it `Time`). */
const PERIOD_HEADERS = ['period', 'year', 'time', 'năm', 'kỳ', 'kỳ đánh giá']

/**
 * A table cut into one table per period: each keeps the rows above and at the header (titles and header) and
 * the rows of its period, with their file row numbers, so readers see an ordinary one-period table and every
 * origin still points into the file. Blank rows and rows without a period are kept aside for the report.
 *
 * @example
 * ```ts
 * const split: PeriodSplit = splitByPeriod(table, {})!
 * split.tables.get('2023')?.rows.length // header + the 2023 rows
 * ```
 *
 * @category Import
 */
export interface PeriodSplit {
  /** 0-based index of the period column, and of the header row, in the table. */
  column: number
  headerIndex: number
  /** The per-period tables, in the order periods first appear. */
  tables: Map<string, Table>
  /** Only the titles and the header: what every per-period table shares. */
  head: Table
  /** Row indices (0-based) of blank rows below the header. */
  blank: number[]
  /** Row indices (0-based) of non-blank rows whose period cell is empty. */
  unplaced: number[]
}

/**
 * Finds a period column (`period`, `year`, `time`, `năm`, `kỳ`) in the header row of a table with units in rows
 * and cuts the table by the period of each row. `undefined` when there is no such column (or units are in
 * columns): the table is then one period, read as it always was.
 *
 * @example
 * ```ts
 * const table = { file: 'd.csv', rows: [['unit', 'period', '1.1'], ['A', '2022', '1'], ['A', '2023', '2']], rowNumbers: [1, 2, 3], width: 3 }
 * [...splitByPeriod(table, {})!.tables.keys()] // ['2022', '2023']
 * ```
 *
 * @category Import
 */
export function splitByPeriod(table: Table, mapping: ImportMapping): PeriodSplit | undefined {
  if (mapping.orientation === 'columns') return undefined
  const { rows } = table
  const headerIndex =
    mapping.headerRow !== undefined
      ? table.rowNumbers.indexOf(mapping.headerRow)
      : rows.findIndex((row, r) => r < 50 && row.some((cell) => isUnitHeader(cell, mapping)))
  if (headerIndex < 0) return undefined
  const header = rows[headerIndex] ?? []
  const column = header.findIndex((cell) => PERIOD_HEADERS.includes(headerKey(cell)))
  if (column < 0) return undefined
  const groups = new Map<string, number[]>()
  const blank: number[] = []
  const unplaced: number[] = []
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as string[]
    if (row.every((cell) => cell.trim() === '')) {
      blank.push(r)
      continue
    }
    const period = (row[column] ?? '').normalize('NFC').trim()
    if (period === '') {
      unplaced.push(r)
      continue
    }
    groups.set(period, [...(groups.get(period) ?? []), r])
  }
  const headRows = Array.from({ length: headerIndex + 1 }, (_, r) => r)
  const tables = new Map<string, Table>()
  for (const [period, indices] of groups) tables.set(period, subTable(table, [...headRows, ...indices]))
  return { column, headerIndex, tables, head: subTable(table, headRows), blank, unplaced }
}

/** The rows `indices` of a table (in that order), warnings and merged cells re-keyed to the new rows. */
function subTable(table: Table, indices: ReadonlyArray<number>): Table {
  const position = new Map(indices.map((r, i) => [r, i]))
  const rekey = (map: Map<string, string> | undefined) => {
    if (!map || map.size === 0) return map
    const out = new Map<string, string>()
    for (const [key, value] of map) {
      const [r, c] = key.split(':')
      const at = position.get(Number(r))
      if (at !== undefined) out.set(`${at}:${c}`, value)
    }
    return out
  }
  const warnings = rekey(table.warnings)
  const merged = rekey(table.merged)
  return {
    ...table,
    rows: indices.map((r) => table.rows[r] as string[]),
    rowNumbers: indices.map((r) => table.rowNumbers[r] ?? r + 1),
    ...(warnings ? { warnings } : {}),
    ...(merged ? { merged } : {}),
  }
}
