// The import report of a wide table: how each column's cells are accounted for.
import type { ImportReport } from '../report/import-report.js'
import { codedReason, withReasonCode } from '../report/reason-code.js'
import type { ColumnRole } from './headers.js'
import type { locator } from './table.js'

/**
 * Records each column of the header row and of the rows below it (to `last`) as used (as the header, the unit
 * code, an observation of a leaf field, a note…) or ignored with its column's reason.
 *
 * @param report the report to add to
 * @param at where a cell is in the table as read
 * @param roles each column's role
 * @param headerIndex the header's row index
 * @param last the last row's index
 * @example
 * ```ts
 * accountForColumns(report, at, roles, 0, table.rows.length - 1)
 * ```
 */
export function accountForColumns(
  report: ImportReport,
  at: ReturnType<typeof locator>,
  roles: readonly ColumnRole[],
  headerIndex: number,
  last: number,
): void {
  roles.forEach((role, c) => {
    if (role.role === 'ignored') {
      report.ignored.push(
        withReasonCode({ ...range(at, headerIndex, last, c, c), reason: role.reason }, codedReason(role)),
      )
    } else {
      report.used.push({
        ...range(at, headerIndex, headerIndex, c, c),
        as: 'header',
        ...(role.role === 'data' ? dataTarget(role) : {}),
        ...(role.role === 'note' ? noteTarget(role) : {}),
      })
      if (last > headerIndex) {
        report.used.push({
          ...range(at, headerIndex + 1, last, c, c),
          as: role.role === 'data' ? 'observation' : role.role,
          ...(role.role === 'data' ? dataTarget(role) : {}),
          ...(role.role === 'note' ? noteTarget(role) : {}),
        })
      }
    }
  })
}

/**
 * The rectangle of the table as read (row and column numbers, ordered) covering rows `r1`–`r2` and columns
 * `c1`–`c2` of the table as scanned.
 *
 * @example
 * ```ts
 * range(at, 0, 0, 0, 2) // { fromRow: 1, toRow: 1, fromColumn: 1, toColumn: 3 }
 * ```
 */
export function range(at: ReturnType<typeof locator>, r1: number, r2: number, c1: number, c2: number) {
  const a = at.position(r1, c1)
  const b = at.position(r2, c2)
  return {
    fromRow: Math.min(a.row, b.row),
    toRow: Math.max(a.row, b.row),
    fromColumn: Math.min(a.column, b.column),
    toColumn: Math.max(a.column, b.column),
  }
}

function dataTarget(role: Extract<ColumnRole, { role: 'data' }>) {
  return {
    node: role.node,
    field: role.field,
    ...(role.source ? { source: role.source } : {}),
    ...(role.round ? { round: role.round } : {}),
  }
}

function noteTarget(role: Extract<ColumnRole, { role: 'note' }>) {
  return {
    node: role.node,
    note:
      role.note === 'evidence' ? `evidence${role.item === 1 ? '' : role.item}.${role.property}` : role.note,
    ...(role.source ? { source: role.source } : {}),
    ...(role.round ? { round: role.round } : {}),
  }
}
