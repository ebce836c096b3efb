// Messy and hostile input found by an adversarial run against the readers: nothing may vanish without a note,
// be read two ways, or make the reader build more than its limits allow. Each case says what it must give.
import { isChisoError } from '@chiso/core'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { CellRejection, readCell } from '../../src/cell/read-cell.js'
import { parseCsvTable } from '../../src/csv/parse-csv-table.js'
import { readCsv } from '../../src/csv/read-csv.js'
import { DEFAULT_LIMITS } from '../../src/report/limits.js'
import { readXlsx } from '../../src/xlsx/read-xlsx.js'

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  build(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}

describe('CSV rows starting with # are never dropped', () => {
  it('reads a unit whose code starts with # (an STT like #2) as a unit', () => {
    const { dataset, report } = readCsv('unit,name,1.1\n#1,Một,5\n#2,Hai,6\n', { file: 'd.csv' })
    expect(dataset.units.map((unit) => unit.code)).toEqual(['#1', '#2'])
    expect(report.cells).toEqual({ total: 9, used: 9, ignored: 0, rejected: 0 })
  })

  it('keeps leading # lines as title rows the report accounts for', () => {
    const { dataset, report } = readCsv('# nguồn: số liệu minh hoạ, 2023\nunit,1.1\nA,5\n', { file: 'd.csv' })
    expect(dataset.units).toEqual([{ code: 'A' }])
    expect(report.headerRow).toBe(2)
    expect(report.ignored[0]).toMatchObject({ fromRow: 1, toRow: 1, reason: 'above the header row (titles)' })
    expect(report.cells).toEqual({ total: 6, used: 4, ignored: 2, rejected: 0 })
  })

  it('rejects #N/A in a data cell with its place instead of dropping the row', () => {
    const { report } = readCsv('unit,1.1,1.2\nA,#N/A,3\n', { file: 'd.csv' })
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        column: 2,
        value: '#N/A',
        reason: expect.stringMatching(/spreadsheet error value \(#N\/A\)/),
      }),
    ])
    expect(report.cells.total).toBe(report.cells.used + report.cells.ignored + report.cells.rejected)
  })
})

describe('spreadsheet error values and dates are rejected, not read as something else', () => {
  it.each(['#N/A', '#n/a', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!'])(
    '%s is an error value, not "not applicable"',
    (text) => {
      const reading = readCell(text)
      expect(reading).toBeInstanceOf(CellRejection)
      expect((reading as CellRejection).reason).toMatch(/^a spreadsheet error value/)
    },
  )

  it('rejects an XLSX date cell with its own reason instead of reading its serial number', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('TC3')
      sheet.addRow(['unit', '1.1'])
      sheet.addRow(['A', new Date(Date.UTC(2023, 4, 7))])
      sheet.addRow(['B', { formula: 'NA()', result: { error: '#N/A' } }])
    })
    const { dataset, report } = await readXlsx(bytes, { file: 't.xlsx' })
    expect(dataset.observations).toEqual([])
    expect(report.rejected.map((cell) => [cell.address, cell.value])).toEqual([
      ['B2', '2023-05-07'],
      ['B3', '#N/A'],
    ])
    expect(report.rejected[0]?.reason).toMatch(/a date \(2023-05-07\), not a number/)
  })
})

describe('CSV layout: short title rows and mixed line endings', () => {
  it('reads title rows with fewer separators than the table, padding them', () => {
    const { table } = parseCsvTable('UBND TỈNH THANH HÓA\nBảng 1;;\nunit;name;1.1\nA;An;5\n', {
      file: 'd.csv',
    })
    expect(table.rows).toEqual([
      ['UBND TỈNH THANH HÓA', '', ''],
      ['Bảng 1', '', ''],
      ['unit', 'name', '1.1'],
      ['A', 'An', '5'],
    ])
    expect(table.rowNumbers).toEqual([1, 2, 3, 4])
  })

  it('still refuses a short row inside the table, with its line', () => {
    const error = thrown(() => parseCsvTable('unit,name,1.1\nA,An,5\nB,Bình\n', { file: 'd.csv' }))
    expect(isChisoError(error) && error.issues[0]).toMatchObject({ code: 'INVALID_CSV', row: 3 })
  })

  it('reads a file that mixes CRLF and LF line endings', () => {
    const { dataset } = readCsv('unit,1.1\r\nA,5\nB,6\r\nC,7\n', { file: 'd.csv' })
    expect(dataset.observations.map((o) => [o.unit, o.value, o.origin?.row])).toEqual([
      ['A', '5', 2],
      ['B', '6', 3],
      ['C', '7', 4],
    ])
  })
})

