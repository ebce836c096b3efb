// `pnpm bench`: importing a generated 10 000 units × 100 leaves wide CSV (≈ 5 MB, one million cells), against
// baselines measured in the same run — csv-parse alone (the floor: splitting the text) and core's
// parseDataset on the same observations (the schema check every import ends with) — so the report is a
// ratio, not a machine-dependent timing. The data are generated deterministically and mean nothing.
import { parseDataset } from '@chiso/core'
import { parse } from 'csv-parse/sync'
import { bench, describe } from 'vitest'
import { readCsv } from '../src/csv/read-csv.js'

function wideCsv(units: number, leaves: number): Uint8Array {
  const lines = [['unit', 'name', ...Array.from({ length: leaves }, (_, l) => `L${l + 1}`)].join(',')]
  for (let u = 0; u < units; u++) {
    const row = [`U${u}`, `Đơn vị ${u}`]
    for (let l = 0; l < leaves; l++) row.push(String(((u * 37 + l * 11) % 1001) / 100))
    lines.push(row.join(','))
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`)
}

const bytes = wideCsv(10_000, 100)
const text = new TextDecoder().decode(bytes)
const observations = readCsv(bytes, { file: 'big.csv' }).dataset.observations.map((o) => ({ ...o }))
const units = Array.from({ length: 10_000 }, (_, u) => ({ code: `U${u}`, name: `Đơn vị ${u}` }))

describe('import 10 000 units × 100 leaves (wide CSV, 1 000 000 cells)', () => {
  bench(
    'baseline: csv-parse alone',
    () => {
      parse(text, { info: true })
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'baseline: parseDataset of the same observations',
    () => {
      parseDataset({ units, observations })
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'readCsv (decode, parse, read every cell, report, parseDataset)',
    () => {
      readCsv(bytes, { file: 'big.csv' })
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
