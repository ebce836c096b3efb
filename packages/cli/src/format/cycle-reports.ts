import { roundLabel } from '@chiso/adapters/xlsx'
import {
  type AppraisalRecord,
  type CriterionChange,
  evidenceText,
  localize,
  type UnevidencedClaim,
} from '@chiso/core'
import { APPRAISAL_MESSAGES } from '../messages/appraisal.js'
import { renderTable } from './table.js'

type Language = 'vi' | 'en'

/** A decimal for a text table: exact up to 4 decimals, else cut there with `…` (JSON keeps every digit). */
function short(text: string | null, empty = '—'): string {
  if (text === null) return empty
  const [whole, fraction] = text.split('.')
  return fraction && fraction.length > 4 ? `${whole}.${fraction.slice(0, 4)}…` : text
}

/** The column headings of the rounds (`Tự đánh giá`, `Thẩm định`, `Phúc tra`). */
function roundHeadings(rounds: ReadonlyArray<string>, language: Language): string[] {
  return rounds.map((round) => roundLabel(round === 'result' ? undefined : round, undefined, language))
}

/**
 * The rows of an appraisal record as a grid (headings first): code, criterion, maximum, each round, difference.
 *
 * @example
 * ```ts
 * const [head, ...rows] = appraisalRecordGrid(record, 'vi')
 * ```
 */
export function appraisalRecordGrid(record: AppraisalRecord, language: Language): string[][] {
  const head = [
    APPRAISAL_MESSAGES[language].code,
    APPRAISAL_MESSAGES[language].title,
    APPRAISAL_MESSAGES[language].max,
    ...roundHeadings(record.rounds, language),
    APPRAISAL_MESSAGES[language].difference,
  ]
  const rows = record.rows.map((row) => [
    row.code,
    `${'  '.repeat(Math.max(0, row.depth - 1))}${localize(row.title, language)}`,
    row.max ?? '',
    ...row.scores.map((score) => short(score)),
    short(row.difference, ''),
  ])
  const total = [
    '',
    APPRAISAL_MESSAGES[language].total,
    '',
    ...record.totals.map((t) => short(t)),
    short(record.difference, ''),
  ]
  return [head, ...rows, total]
}

/** The notes of a record: per leaf, its evidence, explanation and each round's comment. */
function recordNotes(record: AppraisalRecord, language: Language): string[] {
  const lines: string[] = []
  for (const row of record.rows) {
    const parts = [
      ...row.evidence.map((item) => `${APPRAISAL_MESSAGES[language].evidence}: ${evidenceText(item)}`),
      ...(row.explanation ? [`${APPRAISAL_MESSAGES[language].explanation}: ${row.explanation}`] : []),
      ...row.comments.map((c) => `${roundLabel(c.round, undefined, language)}: ${c.text}`),
    ]
    if (parts.length > 0) lines.push(`  ${row.code}: ${parts.join('; ')}`)
  }
  return lines
}

/**
 * An appraisal record as text: a heading, the table of every node's score after each round with the totals,
 * then each leaf's evidence, explanation and comments.
 *
 * @example
 * ```ts
 * io.stdout.write(appraisalRecordText(record, 'vi'))
 * ```
 */
export function appraisalRecordText(record: AppraisalRecord, language: Language): string {
  const [head, ...rows] = appraisalRecordGrid(record, language)
  const numeric = new Set([2, ...record.rounds.map((_, i) => 3 + i), 3 + record.rounds.length])
  const table = renderTable(
    head!.map((header, i) => ({ header, ...(numeric.has(i) ? { align: 'right' as const } : {}) })),
    rows,
  )
  const ranks = record.ranks.map((rank) => (rank === null ? '—' : String(rank))).join(' → ')
  const notes = recordNotes(record, language)
  return [
    `${APPRAISAL_MESSAGES[language].record} — ${record.name ?? record.unit} (${record.unit}) — ${record.methodology.id}@${record.methodology.version} (${record.methodology.fingerprint.slice(0, 19)})`,
    '',
    table.trimEnd(),
    `${APPRAISAL_MESSAGES[language].rank}: ${ranks}`,
    ...(notes.length > 0 ? ['', ...notes] : []),
    '',
  ].join('\n')
}

/**
 * The claims without evidence as a grid (headings first): unit, code, criterion, points, maximum, cell.
 *
 * @example
 * ```ts
 * const [head, ...rows] = unevidencedGrid(claims, 'vi')
 * ```
 */
