import { ChisoError, type ChisoIssue } from '@chiso/core'

/** The columns an appendix table can hold, by what they mean. */
export const APPENDIX_COLUMNS = ['stt', 'code', 'content', 'max', 'method', 'source'] as const

/**
 * A mapping file for an appendix table laid out otherwise than `chiso render` writes it: which sheet, which
 * row holds the headings, and which column holds the running number (STT), the content (the criterion's
 * title), the maximum points, the scoring method and the source. Columns are letters (`C`) or 1-based
 * numbers; `code`, `method` and `source` may be left out. `id`, `version` and `title` name the methodology
 * written (defaults: `appendix-import`, `0.1.0`, the sheet's first line).
 *
 * @example
 * ```ts
 * const mapping: AppendixMapping = {
 *   sheet: 'Phụ lục I', headerRow: 6,
 *   columns: { stt: 'A', content: 'B', max: 'C', method: 'D', source: 'E' },
 * }
 * ```
 */
export interface AppendixMapping {
  sheet?: string
  headerRow: number
  columns: { stt: number; content: number; max: number; code?: number; method?: number; source?: number }
  id?: string
  version?: string
  title?: string
}

/**
 * Checks a mapping document (parsed YAML/JSON); every fault is an issue with its JSON path.
 *
 * @example
 * ```ts
 * parseAppendixMapping({ headerRow: 3, columns: { stt: 'A', content: 'B', max: 'C' } }).columns.max // 3
 * ```
 */
export function parseAppendixMapping(value: unknown): AppendixMapping {
  const issues: ChisoIssue[] = []
  const fail = (path: Array<string | number>, message: string) => issues.push({ path, message })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ChisoError('INVALID_MAPPING', 'the appendix mapping is not a YAML/JSON object', {
      issues: [{ path: [], message: 'expected { headerRow, columns: { stt, content, max, … } }' }],
    })
  }
  const doc = value as Record<string, unknown>
  const known = new Set(['sheet', 'headerRow', 'columns', 'id', 'version', 'title'])
  for (const key of Object.keys(doc)) if (!known.has(key)) fail([key], `unknown key "${key}"`)
  const headerRow = doc.headerRow
  if (!Number.isSafeInteger(headerRow) || (headerRow as number) < 1)
    fail(['headerRow'], 'the heading row must be a whole number from 1')
  for (const key of ['sheet', 'id', 'version', 'title'] as const) {
    if (doc[key] !== undefined && typeof doc[key] !== 'string') fail([key], `${key} must be text`)
  }
  const columns: Record<string, number> = {}
  const given = doc.columns
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    fail(
      ['columns'],
      'columns must map stt, content and max (and optionally code, method, source) to columns',
    )
  } else {
    for (const [key, raw] of Object.entries(given as Record<string, unknown>)) {
      if (!(APPENDIX_COLUMNS as ReadonlyArray<string>).includes(key)) {
        fail(['columns', key], `unknown column "${key}" (expected ${APPENDIX_COLUMNS.join(', ')})`)
        continue
      }
      const column = columnNumber(raw)
      if (column === undefined) fail(['columns', key], `"${String(raw)}" is not a column letter or number`)
      else columns[key] = column
    }
    for (const key of ['stt', 'content', 'max'])
      if (!(key in (given as object))) fail(['columns'], `columns.${key} is required`)
  }
  if (issues.length > 0)
    throw new ChisoError('INVALID_MAPPING', `the appendix mapping has ${issues.length} problem(s)`, {
      issues,
    })
  return {
    ...(doc.sheet !== undefined ? { sheet: doc.sheet as string } : {}),
    headerRow: headerRow as number,
    columns: columns as AppendixMapping['columns'],
    ...(doc.id !== undefined ? { id: doc.id as string } : {}),
    ...(doc.version !== undefined ? { version: doc.version as string } : {}),
    ...(doc.title !== undefined ? { title: doc.title as string } : {}),
  }
}

/** `C` → 3, `AA` → 27, 4 → 4; anything else → undefined. */
function columnNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 1 && raw <= 16384 ? raw : undefined
  if (typeof raw !== 'string' || !/^[A-Za-z]{1,3}$/.test(raw)) return undefined
  let n = 0
  for (const letter of raw.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n <= 16384 ? n : undefined
}
