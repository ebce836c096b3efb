import { type ChisoError, formatPath } from '@chiso/core'
import { InputError } from './input-error.js'
import type { ReadDocument } from './read-document.js'

/**
 * Turns a `ChisoError` raised while parsing or compiling a document into an {@link InputError}: one problem
 * per issue, with the issue's JSON path, the error's code, and the line and column of the path in the file.
 *
 * @example
 * ```ts
 * try { engine.compile(doc.value) } catch (error) {
 *   if (isChisoError(error)) throw chisoErrorToInputError(error, doc)
 * }
 * // problems: [{ code: 'INVALID_METHODOLOGY', path: 'tree[0].max', message: 'expected a decimal string…',
 * //              file: 'm.yaml', line: 7, column: 10 }]
 * ```
 */
export function chisoErrorToInputError(error: ChisoError, document?: ReadDocument): InputError {
  const issues = error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }]
  const problems = issues.map((issue) => {
    const position = document?.locate(issue.path)
    return {
      code: error.code,
      path: formatPath(issue.path),
      message: issue.message,
      ...(document ? { file: document.file } : {}),
      ...(position ?? {}),
    }
  })
  const summary = error.message.split('\n')[0] ?? error.message
  const hint = error.hint ? ` (${error.hint})` : ''
  return new InputError(document ? `${document.file}: ${summary}${hint}` : `${summary}${hint}`, problems, {
    cause: error,
  })
}
