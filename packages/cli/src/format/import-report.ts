import { codedReason, columnLetters, type ImportReport } from '@chiso/adapters'
import { formatLocation } from '@chiso/core'
import { IMPORT_MESSAGES } from '../messages/import.js'
import { IMPORT_REASON_MESSAGES } from '../messages/import-reasons.js'
import type { Language } from '../messages/language.js'
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
  options: { rejected?: boolean; language?: Language } = {},
): string {
  const language = options.language ?? 'en'
  const words = IMPORT_MESSAGES[language]
  // English says the adapters' text as it is; another language says a coded reason (every reason the
  // adapters give has a code) by its sentence, and one without a code (a table built elsewhere) by the
  // general sentence.
  const say = (text: string, entry: object, general: string = words.reason) => {
    if (language === 'en') return text
    const coded = codedReason(entry)
    return coded === undefined ? general : IMPORT_REASON_MESSAGES[language][coded.code](coded.params)
  }
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
      lines.push(
        `${style('cyan', words.note)}: ${where}: ${words.columnIgnored(column, say(entry.reason, entry))}`,
      )
    } else if (entry.fromRow === entry.toRow && !vertical) {
      lines.push(
        `${style('cyan', words.note)}: ${where}: ${words.rowIgnored(entry.fromRow, say(entry.reason, entry))}`,
      )
    } else {
      lines.push(
        `${style('cyan', words.note)}: ${where}: ${words.blockIgnored(`${entry.fromRow}–${entry.toRow}`, `${entry.fromColumn}–${entry.toColumn}`, say(entry.reason, entry))}`,
      )
    }
  }
  for (const warning of report.warnings.slice(0, ISSUES_SHOWN)) {
    const at = warning.address ?? `${warning.row}:${warning.column}`
    lines.push(
      `${style('yellow', words.warning)}: ${where} ${at}: ${say(warning.message, warning, words.warningText)}`,
    )
  }
  if (report.rejected.length > 0 && options.rejected !== false) {
    lines.push(
      `${style('yellow', words.warning)}: ${words.rejected(report.rejected.length, affectedUnits(report, language))}`,
    )
    for (const cell of report.rejected.slice(0, ISSUES_SHOWN)) {
      lines.push(
        `  ${formatLocation(cell)}: ${words.cannotRead(JSON.stringify(cell.value))}: ${say(cell.reason, cell, words.cellReason)}`,
      )
    }
    if (report.rejected.length > ISSUES_SHOWN)
      lines.push(`  ${words.more(report.rejected.length - ISSUES_SHOWN)}`)
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** ` (2 units affected: a, b)`: the units scored without some of their cells, in the order first rejected. */
function affectedUnits(report: ImportReport, language: Language): string {
  const words = IMPORT_MESSAGES[language]
  const units = [...new Set(report.rejected.flatMap((cell) => (cell.unit === undefined ? [] : [cell.unit])))]
  if (units.length === 0) return ''
  const shown = units.slice(0, UNITS_NAMED).join(', ')
  const more = units.length > UNITS_NAMED ? words.moreUnits(units.length - UNITS_NAMED) : ''
  return words.affected(units.length, `${shown}${more}`)
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
export function formatImportSummary(report: ImportReport, language: Language = 'en'): string {
  const words = IMPORT_MESSAGES[language]
  const where = report.sheet ? `${report.file}!${report.sheet}` : report.file
  const how = [
    report.format === 'template'
      ? words.format.template
      : report.format === 'wide' || report.format === 'long'
        ? words.format[report.format]
        : words.format.data(report.format),
    ...(report.orientation ? [words.orientation(report.orientation)] : []),
    ...(report.headerRow !== undefined ? [words.header(report.orientation ?? 'rows', report.headerRow)] : []),
    ...(report.encoding ? [report.encoding] : []),
    ...(report.delimiter ? [words.delimiter(JSON.stringify(report.delimiter))] : []),
  ].join(', ')
  const { cells } = report
  return (
    `${where}: ${how}\n` +
    `  ${words.cells(report.units, report.observations, cells.total, cells.used, cells.ignored, cells.rejected)}\n`
  )
}
