import { localize } from '@chiso/core'
import { escapeHtml } from './escape-html.js'
import type { ReportContext } from './report-context.js'

/**
 * The report's header: its title (the methodology's, unless one is given), the methodology's id@version
 * and fingerprint, the data file and how many units it holds, a notice when the methodology is not an
 * official one. Data problems have their own section (renderDiagnosticsSection).
 *
 * @example
 * ```ts
 * renderHeader(context, { dataset: 'districts-2023.synthetic.csv' })
 * // '<header><h1>Chỉ số CCHC cấp huyện…</h1><p class="meta">…</p></header>'
 * ```
 */
export function renderHeader(context: ReportContext, options: { title?: string; dataset: string }): string {
  const { methodology, fingerprint } = context.compiled
  const { labels } = context
  const title = options.title ?? localize(methodology.title, context.language)
  const lines = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${labels.methodology}: <strong>${escapeHtml(`${methodology.id}@${methodology.version}`)}</strong>` +
      (options.title === undefined ? '' : ` — ${escapeHtml(localize(methodology.title, context.language))}`) +
      `<br>${labels.fingerprint}: <code>${escapeHtml(fingerprint)}</code>` +
      `<br>${labels.dataset}: <strong>${escapeHtml(options.dataset)}</strong> · ${context.scorecard.units.length} ${labels.units}</p>`,
  ]
  if (methodology.status !== 'official')
    lines.push(`<p class="notice">${methodology.status === 'draft' ? labels.draft : labels.illustrative}</p>`)
  return `<header>\n${lines.join('\n')}\n</header>`
}
