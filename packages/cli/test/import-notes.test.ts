import { readCsv } from '@chiso/adapters/csv'
import { describe, expect, it } from 'vitest'
import { formatImportNotes } from '../src/format/import-report.js'
import { createStylist } from '../src/format/style.js'

const plain = createStylist(false)

/** A wide CSV where the units listed in `bad` have an unreadable value on leaf 1. */
function reportWithRejects(units: number, bad: ReadonlyArray<number>) {
  const rows = Array.from({ length: units }, (_, u) => `u${u + 1},${bad.includes(u + 1) ? 'n/a?' : '5'},3`)
  return readCsv(`unit,1,2\n${rows.join('\n')}\n`, { file: 'data.csv', leaves: new Set(['1', '2']) }).report
}

describe('notes on rejected cells', () => {
  it('name the units scored without some of their cells, once each', () => {
    const notes = formatImportNotes(reportWithRejects(5, [2, 4]), plain)
    expect(notes.split('\n')[0]).toBe(
      'warning: 2 cells rejected, counted as missing (2 units affected: u2, u4):',
    )
  })

  it('name at most ten units and count the others', () => {
    const bad = Array.from({ length: 12 }, (_, i) => i + 1)
    const notes = formatImportNotes(reportWithRejects(15, bad), plain)
    expect(notes.split('\n')[0]).toBe(
      'warning: 12 cells rejected, counted as missing (12 units affected: u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, … 2 more):',
    )
  })
})
