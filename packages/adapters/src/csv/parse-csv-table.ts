import { parse } from '#csv-parse-sync'
import { importFailure } from '../report/import-failure.js'
import { checkLimit, DEFAULT_LIMITS, type ImportLimits } from '../report/limits.js'
import type { Table } from '../table/table.js'
import { type CsvDelimiter, detectDelimiter } from './detect-delimiter.js'
import { splitSimpleCsv } from './split-simple-csv.js'

/**
 * Parses CSV text (already decoded) into a {@link Table} — directly when it has nothing to interpret (see
 * `splitSimpleCsv`), otherwise with csv-parse: the delimiter is detected unless given, blank lines are
 * skipped, `\n`, `\r\n` and `\r` line endings may be mixed, every row keeps its line number. Lines starting
 * with `#` *before the first table line* are comments: they stay in the table as one-cell title rows, so the
 * import report accounts for them ("above the header row"); a `#` line further down is an ordinary row
 * (`#2` as an STT, `#N/A` in a cell), never dropped. Rows above the first row of full width (titles) may
 * have fewer cells, and are padded with empty cells; from that row on every row needs the full width.
 * Malformed CSV (an unclosed quote, a short or long row in the table) throws a `ChisoError` with the line.
 *
 * @example
 * ```ts
 * parseCsvTable('unit;1.1\nA;7,5\n', { file: 'd.csv' }).table.rows // [['unit', '1.1'], ['A', '7,5']]
 * parseCsvTable('# nguồn: …\nunit;1.1\n#2;7\n', { file: 'd.csv' }).table.rows
 * // [['# nguồn: …', ''], ['unit', '1.1'], ['#2', '7']]
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
  const comments = leadingComments(text)
  const body = text.slice(comments.end)
  // Most files need no CSV parser at all: split them directly (the same rows, several times faster).
  const simple = splitSimpleCsv(body, delimiter, limits.maxRows)
  if (simple !== undefined) {
    const rows = [...comments.rows, ...simple.rows]
    const rowNumbers = [...comments.rowNumbers, ...simple.rowNumbers.map((n) => n + comments.lines)]
    return { table: tableOf(file, rows, rowNumbers, limits), delimiter }
  }
  let records: Array<{ record: string[]; info: { lines: number } }>
  try {
    records = parse(body, {
      delimiter,
      // Excel and hand edits mix line endings in one file: every one ends a record.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Title rows above the table may be short; tableOf checks the rows of the table itself.
      relax_column_count: true,
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
  if (last && last.info.lines + comments.lines > limits.maxRows)
    checkLimit(limits, 'maxRows', last.info.lines + comments.lines, { file })
  const rows: string[][] = [...comments.rows]
  const rowNumbers: number[] = [...comments.rowNumbers]
  for (const { record, info } of records) {
    rows.push(record)
    rowNumbers.push(info.lines + comments.lines)
  }
  return { table: tableOf(file, rows, rowNumbers, limits), delimiter }
}

/**
 * The `#` comment lines (and blank lines) at the start of the text: their rows (one cell each, the whole
 * line), their line numbers, how many lines they take and where the rest of the text starts.
 */
function leadingComments(text: string): {
  rows: string[][]
  rowNumbers: number[]
  lines: number
  end: number
} {
  const rows: string[][] = []
  const rowNumbers: number[] = []
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let lines = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end).replace(/\r$/, '')
    // A lone \r inside a line ends it in csv-parse's reading: leave such text to csv-parse.
    if (line.includes('\r')) break
    if (line.trim() !== '' && !line.startsWith('#')) break
    lines++
    if (line.trim() !== '') {
      rows.push([line])
      rowNumbers.push(lines)
    }
    start = end + 1
  }
  if (lines === 0) return { rows, rowNumbers, lines, end: 0 }
  return { rows, rowNumbers, lines, end: Math.min(start, text.length) }
}

/**
 * The table of the rows read, after checking the column limit and that there is a header row at all. Rows
 * above the first row of the full width (titles, comments) are padded with empty cells; a row of another
 * width below it is malformed CSV.
 */
function tableOf(file: string, rows: string[][], rowNumbers: number[], limits: ImportLimits): Table {
  let width = 0
  for (const row of rows) if (row.length > width) width = row.length
  checkLimit(limits, 'maxColumns', width, { file })
  // The rectangle, checked before any padding builds it.
  checkLimit(limits, 'maxCells', rows.length * width, { file })
  let full = false
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[]
    if (row.length === width) {
      full = true
      continue
    }
    if (full) {
      throw importFailure(`${file} is not valid CSV`, [
        {
          code: 'INVALID_CSV',
          file,
          row: rowNumbers[i] as number,
          message: `invalid CSV: this row has ${row.length} cells where the table above has ${width}`,
          hint: 'every row needs as many cells as the header; quote cells that hold the delimiter',
        },
      ])
    }
    while (row.length < width) row.push('')
  }
  if (rows.length === 0) {
    throw importFailure(`${file} is empty`, [
      { code: 'INVALID_CSV', file, row: 1, message: 'no header row (expected unit,name,<leaf code>,…)' },
    ])
  }
  return { file, rows, rowNumbers, width }
}
