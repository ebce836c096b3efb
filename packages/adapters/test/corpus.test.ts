// Table tests over a corpus of real-looking spreadsheets, generated here with exceljs (no binaries committed):
// title rows, two-row headers with merged cells, both orientations, formulas with and without a cached value,
// comma decimals, percent signs, BOMs, UTF-16, blank rows, duplicated units, unknown codes, text in numbers.

import { ChisoError } from '@chiso/core'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../src/csv/read-csv.js'
import { cellFate, type ImportReport } from '../src/report/import-report.js'
import { readXlsx } from '../src/xlsx/read-xlsx.js'

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  build(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

/** Every cell of the sheet's rectangle has exactly one fate, and the counts add up. */
function expectAccounted(report: ImportReport, rows: number, columns: number): void {
  const fates = { used: 0, ignored: 0, rejected: 0 }
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const fate = cellFate(report, r, c)
      expect(fate, `cell ${r}:${c}`).toBeDefined()
      fates[fate as keyof typeof fates]++
    }
  }
  expect(fates).toEqual({
    used: report.cells.used,
    ignored: report.cells.ignored,
    rejected: report.cells.rejected,
  })
  expect(report.cells.total).toBe(rows * columns)
}

// A province's sheet: two title rows, a merged area header over its criteria, "Mã đơn vị" merged over two rows.
const provinceSheet = () =>
  workbook((book) => {
    const sheet = book.addWorksheet('TC3')
    sheet.addRow(['UBND TỈNH THANH HÓA — KẾT QUẢ CHẤM ĐIỂM (số liệu minh hoạ)'])
    sheet.mergeCells('A1:G1')
    sheet.addRow([])
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Lĩnh vực 1', '', '', 'Ghi chú', 'Ngày'])
    sheet.mergeCells('C3:E3')
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', '1.1', '1.2', '9.9', 'Ghi chú', 'Ngày'])
    sheet.mergeCells('A3:A4')
    sheet.mergeCells('B3:B4')
    sheet.addRow(['dong-son', 'Huyện Đông Sơn', 0.1, '7,5', 1, 'tốt', new Date(Date.UTC(2023, 0, 1))])
    sheet.addRow(['ha-trung', 'Huyện Hà Trung', { formula: 'C5*2', result: 0.2 }, '95%', 2, '', null])
    sheet.addRow([])
    sheet.addRow(['nga-son', 'Huyện Nga Sơn', { formula: 'C5+C6' }, 'KAD', 3, '', null])
    sheet.addRow(['dong-son', 'trùng', 5, 5, 5, '', null])
    sheet.addRow(['vinh-loc', 'Huyện Vĩnh Lộc', 'abc', 0.30000000000000004, 4, '', null])
    sheet.getCell('D10').numFmt = '0.00'
  })

