import { type ChisoIssue, NodeCodeSchema, RoundCodeSchema, type Source, SourceSchema } from '@chiso/core'
import type { NumberFormat } from '../cell/number-text.js'
import { importFailure } from '../report/import-failure.js'

/**
 * Where one column goes: a leaf (and optionally the field it feeds, and the source or the assessment round it
 * holds), or nowhere.
 *
 * @example
 * ```ts
 * const target: ColumnTarget = { node: '1.2', field: 'done', source: 'appraisal' }
 * const later: ColumnTarget = { node: '1.2', round: 're-appraisal' }
 * ```
 *
 * @category Import
 */
export type ColumnTarget = { node: string; field?: string; source?: Source; round?: string } | 'ignore'

/**
 * How a spreadsheet maps onto a dataset: which column holds the unit codes (and names, groups), which
 * column holds which leaf (renaming headers to leaf codes), which field and source a column holds, and how
 * the sheet is laid out. Written by hand as a small YAML or JSON file (`--mapping`), or passed as options.
 *
 * @example
 * ```ts
 * const mapping: ImportMapping = {
 *   unit: 'Mã đơn vị', name: 'Tên đơn vị',
 *   columns: {
 *     'Kế hoạch CCHC': '1.1',
 *     'Hồ sơ đúng hạn': { node: '1.2', field: 'done' },
 *     'Tổng hồ sơ': { node: '1.2', field: 'total' },
 *     'Ghi chú': 'ignore',
 *   },
 *   source: 'appraisal',
 *   decimal: ',',
 * }
 * ```
 *
 * @category Import
 */
export interface ImportMapping {
  /** Header of the unit-code column (default: `unit`, `code`, `mã`, `mã đơn vị`, `ucode`). */
  unit?: string
  /** Header of the unit-name column (default: `name`, `tên`, `tên đơn vị`, `uname`). */
  name?: string
  /** Header of the unit-group column (default: `group`, `nhóm`). */
  group?: string
  /** Header → leaf code, `{ node, field, source }`, or `ignore`. Other headers must be leaf codes. */
  columns?: Record<string, string | ColumnTarget>
  /** The source of every data column that does not say otherwise. */
  source?: Source
  /**
   * The assessment round of every data column (and note column) that names neither a source nor a round
   * (`appraisal`): a whole sheet of appraisal values. The round must be declared by the methodology or dataset.
   */
  round?: string
  /** `wide` (one row per unit), `long` (one row per observation) or `auto` (default: long when there are `node` and `value` columns). */
  format?: 'auto' | 'wide' | 'long'
  /** `rows` (default): one row per unit; `columns`: one column per unit (leaf codes down the first column). */
  orientation?: 'rows' | 'columns'
  /** XLSX: the sheet, by name or 1-based index (default: the first). */
  sheet?: string | number
  /** The 1-based row (column, for units in columns) of the headers (default: detected). */
  headerRow?: number
  /** How numbers are written (decimal separator, meaning of `%`). */
  decimal?: NumberFormat['decimal']
  percent?: NumberFormat['percent']
  /** Read scientific notation (`2e-06`); default true, `false` refuses it. */
  exponent?: boolean
}

const KEYS = new Set([
  'unit',
  'name',
  'group',
  'columns',
  'source',
  'round',
  'format',
  'orientation',
  'sheet',
  'headerRow',
  'decimal',
  'percent',
  'exponent',
])

/**
 * Checks a mapping read from a YAML or JSON file, listing every problem with its path, and returns it typed.
 *
 * @example
 * ```ts
 * parseMapping({ unit: 'Mã', columns: { 'Chỉ tiêu 1': '1.1' } }, 'mapping.yaml')
 * // { unit: 'Mã', columns: { 'Chỉ tiêu 1': '1.1' } }
 * parseMapping({ columns: { X: 'bad code' } }, 'mapping.yaml')
 * // throws ChisoError: mapping.yaml: columns.X: "bad code" is not a leaf code
 * ```
 *
 * @category Import
 */
