// `pnpm bench`: the self-assessment workbook of 50 units × 100 criteria (a sheet per unit), written and read
// back, against baselines measured in the same run — the same values written and read as a plain wide sheet
// (datasetToXlsx / readXlsx) — so the report is a ratio. `template-scale.mjs` measures the 200-unit case with
// wall time and peak memory. The methodology and data are generated and mean nothing.
import { createEngine, type Dataset } from '@chiso/core'
import { bench, describe } from 'vitest'
import { readTemplate } from '../src/template/read-template.js'
import { writeTemplate } from '../src/template/write-template.js'
import { readXlsx } from '../src/xlsx/read-xlsx.js'
import { datasetToXlsx } from '../src/xlsx/write-xlsx.js'

const UNITS = 50
const compiled = createEngine().compile({
  id: 'bench.template',
  version: '1.0.0',
  title: 'Template benchmark (generated, illustrative)',
  status: 'illustrative',
  result: { type: 'points' },
  tree: Array.from({ length: 10 }, (_, a) => ({
    code: `${a + 1}`,
    title: `Area ${a + 1}`,
    max: '10',
    children: Array.from({ length: 10 }, (_, l) => ({
      code: `${a + 1}.${l + 1}`,
      title: `Criterion ${a + 1}.${l + 1}`,
      max: '1',
      rule: { use: l % 2 === 0 ? 'chiso/points' : 'chiso/yes-no' },
    })),
  })),
})
const units = Array.from({ length: UNITS }, (_, u) => ({ code: `U${u}`, name: `Đơn vị ${u}` }))
const data: Dataset = {
  units,
  observations: units.flatMap((unit, u) =>
    compiled.leaves.map((leaf, l) => ({
      unit: unit.code,
      node: leaf.code,
      field: 'value',
      value: leaf.rule === 'chiso/yes-no' ? (u + l) % 3 !== 0 : String(((u * 7 + l * 3) % 11) / 10),
    })),
  ),
}
const template = await writeTemplate(compiled, { units, values: data })
const plain = await datasetToXlsx(data)
const ExcelJS = (await import('exceljs')).default

describe(`workbooks of ${UNITS} units × 100 criteria`, () => {
  bench(
    'baseline: plain wide sheet, written',
    async () => {
      await datasetToXlsx(data)
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'template, written (a sheet per unit, typed, validated, locked)',
    async () => {
      await writeTemplate(compiled, { units, values: data })
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'baseline: plain wide sheet, read',
    async () => {
      await readXlsx(plain, { file: 'plain.xlsx' })
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'template, read',
    async () => {
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(template as unknown as ArrayBuffer)
      readTemplate(workbook, { file: 'template.xlsx', methodology: compiled })
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
