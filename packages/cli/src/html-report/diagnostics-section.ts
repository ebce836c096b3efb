import { diagnosticText } from '../format/diagnostics.js'
import { formatOrigin } from '../format/origin.js'
import { DIAGNOSTIC_MESSAGES } from '../messages/diagnostics.js'
import { escapeHtml } from './escape-html.js'
import type { ReportContext } from './report-context.js'

/**
 * How many diagnostics a report lists: enough for the usual handful, short enough to stay a report (the rest
 * are counted, and `chiso score --format json` lists them all).
 *
 * @example
 * ```ts
 * REPORT_DIAGNOSTICS_SHOWN // 50
 * ```
 */
export const REPORT_DIAGNOSTICS_SHOWN = 50

/**
 * The data problems a report lists, in the report's language: the errors and warnings scoring found (notes of
 * severity `info` are left to `chiso score`), each as its severity, where it is (unit, criterion, cell) and what
 * it says with its code — the same rows in the HTML and the Word report.
 *
 * @example
 * ```ts
 * const { rows, errors, warnings, more } = reportDiagnostics(context)
 * rows[0] // ['cảnh báo', 'Huyện Lang Chánh (lang-chanh), tiêu chí 7.4.1, …', 'không có số liệu: tính là 0 điểm', 'MISSING_ZERO']
 * ```
 */
export function reportDiagnostics(context: ReportContext): {
  rows: Array<[severity: string, where: string, problem: string, code: string]>
  errors: number
  warnings: number
  more: number
} {
  const words = DIAGNOSTIC_MESSAGES[context.language]
  const listed = context.scorecard.diagnostics.filter((d) => d.severity !== 'info')
  const errors = listed.filter((d) => d.severity === 'error').length
  const rows = listed.slice(0, REPORT_DIAGNOSTICS_SHOWN).map((diagnostic) => {
    const where = [
      diagnostic.unit === undefined ? undefined : `${context.nameOf(diagnostic.unit)} (${diagnostic.unit})`,
      diagnostic.node === undefined ? undefined : words.node(diagnostic.node),
      diagnostic.origin ? formatOrigin(diagnostic.origin) || undefined : undefined,
    ].filter((part) => part !== undefined)
    return [
      words.severity[diagnostic.severity],
      where.join(', '),
      diagnosticText(diagnostic, context.language),
      diagnostic.code,
    ] as [string, string, string, string]
  })
  return {
    rows,
    errors,
    warnings: listed.length - errors,
    more: Math.max(0, listed.length - REPORT_DIAGNOSTICS_SHOWN),
  }
}

/**
 * The report's section on data problems: the errors and warnings scoring found, each with its unit, criterion
 * and cell, in the report's language — so the reader of an e-mailed report sees them without running chiso.
 * Empty when scoring found neither (notes of severity `info` are left to `chiso score`).
 *
 * @example
 * ```ts
 * renderDiagnosticsSection(context)
 * // '<section id="diagnostics"><h2>Vấn đề về số liệu</h2>…<td>cảnh báo</td>…</section>'
 * ```
 */
export function renderDiagnosticsSection(context: ReportContext): string {
  const { labels } = context
  const { rows, errors, warnings, more } = reportDiagnostics(context)
  if (rows.length === 0) return ''
  const cells = rows.map(
    ([severity, where, problem, code]) =>
      `<tr><td>${escapeHtml(severity)}</td><td>${escapeHtml(where)}</td>` +
      `<td>${escapeHtml(problem)} <span class="code">${escapeHtml(code)}</span></td></tr>`,
  )
  const moreNote = more > 0 ? `<p class="note">${escapeHtml(labels.diagnosticsMore(more))}</p>` : ''
  return (
    `<section id="diagnostics"><h2>${labels.diagnostics}</h2>` +
    `<p class="note">${escapeHtml(labels.diagnosticsNote(errors, warnings))}</p>` +
    `<table><thead><tr><th>${labels.severity}</th><th>${labels.where}</th><th>${labels.problem}</th></tr></thead>` +
    `<tbody>${cells.join('')}</tbody></table>${moreNote}</section>`
  )
}
