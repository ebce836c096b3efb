import { parse } from '#csv-parse-sync'
import { importFailure } from '../report/import-failure.js'
import { checkLimit, DEFAULT_LIMITS, type ImportLimits } from '../report/limits.js'
import type { Table } from '../table/table.js'
import { type CsvDelimiter, detectDelimiter } from './detect-delimiter.js'
import { splitSimpleCsv } from './split-simple-csv.js'

/**
 * Parses CSV text (already decoded) into a {@link Table} — directly when it has nothing to interpret (see
 * `splitSimpleCsv`), otherwise with csv-parse: the delimiter is detected unless
 * given, `#` lines are comments, blank lines are skipped, every row keeps its line number. Malformed CSV
 * (an unclosed quote, rows of different lengths) throws a `ChisoError` with the line.
 *
 * @example
 * ```ts
 * parseCsvTable('unit;1.1\nA;7,5\n', { file: 'd.csv' }).table.rows // [['unit', '1.1'], ['A', '7,5']]
 * ```
 *
 * @category Import
 */
export function parseCsvTable(
  text: string,
  options: { file: string; delimiter?: CsvDelimiter; limits?: ImportLimits },
): { table: Table; delimiter: CsvDelimiter } {
  const { file } = options
  const limits = options.limits ?? DEFAULT_LIMITS
  const delimiter = options.delimiter ?? detectDelimiter(text)
  // Most files need no CSV parser at all: split them directly (the same rows, several times faster).
  const simple = splitSimpleCsv(text, delimiter, limits.maxRows)
  if (simple !== undefined) return { table: tableOf(file, simple.rows, simple.rowNumbers, limits), delimiter }
  let records: Array<{ record: string[]; info: { lines: number } }>
  try {
    records = parse(text, {
      delimiter,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      to_line: limits.maxRows + 1,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  } catch (error) {
    const csv = error as { code?: unknown; lines?: unknown; message?: unknown }
    // csv-parse's codes start with CSV_, except INVALID_OPENING_QUOTE (a quote inside an unquoted cell).
    if (
      typeof csv.code === 'string' &&
      (csv.code.startsWith('CSV_') || csv.code === 'INVALID_OPENING_QUOTE')
    ) {
      const line = csv.lines
      throw importFailure(`${file} is not valid CSV`, [
        {
          code: 'INVALID_CSV',
          file,
          message: `invalid CSV: ${String(csv.message)}`,
          ...(typeof line === 'number' && line > 0 ? { row: line } : {}),
          hint: 'every row needs as many cells as the header; quote cells that hold the delimiter',
        },
      ])
    }
    throw error
  }
  const last = records[records.length - 1]
  if (last && last.info.lines > limits.maxRows) checkLimit(limits, 'maxRows', last.info.lines, { file })
  const rows: string[][] = new Array(records.length)
  const rowNumbers: number[] = new Array(records.length)
  for (let i = 0; i < records.length; i++) {
    const { record, info } = records[i] as { record: string[]; info: { lines: number } }
    rows[i] = record
    rowNumbers[i] = info.lines
  }
  return { table: tableOf(file, rows, rowNumbers, limits), delimiter }
}

/** The table of the rows read, after checking the column limit and that there is a header row at all. */
function tableOf(file: string, rows: string[][], rowNumbers: number[], limits: ImportLimits): Table {
  let width = 0
  for (const row of rows) if (row.length > width) width = row.length
  checkLimit(limits, 'maxColumns', width, { file })
  if (rows.length === 0) {
    throw importFailure(`${file} is empty`, [
      { code: 'INVALID_CSV', file, row: 1, message: 'no header row (expected unit,name,<leaf code>,…)' },
    ])
  }
  return { file, rows, rowNumbers, width }
}
