import type { ErrorCode } from './codes.js'
import { type ErrorReason, withErrorReason } from './error-reason.js'

/**
 * Where in a document an error lies, as a JSON path (`tree[2].children[0].rule.with.bands[1].points`).
 *
 * @example
 * ```ts
 * const path: JsonPath = ['tree', 2, 'children', 0, 'rule', 'with', 'bands', 1, 'points']
 * formatPath(path) // 'tree[2].children[0].rule.with.bands[1].points'
 * ```
 *
 * @category Errors
 */
export type JsonPath = ReadonlyArray<string | number>

/**
 * Options of the {@link ChisoError} constructor: where the fault lies, a hint, the cause, every issue.
 *
 * @example
 * ```ts
 * const options: ChisoErrorOptions = { path: ['tree', 0, 'max'], hint: 'quote the maximum: max: "2.5"' }
 * const error = new ChisoError('INVALID_DECIMAL', 'expected a decimal string', options)
 * error.message // 'tree[0].max: expected a decimal string'
 * ```
 *
 * @category Errors
 */
export interface ChisoErrorOptions {
  /** Where in the input the fault lies. */
  path?: JsonPath
  /** What the user can do about it. */
  hint?: string
  /** The underlying error, if any. */
  cause?: unknown
  /**
   * Every located problem, when one error reports several (a schema failure, every rejected cell of an
   * import); each may carry its own code and place in a file.
   */
  issues?: ReadonlyArray<ChisoIssue>
  /**
   * The message's stable reason code and values, so it can be said in another language (see
   * {@link withErrorReason}); also given to the one issue made from the message when `issues` is absent.
   * Not enumerable: JSON outputs do not change.
   */
  reason?: ErrorReason<string>
}

/**
 * One located problem inside a {@link ChisoError}: what is wrong, and where — a JSON path inside a document
 * (a methodology, a dataset, a spec), a place in a file (file, sheet, row, column), or both.
 *
 * @example
 * ```ts
 * const issue: ChisoIssue = { path: ['tree', 0, 'code'], message: 'expected a node code' }
 * const error = new ChisoError('INVALID_METHODOLOGY', 'invalid methodology', { issues: [issue] })
 * error.path // ['tree', 0, 'code']
 *
 * const cell: ChisoIssue = { code: 'INVALID_CELL', message: 'cannot read "abc"', file: 'd.csv', row: 4, column: 3 }
 * formatIssue(cell) // 'd.csv:4:3: cannot read "abc"'
 * ```
 *
 * @category Errors
 */
export interface ChisoIssue {
  /**
   * The JSON path of the fault inside a document. Absent when the problem does not lie inside a document's
   * structure (a CSV cell, an unreadable file, a command-line option).
   */
  path?: JsonPath
  /** What is wrong there. */
  message: string
  /** The issue's own code, when it differs from the error's (one import can report several kinds). */
  code?: ErrorCode
  /** The file, as the user named it. */
  file?: string
  /** The sheet of a workbook. */
  sheet?: string
  /** 1-based row: the line of a text file (CSV, YAML, JSON), the row of a sheet. */
  row?: number
  /** 1-based column. */
  column?: number
  /** What the user can do about this issue. */
  hint?: string
  /**
   * More text for humans, shown indented under the issue: the lines of the file around a syntax error, what
   * to do after a list of rejected cells.
   */
  detail?: string
}

/**
 * Formats where an issue lies in a file as `file!sheet:row:column` (the parts that are known); a row without
 * a file is `line <row>`.
 *
 * @example
 * ```ts
 * formatLocation({ file: 'data.csv', row: 4, column: 3 })         // 'data.csv:4:3'
 * formatLocation({ file: 'du-lieu.xlsx', sheet: 'TC3', row: 7 })  // 'du-lieu.xlsx!TC3:7'
 * formatLocation({ file: 'data.csv' })                            // 'data.csv'
 * formatLocation({})                                              // ''
 * ```
 *
 * @category Errors
 */
export function formatLocation(where: Pick<ChisoIssue, 'file' | 'sheet' | 'row' | 'column'>): string {
  if (where.file === undefined) return where.row === undefined ? '' : `line ${where.row}`
  let out = where.sheet ? `${where.file}!${where.sheet}` : where.file
  if (where.row !== undefined) {
    out += `:${where.row}`
    if (where.column !== undefined) out += `:${where.column}`
  }
  return out
}