describe('XLSX sheets: hidden sheets and the cell bound', () => {
  it('reads the first visible sheet, not a hidden first sheet', async () => {
    const bytes = await workbook((book) => {
      const hidden = book.addWorksheet('Cũ', { state: 'hidden' })
      hidden.addRow(['unit', '1.1'])
      hidden.addRow(['A', 1])
      const visible = book.addWorksheet('TC3')
      visible.addRow(['unit', '1.1'])
      visible.addRow(['A', 9])
    })
    const { dataset, report } = await readXlsx(bytes, { file: 't.xlsx' })
    expect(report.sheet).toBe('TC3')
    expect(dataset.observations[0]?.value).toBe('9')
    // Named, a hidden sheet is read: the choice is the user's.
    expect((await readXlsx(bytes, { file: 't.xlsx', sheet: 'Cũ' })).dataset.observations[0]?.value).toBe('1')
  })

  it('refuses a workbook whose sheets are all hidden, naming them', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['unit', '1.1'])
    })
    const error = await rejected(readXlsx(bytes, { file: 't.xlsx' }))
    expect(isChisoError(error) && error.issues[0]?.message).toBe(
      'no visible sheet (the sheets are 1: Ẩn (hidden))',
    )
  })

  it('refuses two cells at far corners by the cells of their rectangle, before building it', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('TC3')
      sheet.getCell('A1').value = 'unit'
      sheet.getCell('XFD100000').value = 1
    })
    expect(bytes.byteLength).toBeLessThan(10_000)
    const error = await rejected(readXlsx(bytes, { file: 'far.xlsx' }))
    expect(isChisoError(error) && error.issues[0]).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      sheet: 'TC3',
      message: `${100_000 * 16_384} cells exceed the limit of ${DEFAULT_LIMITS.maxCells} cells`,
    })
  })

  it('counts the cell elements of every sheet before the workbook is opened', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('TC3')
      for (let r = 0; r < 40; r++) sheet.addRow(['A', 1, 2, 3, 4])
      book.addWorksheet('Khác').addRow([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    })
    const error = await rejected(readXlsx(bytes, { file: 't.xlsx', limits: { maxCells: 200 } }))
    expect(isChisoError(error) && error.issues[0]?.message).toMatch(
      /^210 cells exceed the limit of 200 cells$/,
    )
    // The same workbook within the limit is read.
    await expect(readXlsx(bytes, { file: 't.xlsx', limits: { maxCells: 210 } })).rejects.toThrow(
      /unit column/,
    )
  })

  it('refuses a CSV whose rectangle is over the cell limit', () => {
    const error = thrown(() =>
      readCsv('unit,1.1,1.2\nA,1,2\nB,3,4\n', { file: 'd.csv', limits: { maxCells: 8 } }),
    )
    expect(isChisoError(error) && error.issues[0]?.message).toBe('9 cells exceed the limit of 8 cells')
  })
})

describe('a column that mixes thousands separators is never read two ways', () => {
  it('rejects 987.654 when the same column groups thousands with "." (1.234.567), naming the cell', () => {
    const { dataset, report } = readCsv('unit;1.1\nA;987.654\nB;1.234.567\nC;7,5\n', { file: 'd.csv' })
    expect(dataset.observations.map((o) => [o.unit, o.value])).toEqual([
      ['B', '1234567'],
      ['C', '7.5'],
    ])
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        value: '987.654',
        reason: expect.stringMatching(
          /read two ways: "\." groups thousands elsewhere in this column \(row 3\), so 987\.654 could be 987654 or a decimal/,
        ),
      }),
    ])
  })

  it('applies the same rule to the value column of a long table', () => {
    const { dataset, report } = readCsv('unit;node;value\nA;1.1;987.654\nB;1.1;1.234.567\nC;1.2;7,5\n', {
      file: 'long.csv',
    })
    expect(dataset.observations.map((o) => [o.unit, o.value])).toEqual([
      ['B', '1234567'],
      ['C', '7.5'],
    ])
    // A long table rejects the row's cells together, each with the reason.
    expect(report.rejected.map((cell) => [cell.row, cell.column, cell.value])).toEqual([
      [2, 1, 'A'],
      [2, 2, '1.1'],
      [2, 3, '987.654'],
    ])
    expect(report.rejected[2]?.reason).toMatch(
      /read two ways: "\." groups thousands elsewhere in this column \(row 3\)/,
    )
  })

  it('reads the column one way when the mapping says which separator is the decimal one', () => {
    const { dataset, report } = readCsv('unit;1.1\nA;987.654\nB;1.234.567\n', {
      file: 'd.csv',
      mapping: { decimal: ',' },
    })
    expect(report.rejected).toEqual([])
    expect(dataset.observations.map((o) => o.value)).toEqual(['987654', '1234567'])
  })

  it('leaves other columns alone: 987.654 is a decimal where nothing groups thousands', () => {
    const { dataset } = readCsv('unit;1.1;1.2\nA;987.654;1\nB;1.5;1.234.567\n', { file: 'd.csv' })
    expect(dataset.observations.find((o) => o.unit === 'A' && o.node === '1.1')?.value).toBe('987.654')
  })
})

