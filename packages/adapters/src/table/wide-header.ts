// The header of a wide table: which row it is, and what each column holds (the unit code, its name or group, a
// leaf field, a note, or nothing to import, with the reason).
import { type ChisoIssue, withErrorReason } from '@chiso/core'
import type { ImportMapping } from '../mapping/mapping.js'
import { headerReason } from '../report/header-reason.js'
import { importFailure } from '../report/import-failure.js'
import { reasonOf, withReasonCode } from '../report/reason-code.js'
import { type ColumnRole, columnRoles, isUnitHeader } from './headers.js'
import { columnLetters, type locator, type Table } from './table.js'

/** Rows searched for the header when it is not given. */
const HEADER_SEARCH_ROWS = 50

/** A wide table's header row and the role of each of its columns. */
export interface WideHeader {
  /** The header's index among the table's rows. */
  readonly headerIndex: number
  /** Each column's role, by column index. */
  readonly roles: ColumnRole[]
  /** The index of the unit code's column. */
  readonly unitColumn: number
  /** The index of the units' names' column, or -1. */
  readonly nameColumn: number
  /** The index of the units' groups' column, or -1. */
  readonly groupColumn: number
  /** The indexes of the columns holding a leaf field, in order. */
  readonly dataColumns: number[]
  /** The indexes of the columns holding notes (evidence, comments), in order. */
  readonly noteColumns: number[]
}

/**
 * Finds the header of `table` (given by the mapping's `headerRow`, or the first row of the first 50 that holds
 * the unit column) and gives each column its role. A column under a header cell merged along the header line
 * is a copy and is ignored. Throws an import failure, with the file, sheet and row, when no row holds the unit
 * column or no column holds a leaf (nothing would be imported).
 *
 * @param source the table as read (for messages and column labels)
 * @param table the table read row by row (`source`, or `source` transposed when units are in columns)
 * @param at where a cell of `table` is in `source`
 * @param mapping how the table's headers map to the methodology
 * @param leaves the methodology's leaf codes, when known (columns naming others are ignored)
 * @param transposed whether the units are in columns
 * @example
 * ```ts
 * const table = { file: 'd.csv', rows: [['unit', '1.1'], ['A', '7']], rowNumbers: [1, 2], width: 2 }
 * wideHeader(table, table, locator(table, false), {}, undefined, false).dataColumns // [1]
 * ```
 */
export function wideHeader(
  source: Table,
  table: Table,
  at: ReturnType<typeof locator>,
  mapping: ImportMapping,
  leaves: ReadonlySet<string> | undefined,
  transposed: boolean,
): WideHeader {
  const headerIndex = findHeader(table, mapping, transposed)
  const header = table.rows[headerIndex] ?? []
  const roles = columnRoles(
    Array.from({ length: table.width }, (_, c) => header[c] ?? ''),
    mapping,
    leaves,
    (c) => String(transposed ? at.position(headerIndex, c).row : columnLabel(source, c + 1)),
  )
  const merged = table.merged
  if (merged) {
    roles.forEach((role, c) => {
      const master = merged.get(`${headerIndex}:${c}`)
      // Only a merge along the header line makes a column a copy; a unit header merged over two header
      // rows (a vertical merge) is the real header of its column.
      if (
        master !== undefined &&
        role.role !== 'ignored' &&
        alongHeader(master, at.position(headerIndex, c), transposed)
      ) {
        const why = reasonOf('merged-header', { master })
        roles[c] = withReasonCode({ role: 'ignored', reason: why.text }, why)
      }
    })
  }
  const unitColumn = roles.findIndex((role) => role.role === 'unit')
  const nameColumn = roles.findIndex((role) => role.role === 'name')
  const groupColumn = roles.findIndex((role) => role.role === 'group')
  const dataColumns: number[] = []
  const noteColumns: number[] = []
  roles.forEach((role, c) => {
    if (role.role === 'data') dataColumns.push(c)
    if (role.role === 'note') noteColumns.push(c)
  })

  if (dataColumns.length === 0) {
    // Nothing would be imported: every unit would score as if it had no data at all. Say why instead.
    const headers = roles
      .map((role, c) => (role.role === 'ignored' && header[c] ? `"${header[c]}"` : ''))
      .filter((text) => text !== '')
    throw importFailure(`${source.file}: no column holds a leaf`, [
      {
        code: 'NO_LEAF_COLUMNS',
        file: source.file,
        ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
        row: at.position(headerIndex, 0).row,
        message: `no column of the header holds a leaf${headers.length > 0 ? ` (not leaf codes: ${headers.slice(0, 10).join(', ')}${headers.length > 10 ? ', …' : ''})` : ''}`,
        hint: 'name the columns by leaf code (1.1, 1.2:done…) or map the headers to leaf codes with a mapping file (columns: { "Kế hoạch CCHC": "1.1" })',
      },
    ])
  }
  return { headerIndex, roles, unitColumn, nameColumn, groupColumn, dataColumns, noteColumns }
}

/** Whether a merged cell's top-left address lies on the same header row (or column, when transposed). */
function alongHeader(
  master: string,
  position: { row: number; column: number },
  transposed: boolean,
): boolean {
  const match = /^([A-Z]+)(\d+)$/.exec(master)
  if (!match) return true
  if (!transposed) return Number(match[2]) === position.row
  return columnLetters(position.column) === match[1]
}

function columnLabel(table: Table, column: number): string | number {
  return table.letters ? columnLetters(column) : column
}

function findHeader(table: Table, mapping: ImportMapping, transposed: boolean): number {
  const { rows } = table
  if (mapping.headerRow !== undefined) {
    const index = transposed ? mapping.headerRow - 1 : table.rowNumbers.indexOf(mapping.headerRow)
    if (index < 0 || index >= rows.length) {
      throw importFailure(`${table.file}: no ${transposed ? 'column' : 'row'} ${mapping.headerRow}`, [
        withErrorReason<ChisoIssue>(
          {
            code: 'INVALID_HEADER',
            file: table.file,
            ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
            message: `the header ${transposed ? 'column' : 'row'} ${mapping.headerRow} is not in the table`,
          },
          headerReason('header.not-in-table', {
            axis: transposed ? 'column' : 'row',
            number: String(mapping.headerRow),
          }),
        ),
      ])
    }
    return index
  }
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const row = rows[r] as string[]
    const c = row.findIndex((cell) => isUnitHeader(cell, mapping))
    if (c < 0) continue
    // A unit header merged over several rows (a two-row header): the header row is the last of them.
    let end = r
    while (end + 1 < rows.length && (rows[end + 1]?.[c] ?? '') === row[c]) end++
    return end
  }
  const wanted = mapping.unit === undefined ? '"unit" (or "Mã đơn vị", "code")' : `"${mapping.unit}"`
  throw importFailure(`${table.file}: no unit column`, [
    withErrorReason<ChisoIssue>(
      {
        code: 'INVALID_HEADER',
        file: table.file,
        ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
        message: `no header ${transposed ? 'column' : 'row'} with a ${wanted} ${transposed ? 'row' : 'column'} in the first ${HEADER_SEARCH_ROWS} ${transposed ? 'columns' : 'rows'}`,
        hint: 'name the unit column "unit" (expected unit,name,<leaf code>,…), or say which it is with a mapping (unit: "…")',
      },
      headerReason(
        'header.no-unit-column',
        {
          axis: transposed ? 'column' : 'row',
          count: String(HEADER_SEARCH_ROWS),
          ...(mapping.unit === undefined ? {} : { unit: mapping.unit }),
        },
        'hint.name-unit-column',
      ),
    ),
  ])
}
