// `pnpm vitest bench`: what counting the bytes an XLSX file really inflates to (the second half of the
// zip-bomb guard) costs, as a ratio to reading the same workbook. 2 000 units × 20 leaves, generated
// deterministically; nothing here is an official figure.
import { parseDataset } from '@chiso/core'
import { bench, describe } from 'vitest'
import { DEFAULT_LIMITS } from '../src/index.js'
import { countInflatedBytes } from '../src/xlsx/count-inflated.js'
import { datasetToXlsx, readXlsx } from '../src/xlsx/index.js'

const units = Array.from({ length: 2000 }, (_, u) => ({ code: `u${u}`, name: `Unit ${u}` }))
const leaves = Array.from({ length: 20 }, (_, l) => String(l + 1))
const bytes = await datasetToXlsx(
  parseDataset({
    units,
    observations: units.flatMap((unit, u) =>
      leaves.map((node, l) => ({ unit: unit.code, node, value: String(((u * 31 + l * 7) % 100) / 10) })),
    ),
  }),
)

describe(`XLSX of 2 000 units × 20 leaves (${bytes.byteLength} bytes)`, () => {
  bench('readXlsx, guard included (baseline)', async () => {
    await readXlsx(bytes, { file: 'bench.xlsx' })
  })
  bench('counting inflated bytes alone', async () => {
    await countInflatedBytes(bytes, DEFAULT_LIMITS, 'bench.xlsx')
  })
})