describe('readXlsx over generated province sheets', () => {
  it('finds the header below titles and merged cells, and reads every kind of cell', async () => {
    const { dataset, report } = await readXlsx(await provinceSheet(), {
      file: 'tinh.xlsx',
      sheet: 'TC3',
      leaves: new Set(['1.1', '1.2']),
    })
    expect(report.headerRow).toBe(4)
    expect(dataset.units).toEqual([
      { code: 'dong-son', name: 'Huyện Đông Sơn' },
      { code: 'ha-trung', name: 'Huyện Hà Trung' },
      { code: 'nga-son', name: 'Huyện Nga Sơn' },
      { code: 'vinh-loc', name: 'Huyện Vĩnh Lộc' },
    ])
    expect(
      dataset.observations.map((o) => [o.unit, o.node, o.value, o.origin?.column, o.origin?.row]),
    ).toEqual([
      ['dong-son', '1.1', '0.1', 'C', 5],
      ['dong-son', '1.2', '7.5', 'D', 5],
      ['ha-trung', '1.1', '0.2', 'C', 6],
      ['ha-trung', '1.2', '0.95', 'D', 6],
      ['nga-son', '1.1', null, 'C', 8],
      ['nga-son', '1.2', 'NA', 'D', 8],
      // What Excel stored is kept: the double 0.30000000000000004 reads as its shortest decimal.
      ['vinh-loc', '1.2', '0.30000000000000004', 'D', 10],
    ])
    expect(dataset.observations[0]?.origin).toEqual({ file: 'tinh.xlsx', sheet: 'TC3', row: 5, column: 'C' })
    expect(report.warnings).toEqual([
      expect.objectContaining({
        row: 8,
        column: 3,
        address: 'C8',
        message: expect.stringMatching(/^formula without a cached value \(=C5\+C6\)/),
      }),
    ])
    expect(report.rejected.map((r) => [r.address, r.value, r.reason])).toEqual([
      ['A9', 'dong-son', 'duplicate unit "dong-son" (first in row 5)'],
      ['B9', 'trùng', 'duplicate unit "dong-son" (first in row 5)'],
      ['C9', '5', 'duplicate unit "dong-son" (first in row 5)'],
      ['D9', '5', 'duplicate unit "dong-son" (first in row 5)'],
      [
        'C10',
        'abc',
        expect.stringMatching(/^column "1\.1", unit "vinh-loc": expected a number \(7\.98, 7,98/),
      ],
    ])
    const reasons = report.ignored.map((entry) => entry.reason)
    expect(reasons).toEqual([
      'above the header row (titles)',
      'the methodology has no leaf "9.9"',
      'the header "Ghi chú" is not a leaf code (map it with a mapping file)',
      'the methodology has no leaf "Ngày"',
      'blank row',
      'duplicate unit "dong-son" (first in row 5)',
    ])
    expectAccounted(report, 10, 7)
  })

  it('maps headers to leaf codes, fields and sources, and rejects a date cell instead of reading its serial number', async () => {
    const { dataset, report } = await readXlsx(await provinceSheet(), {
      file: 'tinh.xlsx',
      mapping: { columns: { Ngày: { node: '2.1', field: 'date', source: 'appraisal' }, '9.9': 'ignore' } },
    })
    expect(dataset.observations.filter((o) => o.node === '2.1')[0]).toMatchObject({
      unit: 'ha-trung',
      field: 'date',
      source: 'appraisal',
      value: null,
    })
    expect(report.rejected.find((cell) => cell.address === 'G5')).toMatchObject({
      value: '2023-01-01',
      reason: expect.stringMatching(/a date \(2023-01-01\), not a number/),
    })
  })

  it('reads units in columns (leaf codes down the first column)', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Ngang')
      sheet.addRow(['unit', 'HN', 'HP', 'DN'])
      sheet.addRow(['name', 'Hà Nội', 'Hải Phòng', 'Đà Nẵng'])
      sheet.addRow(['1.1', 7.25, '6,5', 'N/A'])
      sheet.addRow(['1.2', 1, 0, ''])
    })
    const { dataset, report } = await readXlsx(bytes, {
      file: 'ngang.xlsx',
      mapping: { orientation: 'columns' },
    })
    expect(report.orientation).toBe('columns')
    // Without saying so: no column of the first row holds a leaf of the methodology, so units are in columns.
    const guessed = await readXlsx(bytes, { file: 'ngang.xlsx', leaves: new Set(['1.1', '1.2']) })
    expect(guessed.report.orientation).toBe('columns')
    expect(guessed.dataset).toEqual(dataset)
    expect(dataset.units.map((u) => [u.code, u.name])).toEqual([
      ['HN', 'Hà Nội'],
      ['HP', 'Hải Phòng'],
      ['DN', 'Đà Nẵng'],
    ])
    expect(
      dataset.observations.map((o) => [o.unit, o.node, o.value, `${o.origin?.column}${o.origin?.row}`]),
    ).toEqual([
      ['HN', '1.1', '7.25', 'B3'],
      ['HN', '1.2', '1', 'B4'],
      ['HP', '1.1', '6.5', 'C3'],
      ['HP', '1.2', '0', 'C4'],
      ['DN', '1.1', 'NA', 'D3'],
      ['DN', '1.2', null, 'D4'],
    ])
    expectAccounted(report, 4, 4)
  })

  it('reads a long sheet (unit, node, field, source, value) and picks sheets by index', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Bìa').addRow(['(cover)'])
      const sheet = book.addWorksheet('Dài')
      sheet.addRow(['unit', 'node', 'field', 'source', 'value'])
      sheet.addRow(['HN', '1.2', 'done', 'self', 12])
      sheet.addRow(['HN', '1.2', 'done', 'appraisal', 10])
      sheet.addRow(['HN', '1.2', 'total', '', '1.200'])
      sheet.addRow(['HP', '9 9', '', '', 1])
    })
    const { dataset, report } = await readXlsx(bytes, { file: 'dai.xlsx', sheet: 2 })
    expect(report.format).toBe('long')
    expect(dataset.observations.map((o) => [o.unit, o.node, o.field, o.source, o.value])).toEqual([
      ['HN', '1.2', 'done', 'self', '12'],
      ['HN', '1.2', 'done', 'appraisal', '10'],
      ['HN', '1.2', 'total', undefined, '1.2'],
    ])
    expect(report.rejected.map((r) => `${r.column}:${r.value} ${r.reason}`)).toEqual([
      '1:HP "9 9" is not a node code',
      '2:9 9 "9 9" is not a node code',
      '5:1 "9 9" is not a node code',
    ])
    expectAccounted(report, 5, 5)
    await expect(readXlsx(bytes, { file: 'dai.xlsx', sheet: 'Không có' })).rejects.toThrow(
      /no sheet "Không có" \(the sheets are 1: Bìa, 2: Dài\)/,
    )
  })

  it('refuses workbooks over the limits: rows, columns, uncompressed size (zip-bomb guard)', async () => {
    const bytes = await provinceSheet()
    await expect(readXlsx(bytes, { file: 't.xlsx', limits: { maxRows: 5 } })).rejects.toThrow(
      /10 rows exceed the limit of 5 rows/,
    )
    await expect(readXlsx(bytes, { file: 't.xlsx', limits: { maxColumns: 3 } })).rejects.toThrow(
      /7 columns exceed/,
    )
    await expect(readXlsx(bytes, { file: 't.xlsx', limits: { maxUncompressedBytes: 1000 } })).rejects.toThrow(
      /uncompressed bytes exceed the limit of 1000/,
    )
    await expect(readXlsx(bytes, { file: 't.xlsx', limits: { maxFileBytes: 100 } })).rejects.toThrow(
      /bytes exceed the limit of 100 bytes/,
    )
    await expect(readXlsx(new TextEncoder().encode('unit,1.1\n'), { file: 'x.xlsx' })).rejects.toThrow(
      /not an XLSX file/,
    )
  })
})

