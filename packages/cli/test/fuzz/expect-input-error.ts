// The CLI's oracle (test-only): an input the CLI refuses is an InputError whose every problem has a code, a
// message, the file, and a place in it (a line, or a JSON path inside the document).

import { describeThrown } from '@chiso/test-support'
import { expect } from 'vitest'
import { InputError } from '../../src/io/input-error.js'

/** Asserts that `error` is a located InputError naming `file`. */
export function expectLocatedInputError(error: unknown, file: string): void {
  if (!(error instanceof InputError)) {
    throw new Error(`expected an InputError, got ${describeThrown(error)}`, { cause: error })
  }
  expect(error.problems.length).toBeGreaterThan(0)
  for (const problem of error.problems) {
    expect(problem.code, JSON.stringify(problem)).toMatch(/^[A-Z][A-Z_]+$/)
    expect(problem.code).not.toBe('INTERNAL')
    expect(problem.message.length).toBeGreaterThan(0)
    expect(problem.file, JSON.stringify(problem)).toContain(file)
    // Whole-file problems (not UTF-8, larger than a limit, empty, no unit header in the first 50 rows or columns) need
    // no place; every other problem has one.
    const whole =
      problem.code === 'UNREADABLE_FILE' ||
      problem.code === 'LIMIT_EXCEEDED' ||
      /^no header (row|column)\b/.test(problem.message)
    if (!whole) {
      expect(problem.line !== undefined || problem.path !== undefined, JSON.stringify(problem)).toBe(true)
    }
  }
}
