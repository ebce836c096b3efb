import { describe, expect, it } from 'vitest'
import { parseCell } from '../src/io/csv-cell.js'
import { detectDelimiter } from '../src/io/detect-delimiter.js'
import { InputError } from '../src/io/input-error.js'
import { parseWideCsv } from '../src/io/read-wide-csv.js'

function problemsOf(text: string): string[] {
  try {
    parseWideCsv(text, 'd.csv')
  } catch (error) {
    if (error instanceof InputError) {
      return error.problems.map((p) => `${p.line ?? '-'}:${p.column ?? '-'} ${p.code} ${p.message}`)
    }
    throw error
  }
  throw new Error('expected the CSV to be rejected')
}

describe('parseCell', () => {
  it.each([
    ['7.98', { kind: 'value', value: '7.98' }],
    ['7,98', { kind: 'value', value: '7.98' }],
    ['  -0,50 ', { kind: 'value', value: '-0.5' }],
    ['007', { kind: 'value', value: '7' }],
    [',5', { kind: 'value', value: '0.5' }],
    ['-0', { kind: 'value', value: '0' }],
    ['0.30000000000000000000000000001', { kind: 'value', value: '0.30000000000000000000000000001' }],
    ['', { kind: 'missing' }],
    ['   ', { kind: 'missing' }],
    ['NA', { kind: 'value', value: 'NA' }],
    ['n/a', { kind: 'value', value: 'NA' }],
    ['KAD', { kind: 'value', value: 'NA' }],
    ['Không áp dụng', { kind: 'value', value: 'NA' }],
    ['KHÔNG  ÁP  DỤNG', { kind: 'value', value: 'NA' }],
    // NFD input (e + combining marks), as some Mac tools write it.
    ['kho\u0302ng a\u0301p du\u0323ng', { kind: 'value', value: 'NA' }],
    ['có', { kind: 'value', value: true }],
    ['Có', { kind: 'value', value: true }],
    ['yes', { kind: 'value', value: true }],
    ['TRUE', { kind: 'value', value: true }],
    ['không', { kind: 'value', value: false }],
    ['No', { kind: 'value', value: false }],
    ['false', { kind: 'value', value: false }],
  ])('reads %j', (raw, expected) => {
    expect(parseCell(raw)).toEqual(expected)
  })

  it.each(['abc', '7.98%', '1.234,5', '1,234.5', '1 234', '1e3', '-', '.', '+', 'Infinity', '0x10', '７'])(
    'rejects %j',
    (raw) => {
      expect(parseCell(raw).kind).toBe('rejected')
    },
  )
})

describe('detectDelimiter', () => {
  it('looks at the header line, past comments, outside quotes', () => {
    expect(detectDelimiter('unit,name,1.1\n')).toBe(',')
    expect(detectDelimiter('# a; b; c\nunit;name;1.1\n')).toBe(';')
    expect(detectDelimiter('unit,"a;b;c",x\n')).toBe(',')
  })
})

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
      '2:3 INVALID_CELL a value ("x") in a column without a header',
    ])
  })

  it('reports every rejected cell with its row, column and value', () => {
    expect(problemsOf('unit,name,1.1,1.2\nA,An,abc,1\nB,Bình,2,3%\n')).toEqual([
      '2:3 INVALID_CELL column "1.1", unit "A": cannot read "abc": expected a decimal (7.98 or 7,98, no thousands separators), NA/KAD (không áp dụng), có/không (yes/no), or an empty cell',
      '3:4 INVALID_CELL column "1.2", unit "B": cannot read "3%": expected a decimal (7.98 or 7,98, no thousands separators), NA/KAD (không áp dụng), có/không (yes/no), or an empty cell',
    ])
  })

  it('reports duplicate units with both rows, and rows without a unit code', () => {
    expect(problemsOf('unit,1.1\nA,1\nB,2\nA,3\n,4\n')).toEqual([
      '4:1 DUPLICATE_UNIT duplicate unit "A" (rows 2 and 4)',
      '5:1 INVALID_CELL no unit code',
    ])
  })

  it('reports header problems: no unit column, duplicate columns, bad codes and fields', () => {
    expect(problemsOf('name,1.1\nA,1\n')).toEqual([
      '1:- INVALID_CSV the header has no "unit" column (expected unit,name,<leaf code>,…)',
    ])
    expect(problemsOf('unit,1.1,1.1:value,bad code,1.2:9x\nA,1,2,3,4\n')).toEqual([
      '1:3 DUPLICATE_COLUMN column "1.1:value" appears twice (columns 2 and 3)',
      '1:4 INVALID_HEADER column "bad code": "bad code" is not a node code (letters, digits, ".", "_" or "-")',
      '1:5 INVALID_HEADER column "1.2:9x": "9x" is not a field name (letters, digits and "_")',
    ])
  })

  it('reports malformed CSV (a short row, an empty file) with its line', () => {
    expect(problemsOf('unit,1.1,1.2\nA,1\n')[0]).toMatch(
      /^2:- INVALID_CSV invalid CSV: Invalid Record Length/,
    )
    expect(problemsOf('# only a comment\n')).toEqual([
      '-:- INVALID_CSV no header row (expected unit,name,<leaf code>,…)',
    ])
  })
})
