import { NodeCodeSchema, type Source } from '@chiso/core'
import type { ImportMapping } from '../mapping/mapping.js'
import { type Reason, reasonOf, withReasonCode } from '../report/reason-code.js'
import { type NoteTarget, parseNoteHeader, placeOf } from './note-columns.js'

/**
 * What a column (or, for units in columns, a row) of a table holds: the unit code, name or group, one leaf
 * field (from one source), or nothing (with the reason).
 *
 * @example
 * ```ts
 * const role: ColumnRole = { role: 'data', node: '1.2', field: 'done', source: 'appraisal', header: '1.2:done@appraisal' }
 * ```
 *
 * @category Import
 */
export type ColumnRole =
  | { role: 'unit' | 'name' | 'group' }
  | { role: 'data'; node: string; field: string; source?: Source; round?: string; header: string }
  | ({ role: 'note'; header: string } & NoteTarget)
  | {
      role: 'ignored'
      reason: string
      /** For a second column of the same leaf field: the index of the first (its values are compared). */
      copyOf?: number
    }

const ALIASES = {
  unit: ['unit', 'code', 'ucode', 'mã', 'mã đơn vị', 'ma_don_vi', 'mã tỉnh', 'mã huyện', 'mã xã'],
  name: ['name', 'uname', 'tên', 'tên đơn vị', 'đơn vị', 'ten_don_vi'],
  group: ['group', 'nhóm'],
} as const

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * A header's comparison key: NFC, trimmed, inner spaces collapsed, lower-cased.
 *
 * @example
 * ```ts
 * headerKey('  Mã  Đơn vị ') // 'mã đơn vị'
 * ```
 *
 * @category Import
 */
export function headerKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}

/**
 * Tells whether a header names the unit-code column (the mapping's `unit`, or one of the usual names).
 *
 * @example
 * ```ts
 * isUnitHeader('Mã đơn vị', {}) // true
 * ```
 *
 * @category Import
 */
export function isUnitHeader(text: string, mapping: ImportMapping): boolean {
  const key = headerKey(text)
  if (mapping.unit !== undefined) return key === headerKey(mapping.unit)
  return (ALIASES.unit as ReadonlyArray<string>).includes(key)
}

/**
 * Gives each header its role: unit, name, group, a leaf field (from the mapping, or the header itself read
 * as `code[:field][@source]`), or ignored with a reason. Headers that name the same leaf field and source
 * twice are ignored after the first (with the column of the first).
 *
 * @example
 * ```ts
 * columnRoles(['unit', 'name', '1.2:done@appraisal', 'Ghi chú'], {}, undefined)
 * // [{ role: 'unit' }, { role: 'name' },
 * //  { role: 'data', node: '1.2', field: 'done', source: 'appraisal', header: '1.2:done@appraisal' },
 * //  { role: 'ignored', reason: 'the header "Ghi chú" is not a leaf code (map it with a mapping file)' }]
 * ```
 *
 * @category Import
 */
export function columnRoles(
  headers: ReadonlyArray<string>,
  mapping: ImportMapping,
  leaves: ReadonlySet<string> | undefined,
  label: (index: number) => string = (index) => String(index + 1),
): ColumnRole[] {
  const mapped = new Map<string, string | { node: string; field?: string; source?: Source } | null>()
  for (const [header, target] of Object.entries(mapping.columns ?? {})) mapped.set(headerKey(header), target)
  const special = (key: string, which: 'unit' | 'name' | 'group') =>
    mapping[which] !== undefined
      ? key === headerKey(mapping[which] as string)
      : (ALIASES[which] as ReadonlyArray<string>).includes(key)
  const seen = new Map<string, number>()
  return headers.map((raw, index): ColumnRole => {
    const header = raw.normalize('NFC').trim()
    const key = headerKey(header)
    const claim = (name: string): Reason | undefined => {
      const first = seen.get(name)
      if (first !== undefined) return reasonOf('duplicate-column', { label: label(first), name })
      seen.set(name, index)
      return undefined
    }
    if (header === '') return ignoredBecause(reasonOf('no-header'))
    for (const which of ['unit', 'name', 'group'] as const) {
      if (special(key, which)) {
        const duplicate = claim(which)
        return duplicate ? ignoredBecause(duplicate) : { role: which }
      }
    }
    let target = mapped.get(key)
    if (target === 'ignore' || target === null) return ignoredBecause(reasonOf('ignored-by-mapping'))
    const note = target === undefined ? parseNoteHeader(header) : undefined
    if (note !== undefined) {
      if (leaves !== undefined && !leaves.has(note.node))
        return ignoredBecause(reasonOf('no-such-leaf', { node: note.node }))
      const duplicate = claim(headerKey(header))
      // A note column that names no place takes the mapping's round, as the data columns do.
      const placed =
        note.round === undefined && note.source === undefined && mapping.round !== undefined
          ? { ...note, round: mapping.round }
          : note
      return duplicate ? ignoredBecause(duplicate) : { role: 'note', header, ...placed }
    }
    if (target === undefined) target = parseHeader(header)
    if (target === undefined) return ignoredBecause(reasonOf('not-a-leaf', { header }))
    const spec = typeof target === 'string' ? { node: target } : target
    if (leaves !== undefined && !leaves.has(spec.node))
      return ignoredBecause(reasonOf('no-such-leaf', { node: spec.node }))
    const field = spec.field ?? 'value'
    const named = 'round' in spec ? (spec.round as string | undefined) : undefined
    // The mapping's round applies to columns that name neither a source nor a round of their own.
    const round = named ?? (spec.source === undefined ? mapping.round : undefined)
    const source = round === undefined ? (spec.source ?? mapping.source) : undefined
    const place = round ?? source
    const name = `${spec.node}:${field}${place ? `@${place}` : ''}`
    const first = seen.get(name)
    const duplicate = claim(name)
    if (duplicate) return ignoredBecause(duplicate, first)
    return {
      role: 'data',
      node: spec.node,
      field,
      ...(source ? { source } : {}),
      ...(round ? { round } : {}),
      header,
    }
  })
}

/** An ignored column's role, with its reason's code and values attached (see `codedReason`). */
function ignoredBecause(reason: Reason, copyOf?: number): ColumnRole {
  return withReasonCode(
    { role: 'ignored', reason: reason.text, ...(copyOf === undefined ? {} : { copyOf }) },
    reason,
  )
}

/**
 * `1.2`, `1.2:done`, `1.2@appraisal`, `1.2:done@appraisal`, `1.2@re-appraisal` → its parts (after `@`, a source
 * or else an assessment round), or `undefined`.
 */
function parseHeader(
  header: string,
): { node: string; field?: string; source?: Source; round?: string } | undefined {
  const at = header.lastIndexOf('@')
  const sourceText = at < 0 ? undefined : header.slice(at + 1).trim()
  const rest = at < 0 ? header : header.slice(0, at).trim()
  const colon = rest.indexOf(':')
  const node = colon < 0 ? rest : rest.slice(0, colon).trim()
  const field = colon < 0 ? undefined : rest.slice(colon + 1).trim()
  if (!NodeCodeSchema.safeParse(node).success) return undefined
  if (field !== undefined && !FIELD.test(field)) return undefined
  const place = placeOf(sourceText)
  if (place === undefined) return undefined
  return { node, ...(field === undefined ? {} : { field }), ...place }
}
