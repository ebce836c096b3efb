/**
 * One located problem found while importing a file: what, and where (file, sheet, row, column).
 *
 * @example
 * ```ts
 * const problem: ImportProblem = {
 *   code: 'INVALID_HEADER', message: 'no "unit" column', file: 'du-lieu.xlsx', sheet: 'TC3', row: 4,
 * }
 * ```
 *
 * @category Import report
 */
export interface ImportProblem {
  /** A stable code: `UNREADABLE_FILE`, `INVALID_CSV`, `INVALID_XLSX`, `INVALID_HEADER`, `LIMIT_EXCEEDED`… */
  code: string
  message: string
  file?: string
  sheet?: string
  /** 1-based row (line of a CSV file, row of a sheet). */
  row?: number
  /** 1-based column number (CSV) or column letters (XLSX). */
  column?: number | string
  /** The JSON path of the fault (`observations[3].value`), for JSON files. */
  path?: string
  /** What to do about it. */
  hint?: string
}

/**
 * A file that cannot be imported at all: unreadable, not CSV/XLSX/JSON, no header, over a limit. (Single bad
 * cells never throw: they are rejected in the import report and the rest is imported.)
 *
 * @example
 * ```ts
 * try { readCsv(bytes, { file: 'x.csv' }) } catch (error) {
 *   if (error instanceof ImportError) console.error(error.problems[0]?.message)
 * }
 * ```
 *
 * @category Import report
 */
export class ImportError extends Error {
  override readonly name = 'ImportError'
  /** Every problem found (at least one). */
  readonly problems: ReadonlyArray<ImportProblem>

  constructor(message: string, problems: ReadonlyArray<ImportProblem>, options?: { cause?: unknown }) {
    super(message, options)
    this.problems = problems.length > 0 ? problems : [{ code: 'INVALID_INPUT', message }]
  }
}

/**
 * Tells whether a value is an {@link ImportError}, also one thrown by a second installed copy of the package
 * (checked by name).
 *
 * @example
 * ```ts
 * isImportError(new ImportError('x', [])) // true
 * isImportError(new Error('x'))           // false
 * ```
 *
 * @category Import report
 */
export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError || (value instanceof Error && value.name === 'ImportError')
}