export function parseMapping(value: unknown, file = 'mapping'): ImportMapping {
  const problems: ChisoIssue[] = []
  const fail = (path: string, message: string) =>
    problems.push({ code: 'INVALID_MAPPING', file, message: `${path}: ${message}` })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw importFailure(`${file}: a mapping is an object`, [
      { code: 'INVALID_MAPPING', file, message: 'expected an object (unit, name, columns, …)' },
    ])
  }
  const input = value as Record<string, unknown>
  for (const key of Object.keys(input)) if (!KEYS.has(key)) fail(key, 'unknown key')
  for (const key of ['unit', 'name', 'group'] as const) {
    if (input[key] !== undefined && typeof input[key] !== 'string')
      fail(key, 'expected a column header (text)')
  }
  const oneOf = (key: string, allowed: ReadonlyArray<unknown>) => {
    if (input[key] !== undefined && !allowed.includes(input[key])) {
      fail(key, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`)
    }
  }
  oneOf('format', ['auto', 'wide', 'long'])
  oneOf('orientation', ['rows', 'columns'])
  oneOf('decimal', ['auto', '.', ','])
  oneOf('percent', ['fraction', 'number'])
  oneOf('exponent', [true, false])
  if (input.source !== undefined && !SourceSchema.safeParse(input.source).success) {
    fail('source', 'expected self, appraisal, survey or statistic')
  }
  if (input.round !== undefined && !RoundCodeSchema.safeParse(input.round).success) {
    fail('round', 'expected a round code (lowercase letters, digits and dashes: appraisal, re-appraisal)')
  }
  if (input.source !== undefined && input.round !== undefined) {
    fail('round', 'give a source or a round for the whole sheet, not both')
  }
  if (input.sheet !== undefined && typeof input.sheet !== 'string' && !isPositiveInt(input.sheet)) {
    fail('sheet', 'expected a sheet name or a 1-based index')
  }
  if (input.headerRow !== undefined && !isPositiveInt(input.headerRow))
    fail('headerRow', 'expected a row number ≥ 1')
  if (input.columns !== undefined) {
    if (typeof input.columns !== 'object' || input.columns === null || Array.isArray(input.columns)) {
      fail('columns', 'expected an object: header → leaf code, { node, field, source } or ignore')
    } else {
      for (const [header, target] of Object.entries(input.columns as Record<string, unknown>)) {
        checkTarget(target, `columns.${header}`, fail)
      }
    }
  }
  if (problems.length > 0) throw importFailure(`${file}: invalid mapping`, problems)
  return input as ImportMapping
}

function checkTarget(target: unknown, path: string, fail: (path: string, message: string) => void): void {
  if (target === 'ignore' || target === null) return
  if (typeof target === 'string') {
    if (!NodeCodeSchema.safeParse(target).success) fail(path, `"${target}" is not a leaf code`)
    return
  }
  if (typeof target !== 'object' || Array.isArray(target)) {
    fail(path, 'expected a leaf code, { node, field, source, round } or ignore')
    return
  }
  const { node, field, source, round, ...rest } = target as Record<string, unknown>
  for (const key of Object.keys(rest)) fail(`${path}.${key}`, 'unknown key')
  if (typeof node !== 'string' || !NodeCodeSchema.safeParse(node).success)
    fail(`${path}.node`, 'expected a leaf code')
  if (field !== undefined && (typeof field !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field))) {
    fail(`${path}.field`, 'expected a field name (letters, digits and _)')
  }
  if (source !== undefined && !SourceSchema.safeParse(source).success) {
    fail(`${path}.source`, 'expected self, appraisal, survey or statistic')
  }
  if (round !== undefined && !RoundCodeSchema.safeParse(round).success) {
    fail(
      `${path}.round`,
      'expected a round code (lowercase letters, digits and dashes: appraisal, re-appraisal)',
    )
  }
  if (round !== undefined && source !== undefined) fail(`${path}.round`, 'give a source or a round, not both')
}

function isPositiveInt(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
}
