// Fuzz: readXlsx on workbooks built with exceljs from generated grids — numbers of every size (NaN and
// Infinity included), strings, booleans, dates, formulas with and without cached results, error values, rich
// text, merged header cells — and on valid workbooks with corrupted bytes. A workbook that cannot be read is a
import type { ChisoError } from '@chiso/core'
// located ChisoError; one that can is read with every cell accounted for.

import { byteMutationsArb, fuzzTally, fuzzTimeout, mutateBytes, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import ExcelJS from 'exceljs'
import { describe, expect } from 'vitest'
import { cellFate } from '../../src/report/import-report.js'
import { readXlsx } from '../../src/xlsx/read-xlsx.js'
import { LEAVES, wideGridArb } from './grid-arbs.js'
import { expectLocatedImportFailure } from './oracle.js'

const parameters = propertyRuns(60)
const tally = fuzzTally('xlsx')
const FILE = 'du-lieu.xlsx'

type CellValue = ExcelJS.CellValue

/** What a cell of a real workbook holds, beyond plain text. */
const typedCellArb: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -1_000, max: 1_000 }), weight: 2 },
  { arbitrary: fc.constantFrom(Number.MAX_VALUE, 5e-324, -0, 1e21, 123456789012345680000), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc.date({ min: new Date('1900-03-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom<CellValue>(
      { formula: 'A1*2' },
      { formula: 'B2+1', result: 7.5 },
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { error: '#N/A' },
      { richText: [{ text: '7,' }, { text: '5', font: { bold: true } }] },
      { text: 'link', hyperlink: 'https://example.org' },
    ),
    weight: 1,
  },
)

const workbookArb = fc
  .tuple(wideGridArb, fc.array(typedCellArb, { minLength: 120, maxLength: 120 }), fc.boolean(), fc.boolean())
  .map(([grid, typed, merge, date1904]) => ({ grid, typed, merge, date1904 }))

async function buildWorkbook(
  spec: {
    grid: string[][]
    typed: ReadonlyArray<CellValue | undefined>
    merge: boolean
    date1904: boolean
  },
  written: Array<[number, number]> = [],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  if (spec.date1904) book.properties.date1904 = true
  const sheet = book.addWorksheet('TC3')
  let k = 0
  spec.grid.forEach((row, r) => {
    row.forEach((text, c) => {
      const typed = r > 1 && c > 1 ? spec.typed[k++ % spec.typed.length] : undefined
      const value = typed === undefined ? (text === '' ? null : text) : typed
      sheet.getCell(r + 1, c + 1).value = value
      if (value !== null) written.push([r + 1, c + 1])
    })
  })
  if (spec.merge && spec.grid.length > 1 && (spec.grid[1]?.length ?? 0) > 3) sheet.mergeCells(2, 3, 2, 4)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const seedWorkbook = buildWorkbook({
  grid: [
    ['unit', 'name', ...LEAVES],
    ['A', 'Unit A', '1', '2', 'NA', '4', '5'],
    ['B', 'Unit B', '', '7,5', 'x', '1', '0'],
  ],
  typed: [],
  merge: false,
  date1904: false,
})

describe('XLSX reader fuzz', () => {
  test.prop(
    [
      fc.oneof(
        workbookArb.map((spec) => ({ spec, edits: [] as never[] })),
        byteMutationsArb().map((edits) => ({ spec: null, edits })),
      ),
    ],
    parameters,
  )(
    `readXlsx fails only with located ChisoErrors and accounts for every cell (${parameters.numRuns} cases)`,
    async ({ spec, edits }) => {
      tally('case')
      const written: Array<[number, number]> = []
      const bytes = spec ? await buildWorkbook(spec, written) : mutateBytes(await seedWorkbook, edits)
      try {
        const { report } = await readXlsx(bytes, { file: FILE, leaves: new Set(LEAVES) })
        expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
        // Every cell written with a value has exactly one fate (exceljs decides the sheet's used range, which
        // leaves out trailing empty cells).
        for (const [r, c] of written) expect(cellFate(report, r, c), `cell ${r}:${c}`).toBeDefined()
        tally(spec ? 'generated, read' : 'corrupted, read anyway')
      } catch (error) {
        expectLocatedImportFailure(error, FILE)
        tally(`refused (${(error as ChisoError).issues[0]?.code})`)
      }
    },
    fuzzTimeout(parameters, 60),
  )
})
