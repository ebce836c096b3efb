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
  const { labels, language } = context
  const words = DIAGNOSTIC_MESSAGES[language]
  const listed = context.scorecard.diagnostics.filter((d) => d.severity !== 'info')
  if (listed.length === 0) return ''
  const errors = listed.filter((d) => d.severity === 'error').length
  const rows = listed.slice(0, REPORT_DIAGNOSTICS_SHOWN).map((diagnostic) => {
    const where = [
      diagnostic.unit === undefined ? undefined : `${context.nameOf(diagnostic.unit)} (${diagnostic.unit})`,
      diagnostic.node === undefined ? undefined : words.node(diagnostic.node),
      diagnostic.origin ? formatOrigin(diagnostic.origin) || undefined : undefined,
    ].filter((part) => part !== undefined)
    return (
      `<tr><td>${escapeHtml(words.severity[diagnostic.severity])}</td>` +
      `<td>${escapeHtml(where.join(', '))}</td>` +
      `<td>${escapeHtml(diagnosticText(diagnostic, language))} <span class="code">${escapeHtml(diagnostic.code)}</span></td></tr>`
    )
  })
  const more =
    listed.length > REPORT_DIAGNOSTICS_SHOWN
      ? `<p class="note">${escapeHtml(labels.diagnosticsMore(listed.length - REPORT_DIAGNOSTICS_SHOWN))}</p>`
      : ''
  return (
    `<section id="diagnostics"><h2>${labels.diagnostics}</h2>` +
    `<p class="note">${escapeHtml(labels.diagnosticsNote(errors, listed.length - errors))}</p>` +
    `<table><thead><tr><th>${labels.severity}</th><th>${labels.where}</th><th>${labels.problem}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>${more}</section>`
  )
}
