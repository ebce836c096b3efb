import type { Origin } from '@chiso/core'

/**
 * Formats where an observation came from: `file:row:column` for numeric columns, `file:row (column X)` for
 * named ones, with the sheet when there is one.
 *
 * @example
 * ```ts
 * formatOrigin({ file: 'data.csv', row: 4, column: 3 })                   // 'data.csv:4:3'
 * formatOrigin({ file: 'data.xlsx', sheet: 'PCI', row: 4, column: 'C' }) // 'data.xlsx[PCI]:4 (column C)'
 * ```
 */
export function formatOrigin(origin: Origin): string {
  let out = origin.file ?? ''
  if (origin.sheet !== undefined) out += `[${origin.sheet}]`
  if (origin.row !== undefined) out += out === '' ? `row ${origin.row}` : `:${origin.row}`
  if (typeof origin.column === 'number' && origin.row !== undefined) out += `:${origin.column}`
  else if (origin.column !== undefined) out += `${out === '' ? '' : ' '}(column ${origin.column})`
  return out
}
