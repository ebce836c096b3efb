/**
 * One located problem with an input file.
 *
 * @example
 * ```ts
 * const problem: InputProblem = { code: 'INVALID_CELL', message: 'cannot read "abc"', file: 'data.csv', line: 4, column: 3 }
 * ```
 *
 * @category Command line
 */
export interface InputProblem {
  /** A stable code: `INVALID_SYNTAX`, `UNREADABLE_FILE`, `INVALID_CSV`, a `ChisoError` code… */
  code: string
  /** What is wrong. */
  message: string
  /** The JSON path of the fault inside the document, formatted (`tree[0].max`), when there is one. */
  path?: string
  /** The file, as the user named it. */
  file?: string
  /** 1-based line (row) in the file. */
  line?: number
  /** 1-based column in the file. */
  column?: number
  /** An excerpt of the file showing the fault, for humans. */
  detail?: string
}

/**
 * An input the CLI cannot use: an unreadable or unparseable file, a rejected CSV cell, a methodology that does
 * not compile. The CLI prints every problem and exits with code 1.
 *
 * @example
 * ```ts
 * throw new InputError('cannot read data.csv', [
 *   { code: 'INVALID_CELL', message: 'cannot read "abc"', file: 'data.csv', line: 4, column: 3 },
 * ])
 * ```
 *
 * @category Command line
 */
export class InputError extends Error {
  override readonly name = 'InputError'
  /** Every problem found (at least one). */
  readonly problems: ReadonlyArray<InputProblem>

  constructor(message: string, problems: ReadonlyArray<InputProblem>, options?: { cause?: unknown }) {
    super(message, options)
    this.problems = problems.length > 0 ? problems : [{ code: 'INVALID_INPUT', message }]
  }
}

/**
 * Formats where a problem lies as `file:line:column` (the parts that are known).
 *
 * @example
 * ```ts
 * formatLocation({ file: 'data.csv', line: 4, column: 3 }) // 'data.csv:4:3'
 * formatLocation({ file: 'data.csv' })                     // 'data.csv'
 * formatLocation({})                                       // ''
 * ```
 */
export function formatLocation(where: { file?: string; line?: number; column?: number }): string {
  if (where.file === undefined) return where.line === undefined ? '' : `line ${where.line}`
  let out = where.file
  if (where.line !== undefined) {
    out += `:${where.line}`
    if (where.column !== undefined) out += `:${where.column}`
  }
  return out
}
