import {
  EVIDENCE_PROPERTIES,
  type Evidence,
  NodeCodeSchema,
  type Observation,
  RoundCodeSchema,
  type Source,
  SourceSchema,
} from '@chiso/core'
import { type Reason, reasonOf } from '../report/reason-code.js'

/**
 * What a note column holds: the unit's explanation, the appraiser's comment, or one property of one evidence item.
 *
 * @example
 * ```ts
 * const kind: NoteKind = 'evidence'
 * ```
 *
 * @category Import
 */
export type NoteKind = 'explanation' | 'comment' | 'evidence'

/**
 * A note column of a wide table: `<code>[@round]#explanation`, `<code>[@round]#comment` or
 * `<code>[@round]#evidence[N].<property>` (N counts items from 1; `#evidence.number` is item 1). The notes go
 * on the observation of the same leaf and round (or source) in the same row; they never change a score.
 *
 * @example
 * ```ts
 * const note: NoteTarget = { node: '1.1', round: 'self', note: 'evidence', item: 2, property: 'date' }
 * ```
 *
 * @category Import
 */
export interface NoteTarget {
  node: string
  round?: string
  source?: Source
  note: NoteKind
  /** The evidence item (1-based); 1 for explanations and comments. */
  item: number
  /** The evidence property (`number`, `date`…). */
  property?: (typeof EVIDENCE_PROPERTIES)[number]
}

const NOTE = /^(?<rest>.+?)#(?<note>explanation|comment|evidence(?<item>[1-9]\d{0,2})?\.(?<property>[a-z]+))$/

/**
 * Reads a note column's header (see {@link NoteTarget}), or `undefined` when the header is not one.
 *
 * @example
 * ```ts
 * parseNoteHeader('1.1@appraisal#comment') // { node: '1.1', source: 'appraisal', note: 'comment', item: 1 }
 * parseNoteHeader('1.1#evidence2.date')    // { node: '1.1', note: 'evidence', item: 2, property: 'date' }
 * parseNoteHeader('Ghi chú')               // undefined
 * ```
 *
 * @category Import
 */
export function parseNoteHeader(header: string): NoteTarget | undefined {
  const match = NOTE.exec(header.trim())
  if (!match?.groups) return undefined
  const { rest, note, item, property } = match.groups as Record<string, string | undefined>
  const at = rest!.lastIndexOf('@')
  const node = (at < 0 ? rest! : rest!.slice(0, at)).trim()
  if (!NodeCodeSchema.safeParse(node).success) return undefined
  const place = placeOf(at < 0 ? undefined : rest!.slice(at + 1).trim())
  if (place === undefined) return undefined
  if (note === 'explanation' || note === 'comment') return { node, ...place, note, item: 1 }
  if (!(EVIDENCE_PROPERTIES as ReadonlyArray<string>).includes(property!)) return undefined
  return {
    node,
    ...place,
    note: 'evidence',
    item: item === undefined ? 1 : Number(item),
    property: property as NoteTarget['property'],
  }
}

/**
 * The part after `@` in a column header: a source (`self`, `appraisal`, `survey`, `statistic`) or else an
 * assessment round (`re-appraisal`); `{}` without one, `undefined` when it is neither.
 *
 * @example
 * ```ts
 * placeOf('appraisal')    // { source: 'appraisal' }
 * placeOf('re-appraisal') // { round: 're-appraisal' }
 * ```
 *
 * @category Import
 */
export function placeOf(text: string | undefined): { source?: Source; round?: string } | undefined {
  if (text === undefined) return {}
  const source = SourceSchema.safeParse(text)
  if (source.success) return { source: source.data }
  return RoundCodeSchema.safeParse(text).success ? { round: text } : undefined
}

/**
 * One note cell of a row: its target, its text and a callback that rejects it with a reason.
 *
 * @example
 * ```ts
 * const cell: NoteCell = { target: { node: '1.1', note: 'comment', item: 1 }, header: '1.1#comment',
 *   text: 'thiếu báo cáo quý', reject: (reason) => console.log(reason.text) }
 * ```
 *
 * @category Import
 */
export interface NoteCell {
  readonly target: NoteTarget
  readonly header: string
  readonly text: string
  /** Rejects the cell: the reader reports it at its place with the reason (its text, code and values). */
  readonly reject: (reason: Reason) => void
}

/**
 * Puts a row's note cells on the row's observations: each note goes on the first observation of its leaf and
 * round (or source) in the row. A note with no such observation, and an evidence date that is not a date, are
 * rejected (the cell's place and the reason); nothing is dropped silently. Dates are read as `yyyy-mm-dd`,
 * `dd/mm/yyyy`, `dd-mm-yyyy` or `dd.mm.yyyy` (the Vietnamese order) and written ISO.
 *
 * @example
 * ```ts
 * const row = [{ unit: 'A', node: '1.1', field: 'value', value: '2' }]
 * attachNotes(row, [{ target: { node: '1.1', note: 'evidence', item: 1, property: 'date' }, header: '1.1#evidence.date',
 *   text: '15/03/2023', reject: () => {} }])
 * row[0].evidence // [{ date: '2023-03-15' }]
 * ```
 *
 * @category Import
 */
export function attachNotes(row: Observation[], cells: ReadonlyArray<NoteCell>): void {
  const evidence = new Map<Observation, Map<number, Evidence>>()
  for (const cell of cells) {
    const text = cell.text.normalize('NFC').trim()
    if (text === '') continue
    const { target } = cell
    const owner = row.find(
      (o) =>
        o.node === target.node &&
        (o.round ?? undefined) === target.round &&
        (target.round !== undefined || o.source === target.source),
    )
    if (!owner) {
      const where = `${target.node}${target.round ? `@${target.round}` : target.source ? `@${target.source}` : ''}`
      cell.reject(reasonOf('note-without-value', { header: cell.header, place: where, note: target.note }))
      continue
    }
    if (target.note === 'explanation') owner.explanation = text
    else if (target.note === 'comment') owner.comment = text
    else {
      let value = text
      if (target.property === 'date') {
        const date = isoDate(text)
        if (date === undefined) {
          cell.reject(reasonOf('note-not-a-date', { header: cell.header, value: text }))
          continue
        }
        value = date
      }
      let items = evidence.get(owner)
      if (!items) {
        items = new Map()
        evidence.set(owner, items)
      }
      const item = items.get(target.item) ?? {}
      items.set(target.item, { ...item, [target.property!]: value })
    }
  }
  for (const [owner, items] of evidence) {
    owner.evidence = [...items.entries()].sort(([a], [b]) => a - b).map(([, item]) => ordered(item))
  }
}

/** An evidence item with its properties in the schema's order. */
function ordered(item: Evidence): Evidence {
  const out: Record<string, string> = {}
  for (const key of EVIDENCE_PROPERTIES) if (item[key] !== undefined) out[key] = item[key]
  return out as Evidence
}

/**
 * A date as ISO `yyyy-mm-dd`, from `yyyy-mm-dd`, `dd/mm/yyyy`, `dd-mm-yyyy` or `dd.mm.yyyy`; `undefined` when
 * the text is not a date of the calendar (`31/02/2023`).
 *
 * @example
 * ```ts
 * isoDate('5/3/2023')   // '2023-03-05'
 * isoDate('2023-03-15') // '2023-03-15'
 * isoDate('31/02/2023') // undefined
 * ```
 *
 * @category Import
 */
export function isoDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [Number.NaN, Number.NaN, Number.NaN]
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
