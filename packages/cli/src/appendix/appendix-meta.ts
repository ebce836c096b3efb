/**
 * The name of the very hidden sheet in which `chiso render --format xlsx` carries the whole methodology.
 *
 * @example
 * ```ts
 * workbook.getWorksheet(APPENDIX_SHEET) !== undefined // rendered by chiso, reads back exactly
 * ```
 */
export const APPENDIX_SHEET = 'chiso-appendix'

/** A cell holds at most 32 767 characters; the methodology's JSON is split into cells of this size. */
const CHUNK = 30_000

/**
 * The description in cell A1 of the hidden sheet: which methodology the table shows (its fingerprint is checked
 * on reading), how the table was laid out, and how many cells (A2…) hold the methodology's JSON.
 *
 * @example
 * ```ts
 * const meta: AppendixMeta = {
 *   format: 'chiso-appendix', version: 1, methodology: { id: 'demo', version: '1.0.0', fingerprint: 'sha256:…' },
 *   kind: 'points', language: 'both', headerRow: 4, chunks: 1,
 * }
 * ```
 */
export interface AppendixMeta {
  format: 'chiso-appendix'
  version: 1
  methodology: { id: string; version: string; fingerprint: string }
  kind: 'points' | 'composite'
  language: 'vi' | 'en' | 'both'
  headerRow: number
  chunks: number
}

/**
 * Splits a text into pieces that each fit in a cell.
 *
 * @example
 * ```ts
 * chunkText('abc') // ['abc']
 * ```
 */
export function chunkText(text: string): string[] {
  const chunks: string[] = []
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK))
  return chunks.length === 0 ? [''] : chunks
}

/**
 * Checks a description read from a hidden sheet; the reason it is not one, or undefined when it is.
 *
 * @example
 * ```ts
 * appendixMetaProblem({ format: 'chiso-template' }) // 'not a chiso appendix description'
 * ```
 */
export function appendixMetaProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'not a chiso appendix description'
  const meta = value as Partial<AppendixMeta>
  if (meta.format !== 'chiso-appendix') return 'not a chiso appendix description'
  if (meta.version !== 1)
    return `appendix description version ${String(meta.version)} is not one this chiso reads (1)`
  const m = meta.methodology
  if (!m || typeof m.id !== 'string' || typeof m.version !== 'string' || typeof m.fingerprint !== 'string')
    return 'the description names no methodology'
  if (meta.kind !== 'points' && meta.kind !== 'composite') return 'unknown kind'
  if (meta.language !== 'vi' && meta.language !== 'en' && meta.language !== 'both') return 'unknown language'
  if (!Number.isSafeInteger(meta.headerRow) || (meta.headerRow as number) < 1) return 'malformed header row'
  if (!Number.isSafeInteger(meta.chunks) || (meta.chunks as number) < 1) return 'malformed chunk count'
  return undefined
}
