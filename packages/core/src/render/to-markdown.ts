import type { AppendixTable } from './appendix-model.js'
import {
  APPENDIX_HEADINGS,
  appendixColumnHeadings,
  number,
  pick,
  type RenderOptions,
} from './render-options.js'

/**
 * Prints an appendix table as Markdown (GitHub tables): a heading, the basis, version and fingerprint, any
 * warnings (illustrative, component level), then the table. Cell text is escaped (`|`, `<`, `&`, line breaks)
 * so titles cannot break the table.
 *
 * @example
 * ```ts
 * appendixToMarkdown(buildAppendix(resolveMethodology('service-index.766@2022')), { language: 'en' })
 * // '# Index of service quality … (766/QĐ-TTg)\n\n…| No. | Code | Area / criterion / sub-criterion | …'
 * ```
 *
 * @category Rendering
 */
export function appendixToMarkdown(table: AppendixTable, options: RenderOptions = {}): string {
  const language = options.language ?? 'both'
  const cell = (parts: string[]) => parts.map(escapeMarkdown).join('<br>')
  const bi = (text: { vi: string; en: string }) => cell(pick(text, language))
  const lines: string[] = [`# ${pick(table.title, language).map(escapeMarkdown).join(' — ')}`, '']
  lines.push(`- ${bi(APPENDIX_HEADINGS.version)}: \`${table.id}@${table.version}\``)
  lines.push(`- ${bi(APPENDIX_HEADINGS.fingerprint)}: \`${table.fingerprint}\``)
  for (const basis of table.basis) lines.push(`- ${bi(APPENDIX_HEADINGS.basis)}: ${escapeMarkdown(basis)}`)
  for (const note of table.notes)
    lines.push('', `> **${pick(note, language).map(escapeMarkdown).join(' — ')}**`)
  const headings = appendixColumnHeadings(table.kind)
  lines.push(
    '',
    `| ${headings.map(bi).join(' | ')} |`,
    `|${headings.map((_, i) => (i === 3 ? ' ---: ' : ' --- ')).join('|')}|`,
  )
  for (const row of table.rows) {
    const title = bi(row.title)
    const value = table.kind === 'points' ? row.max : row.weight
    lines.push(
      `| ${[
        escapeMarkdown(row.stt),
        `\`${row.code.replace(/`/g, "'")}\``,
        row.depth === 1 ? `**${title}**` : title,
        value === null ? '' : escapeMarkdown(number(value, language)),
        bi(row.guidance),
        row.source ? bi(row.source) : '',
      ].join(' | ')} |`,
    )
  }
  if (table.total !== null) {
    lines.push(
      `| | | **${bi(APPENDIX_HEADINGS.total)}** | **${escapeMarkdown(number(table.total, language))}** | | |`,
    )
  }
  return `${lines.join('\n')}\n`
}

function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]])/g, '\\$1')
    .replace(/\r?\n/g, '<br>')
}
