import { ChisoError, type ChisoIssue } from '@chiso/core'

/**
 * The `ChisoError` of a file that cannot be imported at all: unreadable, not CSV/XLSX/JSON, no header, over a
 * limit. Its code is the first issue's; every issue keeps its own code and its place in the file. (Single bad
 * cells never throw: they are rejected in the import report and the rest is imported.)
 *
 * @example
 * ```ts
 * throw importFailure(`${file} is empty`, [{ code: 'INVALID_CSV', file, row: 1, message: 'no header row' }])
 * ```
 */
export function importFailure(
  message: string,
  issues: ReadonlyArray<ChisoIssue>,
  options: { cause?: unknown } = {},
): ChisoError {
  return new ChisoError(issues[0]?.code ?? 'INVALID_INPUT', message, {
    ...(issues.length > 0 ? { issues } : {}),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  })
}
