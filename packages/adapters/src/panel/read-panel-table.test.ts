import { describe, expect, it } from 'vitest'
import { readCsv } from '../csv/read-csv.js'
import { cellFate } from '../report/import-report.js'

const wide = [
  '# title row',
  'unit,name,year,1.1,1.2',
  'A,Huyện A,2022,1,2',
  'B,Huyện B,2022,3,4',
  ',,,,',
  'A,Huyện A,2023,5,abc',
  'B,Huyện B,,7,8',
  'A,Huyện A,2023,9,9',
].join('\n')

describe('panel CSV', () => {
  it('reads one dataset per period, each as a one-period file would', () => {
    const { panel, report } = readCsv(wide, { file: 'p.csv', panel: true })
    expect(panel?.periods.map((p) => p.period)).toEqual(['2022', '2023'])
    expect(panel?.periods[0]?.dataset.units.map((u) => u.code)).toEqual(['A', 'B'])
    expect(panel?.periods[1]?.dataset.observations.map((o) => o.value)).toEqual(['5'])
    expect(panel?.periods[1]?.dataset.period).toBe('2023')
    // Origins keep the file's rows.
    expect(panel?.periods[1]?.dataset.observations[0]?.origin).toEqual({ file: 'p.csv', row: 6, column: 4 })
    // Every cell once: 8 rows × 5 columns (the comment line is a title row, padded to the table's width).
    const { total, used, ignored, rejected } = report.cells
    expect(total).toBe(40)
    expect(used + ignored + rejected).toBe(40)
    expect(report.cells).toEqual({ total: 40, used: 19, ignored: 12, rejected: 9 })
    expect(report.rejected.map((cell) => `${cell.row}:${cell.column} ${cell.unit}`)).toEqual([
      '6:5 A',
      '8:1 A',
      '8:2 A',
      '8:4 A',
      '8:5 A',
      '7:1 B',
      '7:2 B',
      '7:4 B',
      '7:5 B',
    ])
    expect(report.rejected[5]?.reason).toBe('the row has no period (the period column is empty)')
    expect(cellFate(report, 3, 3)).toBe('used')
    expect(cellFate(report, 5, 1)).toBe('ignored')
    // The counts agree with each cell's fate.
    const fates = { used: 0, ignored: 0, rejected: 0 }
    for (let row = 2; row <= 8; row++)
      for (let column = 1; column <= 5; column++) fates[cellFate(report, row, column)!]++
    expect(fates).toEqual({ used: 19, ignored: 7, rejected: 9 })
  })

  it('leaves files without a period column exactly as before', () => {
    const plain = 'unit,1.1\nA,1\n'
    expect(readCsv(plain, { file: 'd.csv', panel: true })).toEqual(readCsv(plain, { file: 'd.csv' }))
  })

  it('reads long panels too', () => {
    const long = 'unit,period,node,value\nA,2022,1.1,1\nA,2023,1.1,2\n'
    const { panel, report } = readCsv(long, { file: 'l.csv', panel: true })
    expect(panel?.periods.map((p) => [p.period, p.dataset.observations[0]?.value])).toEqual([
      ['2022', '1'],
      ['2023', '2'],
    ])
    expect(report.cells).toEqual({ total: 12, used: 12, ignored: 0, rejected: 0 })
  })
})

describe('panel XLSX', () => {
  it('reads a period column of a sheet as it reads one of a CSV', async () => {
    const ExcelJS = (await import('exceljs')).default
    const { readXlsx } = await import('../xlsx/read-xlsx.js')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('TC3')
    sheet.addRow(['Chỉ số CCHC (minh họa)'])
    sheet.addRow(['unit', 'năm', '1.1'])
    sheet.addRow(['A', 2022, 1.5])
    sheet.addRow(['A', 2023, 2])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { panel, report } = await readXlsx(bytes, { file: 'p.xlsx', panel: true })
    expect(
      panel?.periods.map((p) => [
        p.period,
        p.dataset.observations[0]?.value,
        p.dataset.observations[0]?.origin,
      ]),
    ).toEqual([
      ['2022', '1.5', { file: 'p.xlsx', sheet: 'TC3', row: 3, column: 'C' }],
      ['2023', '2', { file: 'p.xlsx', sheet: 'TC3', row: 4, column: 'C' }],
    ])
    expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
    expect(report.cells.rejected).toBe(0)
  })
})
