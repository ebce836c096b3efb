import { columnLetters, type ImportReport } from '@chiso/adapters'
import { formatLocation } from '@chiso/core'
import { ISSUES_SHOWN } from './issues.js'
import type { Stylist } from './style.js'

/** Units named in the summary of rejected cells; the cells themselves name theirs. */
const UNITS_NAMED = 10

/** Reasons that need no note: rows every spreadsheet has. */
const ROUTINE = new Set(['blank row', 'above the header row (titles)', 'ignored by the mapping'])

/**
 * Notes for stderr about an import: columns ignored (and why), cells read with a warning (formulas without a
 * cached value), and cells rejected when the command goes on anyway. Empty when there is nothing to say.
 *
 * @example
 * ```ts
 * formatImportNotes(report, style)
 * // 'note: du-lieu.csv: column 5 ("Ghi chú") ignored: the header "Ghi chú" is not a leaf code …\n'
 * ```
 */
export function formatImportNotes(
  report: ImportReport,
  style: Stylist,
  options: { rejected?: boolean } = {},
): string {
  const where = report.sheet ? `${report.file}!${report.sheet}` : report.file
  const letters = report.sheet !== undefined
  const lines: string[] = []
  // A template's ignored cells are its own structure (titles, criterion text, read-only copies): the summary
  // counts them and the full report (--report) lists them.
  for (const entry of report.format === 'template' ? [] : report.ignored) {
    if (
      ROUTINE.has(entry.reason) ||
      entry.reason.startsWith('the row has no unit') ||
      entry.reason.startsWith('duplicate unit')
    ) {
      continue
    }
    const single = entry.fromColumn === entry.toColumn
    const vertical = report.orientation !== 'columns'
    if (single && vertical) {
      const column = letters ? columnLetters(entry.fromColumn) : String(entry.fromColumn)
      lines.push(`${style('cyan', 'note')}: ${where}: column ${column} ignored: ${entry.reason}`)
    } else if (entry.fromRow === entry.toRow && !vertical) {
      lines.push(`${style('cyan', 'note')}: ${where}: row ${entry.fromRow} ignored: ${entry.reason}`)
    } else {
      lines.push(
        `${style('cyan', 'note')}: ${where}: rows ${entry.fromRow}–${entry.toRow}, columns ${entry.fromColumn}–${entry.toColumn} ignored: ${entry.reason}`,
      )
    }
  }
  for (const warning of report.warnings.slice(0, ISSUES_SHOWN)) {
    const at = warning.address ?? `${warning.row}:${warning.column}`
    lines.push(`${style('yellow', 'warning')}: ${where} ${at}: ${warning.message}`)
  }
  if (report.rejected.length > 0 && options.rejected !== false) {
    lines.push(
      `${style('yellow', 'warning')}: ${report.rejected.length} cell${report.rejected.length === 1 ? '' : 's'} rejected, counted as missing${affectedUnits(report)}:`,
    )
    for (const cell of report.rejected.slice(0, ISSUES_SHOWN)) {
      lines.push(`  ${formatLocation(cell)}: cannot read ${JSON.stringify(cell.value)}: ${cell.reason}`)
    }
    if (report.rejected.length > ISSUES_SHOWN)
      lines.push(`  … and ${report.rejected.length - ISSUES_SHOWN} more`)
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** ` (2 units affected: a, b)`: the units scored without some of their cells, in the order first rejected. */
function affectedUnits(report: ImportReport): string {
  const units = [...new Set(report.rejected.flatMap((cell) => (cell.unit === undefined ? [] : [cell.unit])))]
  if (units.length === 0) return ''
  const shown = units.slice(0, UNITS_NAMED).join(', ')
  const more = units.length > UNITS_NAMED ? `, … ${units.length - UNITS_NAMED} more` : ''
  return ` (${units.length} unit${units.length === 1 ? '' : 's'} affected: ${shown}${more})`
}

/**
 * A one-paragraph summary of an import for `chiso import`: what was read, how, and what happened to the
 * cells.
 *
 * @example
 * ```ts
 * formatImportSummary(report)
 * // 'du-lieu.csv: wide table, units in rows, header row 1, utf-8, delimiter ";"\n'
 * // + '  63 units, 630 observations; 695 cells: 695 used, 0 ignored, 0 rejected\n'
 * ```
 */
export function formatImportSummary(report: ImportReport): string {
  const where = report.sheet ? `${report.file}!${report.sheet}` : report.file
  const how = [
    report.format === 'template'
      ? 'chiso template workbook'
      : `${report.format} ${report.format === 'wide' || report.format === 'long' ? 'table' : 'data'}`,
    ...(report.orientation ? [`units in ${report.orientation}`] : []),
    ...(report.headerRow !== undefined
      ? [`header ${report.orientation === 'columns' ? 'column' : 'row'} ${report.headerRow}`]
      : []),
    ...(report.encoding ? [report.encoding] : []),
    ...(report.delimiter ? [`delimiter ${JSON.stringify(report.delimiter)}`] : []),
  ].join(', ')
  const { cells } = report
  return (
    `${where}: ${how}\n` +
    `  ${report.units} units, ${report.observations} observations; ${cells.total} cells: ${cells.used} used, ${cells.ignored} ignored, ${cells.rejected} rejected\n`
  )
}