export function unevidencedGrid(claims: ReadonlyArray<UnevidencedClaim>, language: Language): string[][] {
  return [
    [
      APPRAISAL_MESSAGES[language].unit,
      APPRAISAL_MESSAGES[language].code,
      APPRAISAL_MESSAGES[language].title,
      APPRAISAL_MESSAGES[language].points,
      APPRAISAL_MESSAGES[language].max,
      APPRAISAL_MESSAGES[language].cell,
    ],
    ...claims.map((claim) => [
      claim.unit,
      claim.node,
      localize(claim.title, language),
      short(claim.points, ''),
      claim.max ?? '',
      claim.origin ? originText(claim.origin) : '',
    ]),
  ]
}

/**
 * The claims without evidence as text.
 *
 * @example
 * ```ts
 * io.stdout.write(unevidencedText(claims, 'vi'))
 * ```
 */
export function unevidencedText(claims: ReadonlyArray<UnevidencedClaim>, language: Language): string {
  const [head, ...rows] = unevidencedGrid(claims, language)
  const body =
    rows.length === 0
      ? APPRAISAL_MESSAGES[language].none
      : renderTable(
          head!.map((header, i) => ({ header, ...(i === 3 || i === 4 ? { align: 'right' as const } : {}) })),
          rows,
        ).trimEnd()
  return `${APPRAISAL_MESSAGES[language].unevidenced} (${claims.length})\n\n${body}\n`
}

/**
 * The province-wide changes by criterion as a grid (headings first): code, criterion, units, total, largest.
 *
 * @example
 * ```ts
 * const [head, ...rows] = changesGrid(changes, 'vi')
 * ```
 */
export function changesGrid(changes: ReadonlyArray<CriterionChange>, language: Language): string[][] {
  return [
    [
      APPRAISAL_MESSAGES[language].code,
      APPRAISAL_MESSAGES[language].title,
      APPRAISAL_MESSAGES[language].max,
      APPRAISAL_MESSAGES[language].units,
      APPRAISAL_MESSAGES[language].difference,
      APPRAISAL_MESSAGES[language].largest,
    ],
    ...changes.map((change) => [
      change.node,
      localize(change.title, language),
      change.max ?? '',
      String(change.units),
      short(change.total),
      short(change.largest),
    ]),
  ]
}

/**
 * The province-wide changes by criterion as text.
 *
 * @example
 * ```ts
 * io.stdout.write(changesText(changes, 'vi'))
 * ```
 */
export function changesText(changes: ReadonlyArray<CriterionChange>, language: Language): string {
  const [head, ...rows] = changesGrid(changes, language)
  const body =
    rows.length === 0
      ? APPRAISAL_MESSAGES[language].none
      : renderTable(
          head!.map((header, i) => ({ header, ...(i >= 2 ? { align: 'right' as const } : {}) })),
          rows,
        ).trimEnd()
  return `${APPRAISAL_MESSAGES[language].changes} (${changes.length})\n\n${body}\n`
}

/**
 * Grids as a simple standalone HTML page (one table each, escaped), for printing or sharing.
 *
 * @example
 * ```ts
 * gridsToHtml('Biên bản thẩm định', [{ title: 'dong-son', grid }])
 * ```
 */
export function gridsToHtml(
  title: string,
  sections: ReadonlyArray<{ title: string; grid: string[][]; notes?: string[] }>,
): string {
  const escapeHtml = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
  const body = sections
    .map(({ title: heading, grid, notes }) => {
      const [head, ...rows] = grid
      return [
        `<h2>${escapeHtml(heading)}</h2>`,
        '<table>',
        `<thead><tr>${(head ?? []).map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
        `<tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
        ...(notes && notes.length > 0
          ? [`<ul>${notes.map((n) => `<li>${escapeHtml(n.trim())}</li>`).join('')}</ul>`]
          : []),
      ].join('\n')
    })
    .join('\n')
  return `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}</style></head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>\n`
}

/** The notes of a record as lines (for HTML and XLSX). */
export function appraisalRecordNotes(record: AppraisalRecord, language: Language): string[] {
  return recordNotes(record, language)
}

/** A cell as `file!sheet!E7` (workbooks) or `file:row:column` (CSV). */
function originText(origin: NonNullable<UnevidencedClaim['origin']>): string {
  if (origin.sheet !== undefined)
    return `${origin.file ?? ''}!${origin.sheet}!${origin.column ?? ''}${origin.row ?? ''}`
  return [origin.file, origin.row, origin.column].filter((part) => part !== undefined).join(':')
}
