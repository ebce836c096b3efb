import { isChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseWideCsv } from '../src/io/read-wide-csv.js'

function problemsOf(text: string): string[] {
  try {
    parseWideCsv(text, 'd.csv')
  } catch (error) {
    if (isChisoError(error)) {
      return error.issues.map(
        (p) =>
          `${p.row ?? '-'}:${p.column ?? '-'} ${p.code ?? error.code} ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`,
      )
    }
    throw error
  }
  throw new Error('expected the CSV to be rejected')
}

describe('parseWideCsv', () => {
  it('builds units and observations with their origin, never numbers', () => {
    const data = parseWideCsv(
      '\uFEFF# comment line\n# another\nunit,name,group,1.1,1.2:done,1.2:total\nHN,Hà Nội,province,"7,98",3,4\nDN,Đà Nẵng,,,NA,có\n',
      'd.csv',
    )
    expect(data.units).toEqual([
      { code: 'HN', name: 'Hà Nội', group: 'province' },
      { code: 'DN', name: 'Đà Nẵng' },
    ])
    expect(data.observations).toEqual([
      {
        unit: 'HN',
        node: '1.1',
        field: 'value',
        value: '7.98',
        origin: { file: 'd.csv', row: 4, column: 4 },
      },
      { unit: 'HN', node: '1.2', field: 'done', value: '3', origin: { file: 'd.csv', row: 4, column: 5 } },
      { unit: 'HN', node: '1.2', field: 'total', value: '4', origin: { file: 'd.csv', row: 4, column: 6 } },
      // The empty cell is kept as explicitly missing, so diagnostics can point at it.
      { unit: 'DN', node: '1.1', field: 'value', value: null, origin: { file: 'd.csv', row: 5, column: 4 } },
      { unit: 'DN', node: '1.2', field: 'done', value: 'NA', origin: { file: 'd.csv', row: 5, column: 5 } },
      { unit: 'DN', node: '1.2', field: 'total', value: true, origin: { file: 'd.csv', row: 5, column: 6 } },
    ])
  })

  it('reads ";" files with comma decimals, CRLF line ends, trimmed headers and rows of blanks', () => {
    const data = parseWideCsv(' unit ; name ; 1.1 \r\nA;Một;7,5\r\n;;\r\nB;Hai; 8 \r\n', 'd.csv')
    expect(data.units.map((unit) => unit.code)).toEqual(['A', 'B'])
    expect(data.observations.map((o) => [o.unit, o.node, o.value, o.origin?.row])).toEqual([
      ['A', '1.1', '7.5', 2],
      ['B', '1.1', '8', 4],
    ])
  })

  it('allows an unnamed column only when it is empty (a trailing delimiter from Excel)', () => {
    expect(parseWideCsv('unit,1.1,\nA,1,\n', 'd.csv').observations).toHaveLength(1)
    expect(problemsOf('unit,1.1,\nA,1,x\n')).toEqual([
      '2:3 INVALID_CELL cannot read "x": a value in a column without a header',
    ])
  })

  it('reports every rejected cell with its row, column and value', () => {
    expect(problemsOf('unit,name,1.1,1.2\nA,An,abc,1\nB,Bình,2,7x\n')).toEqual([
      '2:3 INVALID_CELL cannot read "abc": column "1.1", unit "A": expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell',
      '3:4 INVALID_CELL cannot read "7x": column "1.2", unit "B": expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell',
    ])
  })

  it('reports duplicate units with the first row, and rows without a unit code', () => {
    expect(problemsOf('unit,1.1\nA,1\nB,2\nA,3\n,4\n')).toEqual([
      '4:1 INVALID_CELL cannot read "A": duplicate unit "A" (first in row 2)',
      '4:2 INVALID_CELL cannot read "3": duplicate unit "A" (first in row 2)',
      '5:2 INVALID_CELL cannot read "4": the row has no unit code',
    ])
  })

  it('reports a missing unit column; ignores (and reports) columns that are not leaf codes', () => {
    expect(problemsOf('name,1.1\nA,1\n')).toEqual([
      '-:- INVALID_HEADER no header row with a "unit" (or "Mã đơn vị", "code") column in the first 50 rows\n    hint: name the unit column "unit" (expected unit,name,<leaf code>,…), or say which it is with a mapping (unit: "…")',
    ])
    const data = parseWideCsv('unit,1.1,1.1:value,bad code,1.2:9x\nA,1,1,3,4\n', 'd.csv')
    expect(data.observations.map((o) => [o.node, o.value])).toEqual([['1.1', '1']])
    // The second column of a leaf field that says otherwise is rejected, not silently dropped.
    expect(problemsOf('unit,1.1,1.1:value\nA,1,2\n')[0]).toMatch(
      /^2:3 INVALID_CELL cannot read "2": the same column as column 2 \("1\.1:value"\) appears again, with another value \("1" there\)/,
    )
  })

  it('reports malformed CSV (a short row, an empty file) with its line', () => {
    expect(problemsOf('unit,1.1,1.2\nA,1\n')[0]).toMatch(
      /^2:- INVALID_CSV invalid CSV: this row has 2 cells where the table above has 3/,
    )
    // A comment line is a title row the report accounts for: the file has no header below it.
    expect(problemsOf('# only a comment\n')).toEqual([
      expect.stringMatching(/^-:- INVALID_HEADER no header row with a "unit"/),
    ])
  })
})