/**
 * Formats one issue, the JSON path first: `tree[0].max: message (at m.yaml:7:10)`. An issue without a path
 * starts with its location: `data.csv:4:3: message`. A hint follows on its own line, then the detail,
 * indented. The CLI prints issues with this, and {@link ChisoError}'s message lists them with it.
 *
 * @example
 * ```ts
 * formatIssue({ path: ['tree', 0, 'max'], message: 'expected a decimal string', file: 'm.yaml', row: 7, column: 10 })
 * // 'tree[0].max: expected a decimal string (at m.yaml:7:10)'
 * formatIssue({ message: 'cannot read "abc"', file: 'd.csv', row: 4, column: 3 })
 * // 'd.csv:4:3: cannot read "abc"'
 * formatIssue({ message: 'no header row', file: 'd.csv', row: 1, hint: 'add a header' })
 * // 'd.csv:1: no header row\n    hint: add a header'
 * ```
 *
 * @category Errors
 */
export function formatIssue(issue: ChisoIssue): string {
  const location = formatLocation(issue)
  let out: string
  if (issue.path !== undefined) {
    out = `${formatPath(issue.path)}: ${issue.message}${location === '' ? '' : ` (at ${location})`}`
    if (issue.hint) out += hintLine(issue.hint)
  } else {
    const text = issue.hint ? issue.message + hintLine(issue.hint) : issue.message
    out = location === '' || issue.message.startsWith(location) ? text : `${location}: ${text}`
  }
  if (issue.detail) out += `\n${issue.detail.replace(/^/gm, '    ')}`
  return out
}

function hintLine(hint: string): string {
  return `\n    hint: ${hint}`
}

/**
 * Formats a JSON path as `tree[2].children[0].rule.with`.
 *
 * @example
 * ```ts
 * formatPath(['tree', 2, 'children', 0, 'rule']) // 'tree[2].children[0].rule'
 * formatPath([])                                  // '(root)'
 * ```
 *
 * @category Errors
 */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(root)'
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`
    else out += `[${JSON.stringify(part)}]`
  }
  return out
}

/**
 * The one error class of chiso. Configuration and contract errors throw it; data problems are
 * {@link Diagnostic}s instead. `code` is one of {@link ERROR_CODES}; `path` locates the fault.
 *
 * Recognise it with {@link isChisoError}, which also works across two installed copies of chiso.
 *
 * @example
 * ```ts
 * try { parseMethodology({}) } catch (error) {
 *   if (isChisoError(error)) console.log(error.code, error.issues[0]?.message)
 *   // INVALID_METHODOLOGY ...
 * }
 * ```
 *
 * @category Errors
 */
export class ChisoError extends Error {
  override readonly name = 'ChisoError'
  /** The stable code (one of {@link ERROR_CODES}). */
  readonly code: ErrorCode
  /** Where the first fault lies. */
  readonly path: JsonPath
  /** What the user can do about it. */
  readonly hint: string | undefined
  /** Every located problem (at least one). */
  readonly issues: ReadonlyArray<ChisoIssue>

  constructor(code: ErrorCode, message: string, options: ChisoErrorOptions = {}) {
    const issues = options.issues ?? [withErrorReason({ path: options.path ?? [], message }, options.reason)]
    super(
      ChisoError.compose(message, issues),
      options.cause === undefined ? undefined : { cause: options.cause },
    )
    this.code = code
    this.path = options.path ?? issues.find((issue) => issue.path !== undefined)?.path ?? []
    this.hint = options.hint
    this.issues = issues
    withErrorReason(this, options.reason)
  }

  private static compose(message: string, issues: ReadonlyArray<ChisoIssue>): string {
    const [only] = issues
    if (issues.length <= 1 && (only?.message ?? message) === message) {
      if (only === undefined) return message
      // A lone issue at the root of a document reads as the bare message.
      const { path, ...located } = only
      return formatIssue(path?.length === 0 ? located : only)
    }
    return [message, ...issues.map((issue) => `  ${formatIssue(issue).replace(/\n/g, '\n  ')}`)].join('\n')
  }
}

/**
 * Tells whether a value is a {@link ChisoError}, also when it comes from another installed copy of chiso.
 *
 * @example
 * ```ts
 * isChisoError(new ChisoError('NOT_FOUND', 'no unit X')) // true
 * isChisoError(new Error('x'))                           // false
 * ```
 *
 * @category Errors
 */
export function isChisoError(value: unknown): value is ChisoError {
  return (
    value instanceof ChisoError ||
    (value instanceof Error &&
      value.name === 'ChisoError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      Array.isArray((value as { issues?: unknown }).issues))
  )
}
