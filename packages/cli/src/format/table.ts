import type { Stylist } from './style.js'
import { terminalSafe } from './terminal-safe.js'
import { displayWidth, pad } from './width.js'

/**
 * A column of a {@link renderTable} table.
 *
 * @example
 * ```ts
 * const column: TableColumn = { header: 'Index', align: 'right' }
 * ```
 */
export interface TableColumn {
  /** The header text. */
  header: string
  /** `right` for numbers (default `left`). */
  align?: 'left' | 'right'
}

/**
 * Renders rows as a plain-text table aligned by display width (see `displayWidth`): a header row, a rule,
 * then the rows; columns separated by two spaces; trailing spaces trimmed. `styleRow` may colour a whole row
 * (after alignment, so escape codes never disturb the widths). Every header and cell goes through
 * `terminalSafe` first: a name holding a line break or an escape sequence shows it written out, and cannot
 * add a row or move the cursor.
 *
 * @example
 * ```ts
 * renderTable([{ header: 'Unit' }, { header: 'Index', align: 'right' }], [['Huế', '85.78'], ['HN', '9']])
 * // 'Unit  Index\n----  -----\nHuế   85.78\nHN        9\n'
 * ```
 */
export function renderTable(
  columns: ReadonlyArray<TableColumn>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  options: { style?: Stylist; styleRow?: (index: number, line: string) => string } = {},
): string {
  columns = columns.map((column) => ({ ...column, header: terminalSafe(column.header) }))
  rows = rows.map((row) => row.map(terminalSafe))
  const widths = columns.map((column, index) => {
    // A loop rather than Math.max(...rows): ten thousand arguments are no longer spread onto the stack.
    let width = displayWidth(column.header)
    for (const row of rows) width = Math.max(width, displayWidth(row[index] ?? ''))
    return width
  })
  const line = (cells: ReadonlyArray<string>) =>
    columns
      .map((column, index) => pad(cells[index] ?? '', widths[index] ?? 0, column.align))
      .join('  ')
      .trimEnd()
  const style = options.style ?? ((_style, text) => text)
  const out = [
    style('bold', line(columns.map((column) => column.header))),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row, index) => (options.styleRow ? options.styleRow(index, line(row)) : line(row))),
  ]
  return `${out.join('\n')}\n`
}
