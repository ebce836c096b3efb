import { columnRoles, DEFAULT_LIMITS, decodeText } from '@chiso/adapters'
import { parseCsvTable } from '@chiso/adapters/csv'
import { ChisoError, type ChisoIssue, type Unit } from '@chiso/core'
import { readBytes } from './read-bytes.js'

/**
 * Reads a list of units from a CSV file: `#` comment lines, then a header with the unit-code column (`unit`, `code`, `Mã đơn vị`…) and
 * optionally `name` (`Tên đơn vị`) and `group` (`Nhóm`), one unit per row. Other columns are ignored. A row
 * without a code, or a code given twice, is a located error.
 *
 * @example
 * ```ts
 * readUnits('don-vi.csv', io.cwd) // [{ code: 'dong-son', name: 'Huyện Đông Sơn' }, …]
 * ```
 */
export function readUnits(file: string, cwd: string): Unit[] {
  const { text } = decodeText(readBytes(file, cwd, DEFAULT_LIMITS.maxFileBytes), file)
  const { table } = parseCsvTable(text, { file })
  // `#` lines above the table come back as one-cell title rows: the header is the first row after them.
  const isComment = (row: ReadonlyArray<string>) =>
    (row[0] ?? '').startsWith('#') && row.slice(1).every((cell) => cell === '')
  const headerIndex = Math.max(
    0,
    table.rows.findIndex((row) => !isComment(row)),
  )
  const header = table.rows[headerIndex] ?? []
  const roles = columnRoles(header, {}, new Set())
  const column = (role: 'unit' | 'name' | 'group') => roles.findIndex((r) => r.role === role)
  const [unitColumn, nameColumn, groupColumn] = [column('unit'), column('name'), column('group')]
  if (unitColumn < 0) {
    throw new ChisoError('INVALID_HEADER', `${file}: no unit column`, {
      issues: [
        {
          file,
          row: table.rowNumbers[headerIndex] ?? 1,
          message: 'the first row names no unit-code column',
          hint: 'write a header such as unit,name,group (or Mã đơn vị,Tên đơn vị)',
        },
      ],
    })
  }
  const units: Unit[] = []
  const issues: ChisoIssue[] = []
  const seen = new Map<string, number>()
  table.rows.slice(headerIndex + 1).forEach((row, i) => {
    const line = table.rowNumbers[headerIndex + 1 + i]!
    const cell = (c: number) => (c < 0 ? '' : (row[c] ?? '').normalize('NFC').trim())
    if (row.every((text) => text.trim() === '')) return
    const code = cell(unitColumn)
    if (code === '') {
      issues.push({ file, row: line, column: unitColumn + 1, message: 'the row has no unit code' })
      return
    }
    const first = seen.get(code)
    if (first !== undefined) {
      issues.push({
        file,
        row: line,
        column: unitColumn + 1,
        message: `unit "${code}" again (first on row ${first})`,
      })
      return
    }
    seen.set(code, line)
    const unit: Unit = { code }
    if (cell(nameColumn) !== '') unit.name = cell(nameColumn)
    if (cell(groupColumn) !== '') unit.group = cell(groupColumn)
    units.push(unit)
  })
  if (issues.length > 0)
    throw new ChisoError('INVALID_CELL', `${file}: ${issues.length} bad unit row(s)`, { issues })
  return units
}
