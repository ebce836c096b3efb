import { ChisoError, copyErrorReason, isChisoError } from '@chiso/core'
import type { ReadDocument } from './read-document.js'

/**
 * Tells whether a `ChisoError` points into the user's input: one of its issues names a file or a row, or has
 * no JSON path (a CSV cell, an unreadable file, a command-line option). The CLI lists the issues of such an
 * error under its summary; any other is printed with its message and hint.
 *
 * @example
 * ```ts
 * pointsIntoInput(new ChisoError('UNREADABLE_FILE', 'cannot read d.csv', { issues: [{ file: 'd.csv', message: 'no such file' }] }))
 * // true
 * pointsIntoInput(new ChisoError('NOT_FOUND', 'no unit X')) // false
 * ```
 */
export function pointsIntoInput(error: ChisoError): boolean {
  return error.issues.some(
    (issue) => issue.path === undefined || issue.file !== undefined || issue.row !== undefined,
  )
}

/**
 * Tells whether a value is a `ChisoError` (not `INTERNAL`) that {@link pointsIntoInput}: an input the
 * command cannot use, reported issue by issue (`chiso validate` lists them).
 *
 * @example
 * ```ts
 * try { compileDocument(readDocument(file, cwd)) } catch (error) {
 *   if (isLocatedError(error)) console.log(error.issues.length)
 * }
 * ```
 */
export function isLocatedError(value: unknown): value is ChisoError {
  return isChisoError(value) && value.code !== 'INTERNAL' && pointsIntoInput(value)
}

/**
 * Places a `ChisoError` raised while parsing or compiling a document in that document's file: every issue
 * keeps its JSON path and code and gains the file, and the row and column of its path when the document can
 * locate it. The summary names the file and carries the hint. An error that already points into the input
 * is returned as it is.
 *
 * @example
 * ```ts
 * try { engine.compile(doc.value) } catch (error) {
 *   if (isChisoError(error)) throw locateInDocument(error, doc)
 * }
 * // issues: [{ code: 'INVALID_METHODOLOGY', path: ['tree', 0, 'max'], message: 'expected a decimal string…',
 * //            file: 'm.yaml', row: 7, column: 10 }]
 * ```
 */
export function locateInDocument(
  error: ChisoError,
  document: Pick<ReadDocument, 'file'> & Partial<Pick<ReadDocument, 'locate'>>,
): ChisoError {
  if (pointsIntoInput(error)) return error
  const issues = error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }]
  const located = issues.map((issue) => {
    const path = issue.path ?? []
    const located = {
      ...issue,
      code: issue.code ?? error.code,
      path,
      file: document.file,
      ...document.locate?.(path),
    }
    // The copy keeps the issue's reason code (not enumerable, so the spread leaves it behind).
    return copyErrorReason(issue, located)
  })
  const summary = error.message.split('\n')[0] ?? error.message
  const hint = error.hint ? ` (${error.hint})` : ''
  return new ChisoError(error.code, `${document.file}: ${summary}${hint}`, { issues: located, cause: error })
}
