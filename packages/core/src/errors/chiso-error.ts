import type { ErrorCode } from './codes.js'

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
  /** Every located problem, when one error reports several (a schema failure lists them all). */
  issues?: ReadonlyArray<ChisoIssue>
}

/**
 * One located problem inside a {@link ChisoError}.
 *
 * @example
 * ```ts
 * const issue: ChisoIssue = { path: ['tree', 0, 'code'], message: 'expected a node code' }
 * const error = new ChisoError('INVALID_METHODOLOGY', 'invalid methodology', { issues: [issue] })
 * error.path // ['tree', 0, 'code']
 * ```
 *
 * @category Errors
 */
export interface ChisoIssue {
  /** The JSON path of the fault. */
  path: JsonPath
  /** What is wrong there. */
  message: string
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
    const issues = options.issues ?? [{ path: options.path ?? [], message }]
    super(
      ChisoError.compose(message, issues),
      options.cause === undefined ? undefined : { cause: options.cause },
    )
    this.code = code
    this.path = options.path ?? issues[0]?.path ?? []
    this.hint = options.hint
    this.issues = issues
  }

  private static compose(message: string, issues: ReadonlyArray<ChisoIssue>): string {
    if (issues.length <= 1 && (issues[0]?.message ?? message) === message) {
      const path = issues[0]?.path ?? []
      return path.length > 0 ? `${formatPath(path)}: ${message}` : message
    }
    return [message, ...issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`)].join('\n')
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
