import type { AppendixTable } from './appendix-model.js'
import {
  APPENDIX_HEADINGS,
  appendixColumnHeadings,
  number,
  pick,
  type RenderOptions,
} from './render-options.js'

/**
 * Prints an appendix table as a self-contained HTML document (inline styles, no scripts, no external files),
 * ready to print or attach to a decision. Every text is escaped.
 *
 * @example
 * ```ts
 * const html = appendixToHtml(buildAppendix(resolveMethodology('par-index.province@2022')))
 * html.startsWith('<!doctype html>') // true
 * ```
 *
 * @category Rendering
 */
export function appendixToHtml(table: AppendixTable, options: RenderOptions = {}): string {
  const language = options.language ?? 'both'
  const bi = (text: { vi: string; en: string }) =>
    pick(text, language)
      .map((part, i) => (i === 0 ? escapeHtml(part) : `<br><span class="en">${escapeHtml(part)}</span>`))
      .join('')
  const headings = appendixColumnHeadings(table.kind)
  const rows = table.rows.map((row) => {
    const value = table.kind === 'points' ? row.max : row.weight
    return (
      `<tr class="${row.level}">` +
      `<td>${escapeHtml(row.stt)}</td><td><code>${escapeHtml(row.code)}</code></td>` +
      `<td class="title depth-${Math.min(row.depth, 4)}">${bi(row.title)}</td>` +
      `<td class="num">${value === null ? '' : escapeHtml(number(value, language))}</td>` +
      `<td>${bi(row.guidance)}</td><td>${row.source ? bi(row.source) : ''}</td></tr>`
    )
  })
  if (table.total !== null) {
    rows.push(
      `<tr class="total"><td></td><td></td><td class="title">${bi(APPENDIX_HEADINGS.total)}</td>` +
        `<td class="num">${escapeHtml(number(table.total, language))}</td><td></td><td></td></tr>`,
    )
  }
  const title = pick(table.title, language).map(escapeHtml).join(' — ')
  const meta = [
    `<li>${bi(APPENDIX_HEADINGS.version)}: <code>${escapeHtml(`${table.id}@${table.version}`)}</code></li>`,
    `<li>${bi(APPENDIX_HEADINGS.fingerprint)}: <code>${escapeHtml(table.fingerprint)}</code></li>`,
    ...table.basis.map((basis) => `<li>${bi(APPENDIX_HEADINGS.basis)}: ${escapeHtml(basis)}</li>`),
  ]
  const notes = table.notes.map((note) => `<p class="note">${bi(note)}</p>`)
  return [
    '<!doctype html>',
    `<html lang="${language === 'en' ? 'en' : 'vi'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    `<ul class="meta">${meta.join('')}</ul>`,
    ...notes,
    '<table>',
    `<thead><tr>${headings.map((heading) => `<th>${bi(heading)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

const STYLE = [
  'body{font-family:"Times New Roman",serif;margin:2em;color:#000}',
  'h1{font-size:1.3em;text-align:center}',
  'ul.meta{list-style:none;padding:0;font-size:.9em}',
  '.note{font-weight:bold;border:1px solid #000;padding:.4em}',
  'table{border-collapse:collapse;width:100%;font-size:.9em}',
  'th,td{border:1px solid #000;padding:.3em .5em;vertical-align:top}',
  'thead{display:table-header-group}',
  'th{background:#eee}',
  'td.num{text-align:right;white-space:nowrap}',
  'tr.area td,tr.total td{font-weight:bold}',
  'td.depth-3{padding-left:1.5em}td.depth-4{padding-left:2.5em}',
  '.en{font-style:italic;color:#333}',
  '@media print{body{margin:0}tr{page-break-inside:avoid}}',
].join('')

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
