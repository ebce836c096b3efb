// A rejected cell as the issue the studio shows: its place, its value and its reason, in English in the
// message (core's `formatIssue`), with the reason's code and the cell's value kept beside it so the page can
// say the same in Vietnamese.
import { codedReason, type RejectedCell, withReasonCode } from '@chiso/adapters'
import type { ChisoIssue } from '@chiso/core'

/** The value a rejected cell held and its workbook address, kept on its issue. */
export interface RejectedValue {
  readonly value: string
  readonly address?: string
}

// Not enumerable, like the adapters' reason code: the issue's JSON form stays core's.
const PROPERTY = 'rejectedValue'

/**
 * The issue of one rejected cell: located (file, sheet, row, column), its English message naming the cell's
 * address, value and reason, and the reason's code (`codedReason`) and the value (`rejectedValueOf`) attached.
 *
 * @example
 * ```ts
 * const issue = rejectedCellIssue(report.rejected[0])
 * issue.message // 'C4 "abc": column "1.1", unit "ha-noi": expected a number …'
 * ```
 */
export function rejectedCellIssue(cell: RejectedCell): ChisoIssue {
  const issue: ChisoIssue = {
    code: 'INVALID_CELL',
    file: cell.file,
    ...(cell.sheet === undefined ? {} : { sheet: cell.sheet }),
    row: cell.row,
    column: cell.column,
    message: `${cell.address ?? ''} "${cell.value}": ${cell.reason}`.trim(),
  }
  const value: RejectedValue = {
    value: cell.value,
    ...(cell.address === undefined ? {} : { address: cell.address }),
  }
  Object.defineProperty(issue, PROPERTY, { value, enumerable: false, configurable: true })
  return withReasonCode(issue, codedReason(cell))
}

/**
 * The value and address kept on a rejected cell's issue by {@link rejectedCellIssue}, or `undefined` for any
 * other issue.
 *
 * @example
 * ```ts
 * rejectedValueOf(rejectedCellIssue(cell))?.value // 'abc'
 * ```
 */
export function rejectedValueOf(issue: object): RejectedValue | undefined {
  return (issue as { [PROPERTY]?: RejectedValue })[PROPERTY]
}