describe('readCsv over generated files', () => {
  const utf16 = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
  const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])

  it.each([
    [
      'UTF-8 with BOM, ";" and comma decimals',
      bom('unit;name;1.1;1.2\r\nHN;Hà Nội;7,98;95%\r\nHP;Hải Phòng;1.234,5;KAD\r\n'),
      'utf-8-bom',
      ';',
    ],
    [
      'UTF-16LE with tabs (Excel "Unicode text")',
      utf16('unit\tname\t1.1\t1.2\nHN\tHà Nội\t7,98\t95%\nHP\tHải Phòng\t1.234,5\tKAD\n'),
      'utf-16le',
      '\t',
    ],
    [
      'UTF-8, "," and quoted decimals',
      new TextEncoder().encode(
        'unit,name,1.1,1.2\nHN,Hà Nội,"7,98",95 %\nHP,Hải Phòng,"1.234,5",không áp dụng\n',
      ),
      'utf-8',
      ',',
    ],
  ])('%s', (_name, bytes, encoding, delimiter) => {
    const { dataset, report } = readCsv(bytes, { file: 'd.csv' })
    expect([report.encoding, report.delimiter]).toEqual([encoding, delimiter])
    expect(dataset.units.map((u) => u.name)).toEqual(['Hà Nội', 'Hải Phòng'])
    expect(dataset.observations.map((o) => o.value)).toEqual(['7.98', '0.95', '1234.5', 'NA'])
    expectAccounted(report, 3, 4)
  })

  it('imports the rest when cells are bad: blank rows, duplicate units, unknown codes, text in numbers', () => {
    const text = '# comment\nunit,name,1.1,1.2,X.9\nA,An,1,2,3\n,,,,\nB,Bình,abc,4,5\nA,Again,6,7,8\n'
    const { dataset, report } = readCsv(text, { file: 'd.csv', leaves: new Set(['1.1', '1.2']) })
    expect(dataset.observations.map((o) => [o.unit, o.node, o.value])).toEqual([
      ['A', '1.1', '1'],
      ['A', '1.2', '2'],
      ['B', '1.2', '4'],
    ])
    expect(report.rejected.map((r) => `${r.row}:${r.column} ${r.value}`)).toEqual([
      '5:3 abc',
      '6:1 A',
      '6:2 Again',
      '6:3 6',
      '6:4 7',
    ])
    // The comment line is a title row of the table (5 cells, ignored above the header), not dropped.
    expect(report.cells).toEqual({ total: 30, used: 11, ignored: 14, rejected: 5 })
  })

  it('refuses a table where no column holds a leaf, naming the headers and the mapping that would help', () => {
    expect(() => readCsv('Mã đơn vị;Kế hoạch CCHC\nHN;4\n', { file: 'd.csv' })).toThrow(ChisoError)
    try {
      readCsv('Mã đơn vị;Kế hoạch CCHC\nHN;4\n', { file: 'd.csv' })
    } catch (error) {
      const [problem] = (error as ChisoError).issues
      expect(problem?.message).toBe('no column of the header holds a leaf (not leaf codes: "Kế hoạch CCHC")')
      expect(problem?.hint).toMatch(/mapping file/)
    }
  })

  it('refuses files over the limits with the option that raises them', () => {
    const text = 'unit,1.1\nA,1\nB,2\n'
    expect(() =>
      readCsv(new TextEncoder().encode(text), { file: 'd.csv', limits: { maxFileBytes: 5 } }),
    ).toThrow(/bytes exceed the limit of 5 bytes/)
    expect(() => readCsv(text, { file: 'd.csv', limits: { maxRows: 2 } })).toThrow(
      /exceed the limit of 2 rows/,
    )
    expect(() => readCsv(text, { file: 'd.csv', limits: { maxColumns: 1 } })).toThrow(
      /2 columns exceed the limit of 1 columns/,
    )
    try {
      readCsv(text, { file: 'd.csv', limits: { maxRows: 2 } })
    } catch (error) {
      expect((error as { issues: Array<{ hint?: string }> }).issues[0]?.hint).toMatch(/--max-rows/)
    }
  })
})
