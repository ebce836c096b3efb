// Vietnamese files group thousands with `.` and write decimals with `,` (1.234.567,5), English ones the other
// way round. One separator followed by three digits (`987.654`) reads either way. When the same column shows
// the separator grouping thousands elsewhere (`1.234.567`), reading `987.654` as a decimal would read the
// column two ways (80 % turning into 0.08 %): such cells are rejected instead, with the reason.
import { type Reason, reasonOf } from '../report/reason-code.js'

// A cell where `.` (or `,`) certainly groups thousands: repeated in groups of three, or before the other
// separator.
const DOT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3}){2,}(?:,\d*)?\s*%?$|^[+-]?\d{1,3}(?:\.\d{3})+,\d*\s*%?$/
const COMMA_GROUPS = /^[+-]?\d{1,3}(?:,\d{3}){2,}(?:\.\d*)?\s*%?$|^[+-]?\d{1,3}(?:,\d{3})+\.\d*\s*%?$/
// A cell read as a decimal that would read as thousands too.
const DOT_EITHER = /^[+-]?\d{1,3}\.\d{3}\s*%?$/
const COMMA_EITHER = /^[+-]?\d{1,3},\d{3}\s*%?$/

/**
 * What one column's cells say about its separators: the first cell (by index) where `.` groups thousands,
 * and the first where `,` does.
 *
 * @example
 * ```ts
 * const evidence: SeparatorEvidence = { dotGroups: 12 }
 * ```
 */
export interface SeparatorEvidence {
  dotGroups?: number
  commaGroups?: number
}

/**
 * Looks through a column's cells (only when the decimal separator is detected, not declared) for cells where
 * a separator certainly groups thousands.
 *
 * @example
 * ```ts
 * separatorEvidence(['80', '987.654', '1.234.567']) // { dotGroups: 2 }
 * ```
 */
export function separatorEvidence(cells: ReadonlyArray<string>): SeparatorEvidence {
  const evidence: SeparatorEvidence = {}
  for (let i = 0; i < cells.length; i++) addEvidence(evidence, cells[i] ?? '', i)
  return evidence
}

/**
 * The {@link SeparatorEvidence} of several columns of a table at once, for the rows from `from` on (cell
 * indices counted from `from`): the same as {@link separatorEvidence} of each column's cells, read row by row
 * (the order the cells lie in memory) without copying any column. Only columns with evidence are in the map.
 *
 * @example
 * ```ts
 * separatorEvidenceByColumn([['unit', '1.1'], ['A', '80'], ['B', '1.234.567']], 1, [1]) // Map { 1 => { dotGroups: 1 } }
 * ```
 */
export function separatorEvidenceByColumn(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  from: number,
  columns: ReadonlyArray<number>,
): Map<number, SeparatorEvidence> {
  const found = columns.map((): SeparatorEvidence => ({}))
  for (let r = from; r < rows.length; r++) {
    const row = rows[r] as ReadonlyArray<string>
    for (let at = 0; at < columns.length; at++) {
      const text = row[columns[at] as number]
      // Shorter than any grouping even before trimming: most cells of most files.
      if (text !== undefined && text.length >= 5) addEvidence(found[at] as SeparatorEvidence, text, r - from)
    }
  }
  const byColumn = new Map<number, SeparatorEvidence>()
  found.forEach((evidence, at) => {
    if (evidence.dotGroups !== undefined || evidence.commaGroups !== undefined)
      byColumn.set(columns[at] as number, evidence)
  })
  return byColumn
}

/** Notes cell `index` in `evidence` when it shows a separator grouping thousands. */
function addEvidence(evidence: SeparatorEvidence, cell: string, index: number): void {
  const text = cell.trim()
  if (text.length < 5) return
  if (evidence.dotGroups === undefined && DOT_GROUPS.test(text)) evidence.dotGroups = index
  if (evidence.commaGroups === undefined && COMMA_GROUPS.test(text)) evidence.commaGroups = index
}

/**
 * Why a cell would be read two ways given its column's {@link SeparatorEvidence} (`where` names the cell
 * showing the grouping: its address in a sheet, else its row), or undefined when it reads one way only.
 *
 * @example
 * ```ts
 * ambiguousSeparator('987.654', { dotGroups: 2 }, () => ({ row: 4 }))?.text // 'read two ways: …'
 * ambiguousSeparator('7.5', { dotGroups: 2 }, () => ({ row: 4 }))           // undefined
 * ```
 */
export function ambiguousSeparator(
  text: string,
  evidence: SeparatorEvidence,
  where: (index: number) => { address?: string | undefined; row: number },
): Reason | undefined {
  const trimmed = text.trim()
  const separator =
    evidence.dotGroups !== undefined && DOT_EITHER.test(trimmed)
      ? { char: '.', at: evidence.dotGroups, other: ',' }
      : evidence.commaGroups !== undefined && COMMA_EITHER.test(trimmed)
        ? { char: ',', at: evidence.commaGroups, other: '.' }
        : undefined
  if (separator === undefined) return undefined
  const cell = where(separator.at)
  return reasonOf('two-ways', {
    separator: separator.char,
    other: separator.other,
    value: trimmed,
    whole: trimmed.replace(separator.char, ''),
    ...(cell.address === undefined ? { row: String(cell.row) } : { address: cell.address }),
  })
}
