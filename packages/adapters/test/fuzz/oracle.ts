// The adapters' oracle (test-only): a file that cannot be imported is a located ChisoError; an import that
// succeeds accounts for every cell of the table it read.

import { isChisoError } from '@chiso/core'
import { describeThrown } from '@chiso/test-support'
import { expect } from 'vitest'
import { cellFate, type ImportReport } from '../../src/report/import-report.js'
import type { Table } from '../../src/table/table.js'

/** Problems that concern the whole file (its bytes, its encoding, its size), so they have no row. */
const WHOLE_FILE = new Set([
  'UNREADABLE_FILE',
  'INVALID_XLSX',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  'INVALID_SYNTAX',
])

/** Asserts that `error` is a ChisoError whose every issue has a code, a message, the file and, for a problem inside the table, a row (or a JSON path). */
export function expectLocatedImportFailure(error: unknown, file: string): void {
  if (!isChisoError(error))
    throw new Error(`expected an ChisoError, got ${describeThrown(error)}`, { cause: error })
  expect(error.issues.length).toBeGreaterThan(0)
  for (const problem of error.issues) {
    const shown = JSON.stringify(problem)
    const code = problem.code ?? error.code
    expect(code, shown).toMatch(/^[A-Z][A-Z_]+$/)
    expect(code, shown).not.toBe('INTERNAL')
    expect(problem.message.length, shown).toBeGreaterThan(0)
    expect(problem.file, shown).toBe(file)
    // An empty file, or "no row (or column) has a unit header" in the first 50: there is no one place to point at.
    const absent = /^no header (row|column)\b/.test(problem.message)
    if (!WHOLE_FILE.has(code) && !absent)
      expect(
        problem.row !== undefined || problem.sheet !== undefined || problem.path !== undefined,
        shown,
      ).toBe(true)
  }
}

/**
 * Asserts that every cell of `table` has exactly one fate in the report (used, ignored or rejected), that the
 * report's counts are those fates counted, and that a rejected cell's entry holds the cell's text.
 */
export function expectEveryCellAccounted(table: Table, report: ImportReport): void {
  const tally = { used: 0, ignored: 0, rejected: 0 }
  table.rows.forEach((row, r) => {
    for (let c = 0; c < table.width; c++) {
      const sheetRow = table.rowNumbers[r]!
      const sheetColumn = c + 1
      const fate = cellFate(report, sheetRow, sheetColumn)
      expect(fate, `cell ${sheetRow}:${sheetColumn} (${JSON.stringify(row[c])})`).toBeDefined()
      tally[fate!]++
      if (fate === 'rejected') {
        const entry = report.rejected.find((cell) => cell.row === sheetRow && cell.column === sheetColumn)
        expect(entry?.value).toBe(row[c] ?? '')
      }
    }
  })
  expect(tally).toEqual({
    used: report.cells.used,
    ignored: report.cells.ignored,
    rejected: report.cells.rejected,
  })
  expect(report.cells.total).toBe(table.rows.length * table.width)
  expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
}
