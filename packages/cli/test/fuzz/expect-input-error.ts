// The CLI's oracle (test-only): an input the CLI refuses is a ChisoError whose every issue has a code, a
// message, the file, and a place in it (a row, or a JSON path inside the document).
import { describeThrown } from '@chiso/test-support'
import { expect } from 'vitest'
import { isLocatedError } from '../../src/io/located-error.js'

/** Asserts that `error` is a located ChisoError naming `file`. */
export function expectLocatedError(error: unknown, file: string): void {
  if (!isLocatedError(error)) {
    throw new Error(`expected a located ChisoError, got ${describeThrown(error)}`, { cause: error })
  }
  expect(error.issues.length).toBeGreaterThan(0)
  for (const problem of error.issues) {
    const code = problem.code ?? error.code
    expect(code, JSON.stringify(problem)).toMatch(/^[A-Z][A-Z_]+$/)
    expect(code).not.toBe('INTERNAL')
    expect(problem.message.length).toBeGreaterThan(0)
    expect(problem.file, JSON.stringify(problem)).toContain(file)
    // Whole-file problems (not UTF-8, larger than a limit, empty, no unit header in the first 50 rows or columns) need
    // no place; every other problem has one.
    const whole =
      code === 'UNREADABLE_FILE' ||
      code === 'LIMIT_EXCEEDED' ||
      /^no header (row|column)\b/.test(problem.message)
    if (!whole) {
      expect(problem.row !== undefined || problem.path !== undefined, JSON.stringify(problem)).toBe(true)
    }
  }
}
