import type { ImportError, ImportProblem, RejectedCell } from '@chiso/adapters'
import { InputError, type InputProblem } from './input-error.js'

/**
 * Turns an adapter's located problem into the CLI's {@link InputProblem}: the sheet goes with the file
 * (`du-lieu.xlsx!TC3`), the row becomes the line, and the hint follows the message.
 *
 * @example
 * ```ts
 * importProblem({ code: 'LIMIT_EXCEEDED', message: '12 rows exceed …', file: 'd.csv', hint: 'raise …' })
 * // { code: 'LIMIT_EXCEEDED', file: 'd.csv', message: '12 rows exceed … (hint: raise …)' }
 * ```
 */
export function importProblem(problem: ImportProblem): InputProblem {
  const file =
    problem.file === undefined ? undefined : problem.sheet ? `${problem.file}!${problem.sheet}` : problem.file
  return {
    code: problem.code,
    message: problem.hint ? `${problem.message}\n    hint: ${problem.hint}` : problem.message,
    ...(file === undefined ? {} : { file }),
    ...(problem.row === undefined ? {} : { line: problem.row }),
    ...(typeof problem.column === 'number' ? { column: problem.column } : {}),
    ...(problem.path === undefined ? {} : { path: problem.path }),
  }
}

/**
 * Turns an adapter's `ImportError` into an {@link InputError} (exit code 1).
 *
 * @example
 * ```ts
 * try { readCsv(bytes, { file }) } catch (error) { if (isImportError(error)) throw fromImportError(error) }
 * ```
 */
export function fromImportError(error: ImportError): InputError {
  return new InputError(error.message, error.problems.map(importProblem), { cause: error })
}

/**
 * One rejected cell as a CLI problem: location first, then the value and the reason.
 *
 * @example
 * ```ts
 * rejectedProblem({ file: 'd.csv', row: 3, column: 2, value: 'abc', reason: 'column "1.1", unit "B": expected a number …' })
 * // { code: 'INVALID_CELL', file: 'd.csv', line: 3, column: 2, message: 'cannot read "abc": column "1.1", unit "B": expected a number …' }
 * ```
 */
export function rejectedProblem(cell: RejectedCell): InputProblem {
  return {
    code: 'INVALID_CELL',
    file: cell.sheet ? `${cell.file}!${cell.sheet}` : cell.file,
    line: cell.row,
    column: cell.column,
    message: `cannot read ${JSON.stringify(cell.value)}${cell.address ? ` (${cell.address})` : ''}: ${cell.reason}`,
  }
}
