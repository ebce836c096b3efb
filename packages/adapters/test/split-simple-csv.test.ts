import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import { parse } from 'csv-parse/sync'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsvTable } from '../src/csv/parse-csv-table.js'
import { splitSimpleCsv } from '../src/csv/split-simple-csv.js'

/** What csv-parse reads with parseCsvTable's options: rows and line numbers, or the failure. */
function csvParse(text: string, delimiter: string, maxRows: number) {
  try {
    const records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      to_line: maxRows + 1,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
    return {
      rows: records.map(({ record }) => record),
      rowNumbers: records.map(({ info }) => info.lines),
    }
  } catch {
    return 'fails'
  }
}

// Text made of the pieces that matter to a CSV reader: delimiters, line endings, quotes, comment signs, BOMs.
const piece = fc.constantFrom(
  'a',
  '1',
  '7,5',
  'é',
  ' ',
  ',',
  ';',
  '\t',
  '|',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '"',
  '#',
  '\uFEFF',
)
const csvText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))
// Regular tables (the usual case, so the direct path is taken often): rows of equal width, some blank lines.
const regular = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    rows: fc.integer({ min: 0, max: 5 }),
    cell: fc.constantFrom('', 'u', '7.5', 'x y', 'Hà Nội'),
    ending: fc.constantFrom('\n', '\r\n'),
    blank: fc.boolean(),
    final: fc.boolean(),
  })
  .map(({ width, rows, cell, ending, blank, final }) => {
    const lines = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: width }, (_, c) => `${cell}${r}${c}`).join(','),
    )
    if (blank && lines.length > 1) lines.splice(1, 0, '')
    return lines.join(ending) + (final ? ending : '')
  })

describe('splitting CSV text that needs no parser', () => {
  test.prop(
    [fc.oneof(csvText, regular), fc.constantFrom(',', ';', '\t', '|'), fc.integer({ min: 1, max: 12 })],
    propertyRuns(100),
  )(
    'gives exactly csv-parse’s rows and line numbers whenever it takes the text',
    (text, delimiter, maxRows) => {
      const simple = splitSimpleCsv(text, delimiter, maxRows)
      if (simple === undefined) return
      expect(simple).toEqual(csvParse(text, delimiter, maxRows))
    },
  )

  it('takes a plain table, with \\n or \\r\\n endings and blank lines', () => {
    expect(splitSimpleCsv('unit,1.1\n\nA,7.5\n', ',', 100)).toEqual({
      rows: [
        ['unit', '1.1'],
        ['A', '7.5'],
      ],
      rowNumbers: [1, 3],
    })
    expect(splitSimpleCsv('unit;1.1\r\nA;7,5\r\n', ';', 100)?.rows).toEqual([
      ['unit', '1.1'],
      ['A', '7,5'],
    ])
  })

  it.each([
    ['quotes', 'unit,1.1\n"A",7.5\n'],
    ['mixed line endings', 'unit,1.1\r\nA,7.5\nB,1\n'],
    ['rows of different widths', 'unit,1.1\nA,7.5,9\n'],
  ])('leaves text with %s to csv-parse', (_case, text) => {
    expect(splitSimpleCsv(text, ',', 100)).toBeUndefined()
  })

  it('still reports ragged rows through csv-parse, with the line', () => {
    expect(() => parseCsvTable('unit,1.1,1.2\nA,7.5,9\nB,1\n', { file: 'd.csv' })).toThrow(/not valid CSV/)
    // A row longer than the rows above it makes them title rows, padded: its extra cell is then a value in
    // a column without a header, which the reader rejects with its place.
    expect(parseCsvTable('unit,1.1\nA,7.5,9\n', { file: 'd.csv' }).table.rows[0]).toEqual(['unit', '1.1', ''])
  })
})
