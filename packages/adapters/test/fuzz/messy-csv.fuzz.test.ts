// Fuzz: readCsv on the messy shapes of real provincial files — leading # comments and # rows inside the table,
// title rows shorter than the table, mixed \n / \r\n / \r line endings, spreadsheet error values, dates, mixed
// thousands separators, invisible characters in codes, two columns mapped to one leaf. A file is either
// refused with a located ChisoError or read with every cell accounted for (used + ignored + rejected = total).

import type { ChisoError } from '@chiso/core'
import { fuzzTally, fuzzTimeout, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseCsvTable } from '../../src/csv/parse-csv-table.js'
import { readCsv } from '../../src/csv/read-csv.js'
import { expectEveryCellAccounted, expectLocatedImportFailure } from './oracle.js'

const parameters = propertyRuns(200)
const tally = fuzzTally('messy csv')
const FILE = 'tinh.csv'

const cellArb = fc.constantFrom(
  '',
  '5',
  '7,5',
  '7.5',
  '987.654',
  '1.234.567',
  '1,234,567',
  '987,654',
  '#N/A',
  '#DIV/0!',
  '#2',
  '2023-05-07',
  'KAD',
  'Hà Nội',
  'H\u200bN',
  'Hue\u0301',
  '=1+1',
  "'-2",
  '-0.22',
  '"a;b"',
  '"x\ny"',
)
const headerArb = fc.shuffledSubarray(['unit', 'name', '1.1', '1.2', 'KH', 'Ghi chú'], { minLength: 2 })
const endingArb = fc.constantFrom('\n', '\r\n', '\r')

const fileArb = fc
  .record({
    comments: fc.array(fc.constantFrom('# nguồn: minh hoạ', '# a;b;c', '#'), { maxLength: 3 }),
    titles: fc.array(fc.array(fc.constantFrom('UBND TỈNH', 'Bảng 1', ''), { minLength: 1, maxLength: 2 }), {
      maxLength: 2,
    }),
    header: headerArb,
    rows: fc.array(fc.array(cellArb, { minLength: 1, maxLength: 7 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(';', ','),
    endings: fc.array(endingArb, { minLength: 1, maxLength: 4 }),
    pad: fc.boolean(),
  })
  .map(({ comments, titles, header, rows, delimiter, endings, pad }) => {
    const width = header.length
    const lines = [
      ...comments,
      ...titles.map((cells) => cells.join(delimiter)),
      header.join(delimiter),
      // Mostly rows of the table's width (as a spreadsheet writes them), sometimes ragged.
      ...rows.map((cells) =>
        (pad ? [...cells, ...Array(Math.max(0, width - cells.length)).fill('')].slice(0, width) : cells).join(
          delimiter,
        ),
      ),
    ]
    return lines.map((line, i) => line + (endings[i % endings.length] as string)).join('')
  })

const mappingArb = fc.constantFrom(
  {},
  { columns: { KH: '1.1' } },
  { columns: { KH: '1.2' }, decimal: ',' as const },
  { decimal: '.' as const },
)

describe('messy CSV fuzz', () => {
  test.prop([fileArb, mappingArb], parameters)(
    `readCsv refuses with a located error or accounts for every cell (${parameters.numRuns} cases)`,
    (text, mapping) => {
      tally('case')
      let result: ReturnType<typeof readCsv>
      try {
        result = readCsv(text, { file: FILE, mapping })
      } catch (error) {
        expectLocatedImportFailure(error, FILE)
        tally(`refused (${(error as ChisoError).issues[0]?.code})`)
        return
      }
      const { report, dataset } = result
      tally(report.rejected.length > 0 ? 'read with rejects' : 'read')
      const { table } = parseCsvTable(text, {
        file: FILE,
        delimiter: report.delimiter as ',' | ';' | '\t' | '|',
      })
      expectEveryCellAccounted(table, report)
      // Nothing vanished: every row of the file that holds text is a row of the table.
      const nonBlank = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length
      expect(table.rows.length).toBeLessThanOrEqual(nonBlank)
      // No unit code holds an invisible character, and all are NFC.
      for (const unit of dataset.units) {
        expect(unit.code).not.toMatch(/\u200b/)
        expect(unit.code.normalize('NFC')).toBe(unit.code)
      }
    },
    fuzzTimeout(parameters, 20),
  )
})
