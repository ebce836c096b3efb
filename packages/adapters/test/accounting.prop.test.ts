// Property tests: every cell of any generated sheet is used or reported; numbers never pass through a binary
// float (decimal text of any length and format reads back exactly; numbers stored in XLSX read back as the
// same double).

import { ChisoError, dec, toDecimalString } from '@chiso/core'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import ExcelJS from 'exceljs'
import { describe, expect } from 'vitest'
import { CellRejection, readCell } from '../src/cell/read-cell.js'
import { cellFate } from '../src/report/import-report.js'
import { readWideTable } from '../src/table/read-wide.js'
import type { Table } from '../src/table/table.js'
import { readXlsx } from '../src/xlsx/read-xlsx.js'

const cellArb = fc.oneof(
  fc.constantFrom(
    '',
    '',
    ' ',
    'unit',
    'name',
    'group',
    'KAD',
    'N/A',
    'có',
    'abc',
    '7,5',
    '95%',
    '1.234,5',
    '=1+1',
    "'-2",
    'Ghi chú',
  ),
  fc.stringMatching(/^[0-9](\.[0-9]){0,2}(:done|@appraisal)?$/),
  fc.stringMatching(/^[A-Z]{1,3}$/),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
)

/** A sheet of random cells, usually with a "unit" header somewhere in its first rows. */
const tableArb = fc
  .record({
    width: fc.integer({ min: 1, max: 7 }),
    height: fc.integer({ min: 1, max: 12 }),
    headerAt: fc.option(fc.tuple(fc.nat(3), fc.nat(6)), { freq: 4, nil: undefined }),
    transposed: fc.boolean(),
  })
  .chain(({ width, height, headerAt, transposed }) =>
    fc
      .array(fc.array(cellArb, { minLength: width, maxLength: width }), {
        minLength: height,
        maxLength: height,
      })
      .map((rows) => {
        if (headerAt) {
          const [r, c] = headerAt
          const row = rows[Math.min(r, height - 1)] as string[]
          row[Math.min(c, width - 1)] = 'unit'
        }
        const table: Table = { file: 'd.csv', rows, rowNumbers: rows.map((_, i) => i + 1), width }
        return { table, transposed }
      }),
  )

describe('every cell is accounted for', () => {
  test.prop([tableArb], propertyRuns(100))(
    'used, ignored or rejected: exactly one, and the counts add up',
    ({ table, transposed }) => {
      let result: ReturnType<typeof readWideTable>
      try {
        result = readWideTable(table, { mapping: transposed ? { orientation: 'columns' } : {} })
      } catch (error) {
        // A sheet without a unit header is refused as a whole, with a located error.
        expect(error).toBeInstanceOf(ChisoError)
        expect(['INVALID_HEADER', 'NO_LEAF_COLUMNS']).toContain((error as ChisoError).issues[0]?.code)
        return
      }
      const { report, dataset } = result
      const tally = { used: 0, ignored: 0, rejected: 0 }
      const byOrigin = new Map(dataset.observations.map((o) => [`${o.origin?.row}:${o.origin?.column}`, o]))
      table.rows.forEach((row, r) => {
        row.forEach((text, c) => {
          const fate = cellFate(report, r + 1, c + 1)
          expect(fate, `cell ${r + 1}:${c + 1} (${JSON.stringify(text)})`).toBeDefined()
          tally[fate as keyof typeof tally]++
          const observation = byOrigin.get(`${r + 1}:${c + 1}`)
          if (observation) {
            // A cell that became an observation is used, and holds what the cell says.
            expect(fate).toBe('used')
            expect(observation.value).toEqual(readCell(text))
          }
          if (fate === 'rejected') {
            expect(report.rejected.find((cell) => cell.row === r + 1 && cell.column === c + 1)?.value).toBe(
              text,
            )
          }
        })
      })
      expect(tally).toEqual({
        used: report.cells.used,
        ignored: report.cells.ignored,
        rejected: report.cells.rejected,
      })
      expect(report.cells.total).toBe(table.rows.length * table.width)
    },
  )
})

describe('numbers never pass through a binary float', () => {
  const digitsArb = fc.tuple(
    fc.bigInt({ min: 0n, max: 10n ** 40n }),
    fc.integer({ min: 0, max: 20 }),
    fc.boolean(),
  )

  test.prop(
    [digitsArb, fc.constantFrom('plain', 'comma', 'grouped-dot', 'grouped-comma', 'spaces', 'percent')],
    propertyRuns(100),
  )('decimal text of any length and format reads back exactly', ([digits, scale, negative], style) => {
    const text = digits.toString().padStart(scale + 1, '0')
    const whole = text.slice(0, text.length - scale)
    const fraction = text.slice(text.length - scale)
    const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
    const body =
      style === 'plain'
        ? `${whole}${scale ? `.${fraction}` : ''}`
        : style === 'comma'
          ? `${whole}${scale ? `,${fraction}` : ''}`
          : style === 'grouped-dot'
            ? `${group('.')},${fraction || '0'}`
            : style === 'grouped-comma'
              ? `${group(',')}.${fraction || '0'}`
              : style === 'spaces'
                ? `${group(' ')},${fraction || '0'}`
                : `${whole}${scale ? `,${fraction}` : ''}%`
    const sign = negative ? '-' : ''
    const exact = dec(`${sign}${whole}.${fraction || '0'}`)
    const expected = toDecimalString(style === 'percent' ? exact.div(100) : exact)
    const read = readCell(`${sign}${body}`)
    expect(read).not.toBeInstanceOf(CellRejection)
    expect(read).toBe(expected)
  })

  test.prop(
    [fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 })],
    propertyRuns(20),
  )('numbers stored in XLSX read back as the decimal of the same double', async (numbers) => {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('x')
    sheet.addRow(['unit', ...numbers.map((_, i) => `L${i}`)])
    sheet.addRow(['A', ...numbers])
    const { dataset } = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()), { file: 'x.xlsx' })
    dataset.observations.forEach((o, i) => {
      expect(typeof o.value).toBe('string')
      expect(Number(o.value)).toBe(numbers[i] === 0 ? 0 : numbers[i])
      expect(o.value).not.toMatch(/e/i)
    })
  })
})