describe('unit codes with invisible characters are refused, not made a second unit', () => {
  it('rejects the row of "H\\u200bN" with the reason, and keeps "HN"', () => {
    const { dataset, report } = readCsv('unit,1.1\nHN,5\nH\u200bN,6\n', { file: 'd.csv' })
    expect(dataset.units.map((unit) => unit.code)).toEqual(['HN'])
    expect(report.rejected[0]).toMatchObject({
      row: 3,
      reason: expect.stringMatching(/holds an invisible character \(U\+200B\)/),
    })
  })

  it('reads a code typed with combining marks as the same unit (NFC), in CSV and in a JSON dataset', async () => {
    const { readDatasetJson } = await import('../../src/json/dataset-json.js')
    const json = JSON.stringify({
      units: [{ code: 'Hue\u0301' }],
      observations: [{ unit: 'Hue\u0301', node: 'e\u0301', value: '1' }],
    })
    const { dataset } = readDatasetJson(json, { file: 'd.json' })
    expect(dataset.units[0]?.code).toBe('Hué')
    expect(dataset.observations[0]).toMatchObject({ unit: 'Hué', node: 'é' })
  })
})

describe('formula neutralisation keeps numbers numeric', () => {
  it('writes a negative decimal as a plain number, and text that could be a formula with an apostrophe', async () => {
    const { neutraliseFormula, restoreNeutralised } = await import('../../src/cell/neutralise.js')
    expect(neutraliseFormula('-0.22')).toBe('-0.22')
    expect(neutraliseFormula('+3')).toBe('+3')
    expect(neutraliseFormula('-1e-7')).toBe('-1e-7')
    expect(neutraliseFormula('-2+3')).toBe("'-2+3")
    expect(neutraliseFormula('-cmd|calc')).toBe("'-cmd|calc")
    expect(neutraliseFormula("'-0.22")).toBe("''-0.22")
    for (const text of ['-0.22', "'-0.22", '-2+3', '=1+1'])
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text)
  })

  it('exports a dataset with negative values as numbers a CSV reader takes as numbers', async () => {
    const { writeWideCsv } = await import('../../src/csv/write-csv.js')
    const text = writeWideCsv({
      units: [{ code: 'A' }],
      observations: [{ unit: 'A', node: '1.1', field: 'value', value: '-0.22' }],
    })
    expect(text.split(/\r?\n/)[1]).toBe('A,-0.22')
  })
})

describe('two columns mapped to one leaf', () => {
  it('rejects a second column whose value differs from the first, and ignores one that agrees', () => {
    const { dataset, report } = readCsv('unit;Kế hoạch;KH 2;1.2\nA;5;5;1\nB;6;7;1\n', {
      file: 'd.csv',
      mapping: { columns: { 'Kế hoạch': '1.1', 'KH 2': '1.1' } },
    })
    expect(dataset.observations.filter((o) => o.node === '1.1').map((o) => [o.unit, o.value])).toEqual([
      ['A', '5'],
      ['B', '6'],
    ])
    expect(report.rejected).toEqual([
      expect.objectContaining({
        row: 3,
        column: 3,
        value: '7',
        reason: expect.stringMatching(/appears again, with another value \("6" there\)/),
      }),
    ])
    expect(report.cells.total).toBe(report.cells.used + report.cells.ignored + report.cells.rejected)
  })
})
