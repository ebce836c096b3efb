import { EVIDENCE_PROPERTIES } from '@chiso/core'

/**
 * The name of the (very hidden) sheet that tells chiso a workbook is one of its templates.
 *
 * @example
 * ```ts
 * workbook.getWorksheet(TEMPLATE_SHEET) !== undefined // a chiso template
 * ```
 *
 * @category Templates
 */
export const TEMPLATE_SHEET = 'chiso'

/** The kinds of template columns (see {@link TemplateColumn}). */
const COLUMN_KINDS = [
  'stt',
  'code',
  'title',
  'max',
  'guidance',
  'field',
  'prior',
  'prior-notes',
  'evidence',
  'explanation',
  'comment',
] as const

/**
 * What a column of a template holds: the fixed criterion text (`stt`, `code`, `title`, `max`, `guidance`), an
 * input field of the round (`field`), a read-only copy of an earlier round's value (`prior`) or notes
 * (`prior-notes`), or the round's evidence properties, explanation and comment. `unit` is the unit's position
 * (column-per-unit layout only).
 *
 * @example
 * ```ts
 * const column: TemplateColumn = { column: 6, kind: 'field', field: 'value' }
 * ```
 *
 * @category Templates
 */
export interface TemplateColumn {
  column: number
  kind: (typeof COLUMN_KINDS)[number]
  field?: string
  property?: (typeof EVIDENCE_PROPERTIES)[number]
  unit?: number
}

/**
 * The description a template carries in cell A1 of its hidden `chiso` sheet: the methodology it was made
 * for (its fingerprint is checked on reading), the round it collects, the layout, and where the table is.
 * The units follow in rows 2…: sheet name, code, name, group; earlier rounds' observations (JSON, one per row)
 * follow the units.
 *
 * @example
 * ```ts
 * const meta: TemplateMeta = {
 *   format: 'chiso-template', version: 1, methodology: { id: 'demo', version: '1.0.0', fingerprint: 'sha256:…' },
 *   layout: 'sheets', language: 'vi', headerRow: 5, firstRow: 6, columns: [], units: 3, prior: 0,
 * }
 * ```
 *
 * @category Templates
 */
export interface TemplateMeta {
  format: 'chiso-template'
  version: 1
  methodology: { id: string; version: string; fingerprint: string }
  /** The round the input cells collect; absent when the methodology declares no rounds. */
  round?: string
  /** The rounds in order, when the methodology declares none (the dataset read back declares them). */
  rounds?: string[]
  layout: 'sheets' | 'columns'
  language: 'vi' | 'en'
  headerRow: number
  firstRow: number
  columns: TemplateColumn[]
  /** How many unit rows follow the description in the hidden sheet. */
  units: number
  /** How many earlier-round observations follow the units. */
  prior: number
  /** The criteria that take inputs, with the fields each reads (so the workbook reads back on its own). */
  inputs?: Record<string, string[]>
}

const isInt = (value: unknown, min: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min

/**
 * Checks a template description read from a workbook; the reason it is not one, or undefined when it is.
 *
 * @example
 * ```ts
 * templateMetaProblem({ format: 'other' }) // 'not a chiso template description'
 * ```
 *
 * @category Templates
 */
export function templateMetaProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a chiso template description'
  const meta = value as Partial<TemplateMeta>
  if (meta.format !== 'chiso-template') return 'not a chiso template description'
  if (meta.version !== 1) return `template version ${String(meta.version)} is not one this chiso reads (1)`
  const m = meta.methodology
  if (!m || typeof m.id !== 'string' || typeof m.version !== 'string' || typeof m.fingerprint !== 'string')
    return 'the description names no methodology'
  if (meta.layout !== 'sheets' && meta.layout !== 'columns') return 'unknown layout'
  if (meta.language !== 'vi' && meta.language !== 'en') return 'unknown language'
  if (!isInt(meta.headerRow, 1) || !isInt(meta.firstRow, 1) || !isInt(meta.units, 0) || !isInt(meta.prior, 0))
    return 'malformed table position'
  if (meta.round !== undefined && (typeof meta.round !== 'string' || !/^[a-z][a-z0-9-]*$/.test(meta.round)))
    return 'malformed round'
  if (
    meta.rounds !== undefined &&
    (!Array.isArray(meta.rounds) ||
      meta.rounds.some((r) => typeof r !== 'string' || !/^[a-z][a-z0-9-]*$/.test(r)))
  )
    return 'malformed rounds'
  if (
    meta.inputs !== undefined &&
    (typeof meta.inputs !== 'object' ||
      meta.inputs === null ||
      Object.values(meta.inputs).some(
        (fields) => !Array.isArray(fields) || fields.some((f) => typeof f !== 'string'),
      ))
  )
    return 'malformed inputs'
  if (!Array.isArray(meta.columns)) return 'no columns'
  for (const column of meta.columns) {
    if (typeof column !== 'object' || column === null) return 'malformed column'
    if (!isInt(column.column, 1) || !(COLUMN_KINDS as ReadonlyArray<string>).includes(column.kind))
      return 'malformed column'
    if (column.unit !== undefined && !isInt(column.unit, 0)) return 'malformed column'
    if (
      column.property !== undefined &&
      !(EVIDENCE_PROPERTIES as ReadonlyArray<string>).includes(column.property)
    )
      return 'malformed column'
  }
  return undefined
}
