import { readFileSync } from 'node:fs'
import { createEngine, type Dataset } from '@chiso/core'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readCsv } from '../src/csv/index.js'
import { TEMPLATE_SHEET, type TemplateMeta } from '../src/template/template-meta.js'
import { readXlsx, writeTemplate } from '../src/xlsx/index.js'

// The illustrative district methodology and three units of its synthetic data.
const root = new URL('../../../examples/district-cchc/', import.meta.url)
const compiled = createEngine().compile(
  parse(readFileSync(new URL('district.methodology.yaml', root), 'utf8')),
)
const leaves = new Set(compiled.leaves.map((leaf) => leaf.code))
const all = readCsv(readFileSync(new URL('districts-2023.synthetic.csv', root)), {
  file: 'd.csv',
  leaves,
}).dataset
const units = all.units.slice(0, 3)
const data: Dataset = {
  units,
  observations: all.observations.filter((o) => units.some((u) => u.code === o.unit)),
}

/** Fills a template as an official would: the value of each observation in its cell, evidence beside it. */
async function fill(bytes: Uint8Array, dataset: Dataset, extra?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const meta = JSON.parse(String(workbook.getWorksheet(TEMPLATE_SHEET)!.getCell(1, 1).value)) as TemplateMeta
  const hidden = workbook.getWorksheet(TEMPLATE_SHEET)!
  const sheets = new Map<string, string>()
  for (let i = 0; i < meta.units; i++)
    sheets.set(String(hidden.getCell(i + 2, 2).value), String(hidden.getCell(i + 2, 1).value))
  for (const o of dataset.observations) {
    const sheet = workbook.getWorksheet(sheets.get(o.unit)!)!
    let row = meta.firstRow
    while (String(sheet.getCell(row, 2).value) !== o.node) row++
    const column = meta.columns.find((c) => c.kind === 'field' && c.field === o.field)!.column
    const v = o.value
    sheet.getCell(row, column).value =
      v === null
        ? null
        : v === true
          ? 'có'
          : v === false
            ? 'không'
            : v === 'NA'
              ? 'KAD'
              : String(Number(v)) === v
                ? Number(v)
                : v
  }
  if (extra) extra(workbook.getWorksheet(sheets.get(dataset.units[0]!.code)!)!)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('the self-assessment workbook', () => {
  it('filled and read back, scores exactly as the same values from CSV', async () => {
    const template = await writeTemplate(compiled, { units })
    const filled = await fill(template, data)
    const { dataset, report } = await readXlsx(filled, { file: 'filled.xlsx', methodology: compiled })
    expect(report.rejected).toEqual([])
    expect(report.cells.used + report.cells.ignored + report.cells.rejected).toBe(report.cells.total)
    const fromCsv = compiled.evaluate(data, { trace: false })
    const fromWorkbook = compiled.evaluate(dataset, { trace: false })
    expect(JSON.stringify(fromWorkbook.units)).toBe(JSON.stringify(fromCsv.units))
    const strip = (card: typeof fromCsv) => card.diagnostics.map(({ origin: _o, ...d }) => d)
    expect(strip(fromWorkbook)).toEqual(strip(fromCsv))
  })

  it('is the same bytes for the same input', async () => {
    expect(Buffer.from(await writeTemplate(compiled, { units }))).toEqual(
      Buffer.from(await writeTemplate(compiled, { units })),
    )
  })

  it('reads evidence back and rejects, located, a malformed date and points above the maximum', async () => {
    const template = await writeTemplate(compiled, { units: units.slice(0, 1) })
    const meta = { evidence: 0, date: 0 }
    const [plan, other] = compiled.leaves
      .filter((leaf) => leaf.rule === 'chiso/yes-no')
      .map((leaf) => leaf.code)
    const filled = await fill(template, { units: units.slice(0, 1), observations: [] }, (sheet) => {
      // Rows of two yes/no leaves and of the first chiso/points leaf.
      const workbookRows = [...Array(sheet.rowCount).keys()].map((i) => i + 1)
      const rowOf = (code: string) => workbookRows.find((r) => String(sheet.getCell(r, 2).value) === code)!
      const headers = sheet.getRow(5).values as string[]
      meta.evidence = headers.indexOf('Số hiệu văn bản')
      meta.date = headers.indexOf('Ngày ban hành (dd/mm/yyyy)')
      const value = headers.indexOf('Kết quả: Điểm / giá trị')
      sheet.getCell(rowOf(plan!), value).value = 'có'
      sheet.getCell(rowOf(plan!), meta.evidence).value = '125/QĐ-UBND\n130/QĐ-UBND'
      sheet.getCell(rowOf(plan!), meta.date).value = '15/03/2023\n01/04/2023'
      const points = compiled.leaves.find((leaf) => leaf.rule === 'chiso/points')!.code
      sheet.getCell(rowOf(points), value).value = 99
      sheet.getCell(rowOf(other!), value).value = 'có'
      sheet.getCell(rowOf(other!), meta.date).value = '32/01/2023'
    })
    const { dataset, report } = await readXlsx(filled, { file: 'f.xlsx', methodology: compiled })
    expect(dataset.observations.find((o) => o.node === plan)?.evidence).toEqual([
      { number: '125/QĐ-UBND', date: '2023-03-15' },
      { number: '130/QĐ-UBND', date: '2023-04-01' },
    ])
    const reasons = report.rejected.map((cell) => cell.reason).join('\n')
    expect(report.rejected).toHaveLength(2)
    expect(reasons).toMatch(/"32\/01\/2023" is not a date/)
    expect(reasons).toMatch(/99 is above the maximum/)
    expect(report.rejected.every((cell) => cell.sheet === units[0]!.code && cell.address)).toBe(true)
  })

  it('refuses, located, a workbook made for another methodology', async () => {
    const template = await writeTemplate(compiled, { units })
    const other = createEngine().compile({ ...compiled.methodology, version: '0.2.0' })
    await expect(readXlsx(template, { file: 'form.xlsx', methodology: other })).rejects.toMatchObject({
      code: 'FINGERPRINT_MISMATCH',
      issues: [{ file: 'form.xlsx', sheet: 'chiso', row: 1, column: 1 }],
    })
  })

  it('has the column-per-unit layout too, read back to the same scores', async () => {
    const template = await writeTemplate(compiled, { units, layout: 'columns', language: 'en' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(template as unknown as ArrayBuffer)
    const meta = JSON.parse(
      String(workbook.getWorksheet(TEMPLATE_SHEET)!.getCell(1, 1).value),
    ) as TemplateMeta
    const sheet = workbook.worksheets[0]!
    for (const o of data.observations) {
      let row = meta.firstRow
      while (String(sheet.getCell(row, 2).value) !== o.node) row++
      const u = units.findIndex((unit) => unit.code === o.unit)
      const column = meta.columns.find(
        (c) => c.kind === 'field' && c.field === o.field && c.unit === u,
      )!.column
      const v = o.value
      sheet.getCell(row, column).value =
        v === null ? null : v === true ? 'yes' : v === false ? 'no' : v === 'NA' ? 'NA' : v
    }
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer())
    const { dataset, report } = await readXlsx(filled, { file: 'cols.xlsx', methodology: compiled })
    expect(report.rejected).toEqual([])
    expect(JSON.stringify(compiled.evaluate(dataset, { trace: false }).units)).toBe(
      JSON.stringify(compiled.evaluate(data, { trace: false }).units),
    )
  })
})

describe('a cycle of workbooks', () => {
  it('pre-filled, read back, carries every round: self with evidence, then the appraisal beside it', async () => {
    const rounds = ['self', 'appraisal']
    const plan = compiled.leaves.find((leaf) => leaf.rule === 'chiso/yes-no')!.code
    const selfValues: Dataset = {
      units,
      observations: data.observations.map((o) =>
        o.node === plan && o.unit === units[0]!.code
          ? {
              ...o,
              value: true,
              evidence: [{ number: '12/KH-UBND', date: '2023-01-05' }],
              explanation: 'đã ban hành',
            }
          : o,
      ),
    }
    const self = await readXlsx(await writeTemplate(compiled, { units, rounds, values: selfValues }), {
      file: 'self.xlsx',
      methodology: compiled,
    })
    expect(self.report.rejected).toEqual([])
    const selfPlan = self.dataset.observations.find((o) => o.node === plan && o.unit === units[0]!.code)
    expect(selfPlan).toMatchObject({ round: 'self', value: true, explanation: 'đã ban hành' })
    expect(selfPlan?.evidence).toEqual([{ number: '12/KH-UBND', date: '2023-01-05' }])

    const appraisalValues: Dataset = {
      units,
      observations: [
        { unit: units[0]!.code, node: plan, field: 'value', value: false, comment: 'chưa có kế hoạch' },
      ],
    }
    const appraisal = await readXlsx(
      await writeTemplate(compiled, {
        units,
        rounds,
        round: 'appraisal',
        prior: self.dataset,
        values: appraisalValues,
      }),
      { file: 'appraisal.xlsx', methodology: compiled },
    )
    expect(appraisal.dataset.rounds).toEqual(rounds)
    // The self-assessment comes back with its own cells; the appraisal adds its round.
    expect(appraisal.dataset.observations.filter((o) => o.round === 'self')).toEqual(
      self.dataset.observations.filter((o) => o.round === 'self'),
    )
    const card = compiled.evaluate(appraisal.dataset)
    const changed = card.diagnostics.find((d) => d.code === 'ROUND_CHANGED' && d.node === plan)
    expect(changed?.message).toBe('field "value": self true → appraisal false (chưa có kế hoạch)')
    expect(changed?.origin?.file).toBe('appraisal.xlsx')
  })
})

describe('a template read without its methodology', () => {
  it('gives the same observations (the workbook lists its criteria and their fields)', async () => {
    const bytes = await writeTemplate(compiled, { units, values: data })
    const withMethodology = await readXlsx(bytes, { file: 'f.xlsx', methodology: compiled })
    const alone = await readXlsx(bytes, { file: 'f.xlsx' })
    expect(alone.dataset).toEqual(withMethodology.dataset)
    expect(alone.report.cells).toEqual(withMethodology.report.cells)
  })
})
