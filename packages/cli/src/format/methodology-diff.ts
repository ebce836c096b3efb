import { type LocalizedText, localize, type MethodologyDiff } from '@chiso/core'
import type { Language } from '../messages/language.js'
import { VERSIONING_MESSAGES } from '../messages/versioning.js'
import type { Stylist } from './style.js'
import { renderTable } from './table.js'

/**
 * Formats a methodology diff as a readable table: one row per change (change, node, field, before, after),
 * under a line naming both versions and their fingerprints. Long values are shortened; the JSON output has
 * them whole.
 *
 * @example
 * ```ts
 * formatDiffTable(diffMethodologies(a, b), createStylist(false))
 * // 'cchc.demo@2024.0.0 (sha256:1a2b…) → cchc.demo@2025.0.0 (sha256:3c4d…): 3 changes\n\nChange  Node …'
 * ```
 */
export function formatDiffTable(diff: MethodologyDiff, style: Stylist, language: Language = 'en'): string {
  const words = VERSIONING_MESSAGES[language]
  const head =
    `${diff.from.id}@${diff.from.version} (${diff.from.fingerprint.slice(0, 19)}…) → ` +
    `${diff.to.id}@${diff.to.version} (${diff.to.fingerprint.slice(0, 19)}…): `
  if (diff.changes.length === 0) return `${head}${words.noChanges}\n`
  const rows = diff.changes.map((change) => {
    const label = words.kinds[change.kind] ?? change.kind
    const max = (value: string | undefined) => (value ? ` (${words.max(value)})` : '')
    switch (change.kind) {
      case 'methodology-changed':
        return [label, words.methodology, change.field, show(change.before), show(change.after)]
      case 'node-added':
        return [
          label,
          change.code,
          place(change.to, language),
          '',
          `${localize(change.node.title, language)}${max(change.node.max)}`,
        ]
      case 'node-removed':
        return [
          label,
          change.code,
          place(change.from, language),
          `${localize(change.node.title, language)}${max(change.node.max)}`,
          '',
        ]
      case 'node-moved':
        return [label, change.code, words.position, place(change.from, language), place(change.to, language)]
      case 'node-renamed':
        return [label, change.code, words.title, ...titles(change.before, change.after, language)]
      default:
        return [label, change.code, change.field, show(change.before), show(change.after)]
    }
  })
  const count = diff.changes.length
  return (
    `${style('bold', head)}${words.changes(count)}\n\n` +
    renderTable(
      [
        { header: words.headers.change },
        { header: words.headers.node },
        { header: words.headers.field },
        { header: words.headers.before },
        { header: words.headers.after },
      ],
      rows,
      {
        style,
        styleRow: (index, line) => {
          const kind = diff.changes[index]!.kind
          return kind === 'node-added'
            ? style('green', line)
            : kind === 'node-removed'
              ? style('red', line)
              : line
        },
      },
    )
  )
}

/** A title as `vi / en` (one of them when they are the same or only one is given). */
/** A rename in the output's language; in the other one when only that one changed. */
function titles(before: LocalizedText, after: LocalizedText, language: Language): [string, string] {
  const other = language === 'vi' ? 'en' : 'vi'
  const shown = localize(before, language) !== localize(after, language) ? language : other
  return [show(localize(before, shown)), show(localize(after, shown))]
}

function place(where: { parent: string | null; index: number }, language: Language): string {
  const words = VERSIONING_MESSAGES[language]
  return `${where.parent === null ? words.topLevel : words.under(where.parent)}, #${where.index + 1}`
}

/** A value shown in one table cell: strings as they are, anything else as compact JSON, at most 60 characters. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat
}
