// `pnpm bench`: 50 000 respondents × 120 items aggregated to 120 indicators for 200 units (6 million answers),
// against a baseline measured in the same run: a plain float64 aggregation of the same table (weighted means
// and shares with their standard errors, no validation, no accounting), so the report is a ratio. The data are
// generated deterministically and mean nothing.
import { bench, describe } from 'vitest'
import { parseCsvTable } from '../src/csv/parse-csv-table.js'
import { DEFAULT_LIMITS } from '../src/report/limits.js'
import { aggregateSurvey } from '../src/survey/aggregate-survey.js'
import { readSurveyCsv } from '../src/survey/read-survey.js'
import { checkSurveyIndicators } from '../src/survey/survey-checks.js'
import { parseSurveySpec } from '../src/survey/survey-spec.js'
import type { Table } from '../src/table/table.js'

const RESPONDENTS = 50_000
const ITEMS = 120
const UNITS = 200
const WEIGHTS = ['1', '1.25', '0.8', '1.5']

const items: Record<string, unknown> = {}
const indicators: unknown[] = []
for (let i = 0; i < ITEMS; i++) {
  const likert = i % 2 === 0
  items[`q${i}`] = likert ? { min: '1', max: '5' } : { answers: ['1', '2'] }
  indicators.push(
    likert
      ? { code: `i${i}`, item: `q${i}`, statistic: 'mean' }
      : { code: `i${i}`, item: `q${i}`, statistic: 'share', count: ['1'] },
  )
}
const spec = parseSurveySpec({ unit: 'unit', weight: 'w', minimumSample: 30, items, indicators })

const header = ['unit', 'w', ...Array.from({ length: ITEMS }, (_, i) => `q${i}`)]
const rows: string[][] = [header]
let state = 20261203
const next = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return state >>> 8
}
for (let r = 0; r < RESPONDENTS; r++) {
  const row = [`U${r % UNITS}`, WEIGHTS[next() % 4]!]
  for (let i = 0; i < ITEMS; i++) row.push(i % 2 === 0 ? String(1 + (next() % 5)) : String(1 + (next() % 2)))
  rows.push(row)
}
const table: Table = { file: 'bench.csv', rows, rowNumbers: rows.map((_, r) => r + 1), width: header.length }
const csv = `${rows.map((row) => row.join(',')).join('\n')}\n`
// 6.1 million cells: above the default cell limit, raised as a user would for a genuine file.
const limits = { ...DEFAULT_LIMITS, maxCells: 10_000_000 }
// Checked once, outside the timings: the table is what the CSV reader gives.
if (parseCsvTable(csv, { file: 'bench.csv', limits }).table.rows.length !== rows.length)
  throw new Error('bad bench table')

/** The baseline: the same estimates in float64, the way a quick script would compute them. */
function floatAggregation(): number {
  const cells = UNITS * ITEMS
  const w = new Float64Array(cells)
  const w2 = new Float64Array(cells)
  const wx = new Float64Array(cells)
  const wxx = new Float64Array(cells)
  const unitOf = new Map<string, number>()
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!
    let u = unitOf.get(row[0]!)
    if (u === undefined) {
      u = unitOf.size
      unitOf.set(row[0]!, u)
    }
    const weight = Number(row[1])
    for (let i = 0; i < ITEMS; i++) {
      const x = Number(row[i + 2])
      const k = u * ITEMS + i
      const y = i % 2 === 0 ? x : x === 1 ? 1 : 0
      w[k]! += weight
      w2[k]! += weight * weight
      wx[k]! += weight * y
      wxx[k]! += weight * y * y
    }
  }
  let check = 0
  for (let k = 0; k < cells; k++) {
    const mean = wx[k]! / w[k]!
    const n = (w[k]! * w[k]!) / w2[k]!
    check += mean + Math.sqrt(Math.max(0, wxx[k]! / w[k]! - mean * mean) / (n - 1))
  }
  return check
}

describe('survey: 50 000 respondents × 120 items → 120 indicators × 200 units', () => {
  bench(
    'baseline: plain float64 aggregation (no validation, no accounting)',
    () => {
      floatAggregation()
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'aggregateSurvey (exact; every answer validated, every row accounted for)',
    () => {
      aggregateSurvey(table, spec)
    },
    { iterations: 3, warmupIterations: 1 },
  )
  bench(
    'readSurveyCsv + checkSurveyIndicators (CSV text → indicators → checks, the whole command path)',
    () => {
      checkSurveyIndicators(readSurveyCsv(csv, { file: 'bench.csv', spec, limits }).indicators)
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
