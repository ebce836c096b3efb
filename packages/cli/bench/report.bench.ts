// `pnpm bench`: `chiso report`'s HTML for the illustrative district example (27 units, with a plan and a
// simulation) and for 1 000 units (the same 27 units' data repeated under new codes: synthetic, meaningless),
// against baselines measured in the same run — scoring the same dataset with the engine (what every report
// starts with) and the text ranking table of `chiso score` — so the result reads as ratios, not timings.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Dataset, parseDataset } from '@chiso/core'
import { parseSimulationSpec, planRank, simulate } from '@chiso/scenarios'
import { bench, describe } from 'vitest'
import { parse } from 'yaml'
import { loadMethodology } from '../src/commands/load-methodology.js'
import { formatRankingTable } from '../src/format/ranking-table.js'
import { simulationJson } from '../src/format/simulate-text.js'
import { importData } from '../src/io/import-data.js'
import { buildReport } from '../src/report/build-report.js'
import { PlanFileSchema, SimulationFileSchema } from '../src/report/input-schemas.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const compiled = loadMethodology('examples/district-cchc/district.methodology.yaml', ROOT)
const { dataset } = await importData('examples/district-cchc/districts-2023.synthetic.csv', ROOT, {})
const stamp = {
  id: compiled.methodology.id,
  version: compiled.methodology.version,
  fingerprint: compiled.fingerprint,
}

function repeated(source: Dataset, size: number): Dataset {
  const units = Array.from({ length: size }, (_, k) => {
    const unit = source.units[k % source.units.length]!
    return { code: `${unit.code}-${k}`, name: `${unit.name ?? unit.code} ${k}` }
  })
  const observations = units.flatMap((unit, k) => {
    const from = source.units[k % source.units.length]!.code
    return source.observations
      .filter((observation) => observation.unit === from)
      .map(({ origin: _origin, ...observation }) => ({ ...observation, unit: unit.code }))
  })
  return parseDataset({ units, observations })
}

const big = repeated(dataset, 1000)
const scorecard = compiled.evaluate(dataset)
const bigScorecard = compiled.evaluate(big)
const plan = PlanFileSchema.parse(
  JSON.parse(
    JSON.stringify({
      methodology: stamp,
      ...planRank(compiled, dataset, { unit: 'lang-chanh', target: { kind: 'rise', ranks: 10 } }),
    }),
  ),
)
const spec = parseSimulationSpec(
  parse(readFileSync(new URL('../../../examples/rank-scenarios/spec.yaml', import.meta.url), 'utf8')),
)
const simulation = SimulationFileSchema.parse(
  JSON.parse(
    JSON.stringify(simulationJson(simulate(compiled, dataset, { runs: 500, seed: 42, spec }), null, stamp)),
  ),
)

const options = { iterations: 10, warmupIterations: 2 }
describe('report, district example (27 units, plan and simulation)', () => {
  bench(
    'baseline: score the dataset (compiled.evaluate)',
    () => {
      compiled.evaluate(dataset)
    },
    options,
  )
  bench(
    'baseline: text ranking table (chiso score)',
    () => {
      formatRankingTable(scorecard, compiled.methodology, { style: (_style, text) => text })
    },
    options,
  )
  bench(
    'buildReport (HTML with 3 charts, plan, simulation)',
    async () => {
      await buildReport({ compiled, scorecard, dataset: 'districts.csv', language: 'vi', plan, simulation })
    },
    options,
  )
})

describe('report, 1 000 units', () => {
  bench(
    'baseline: score the dataset (compiled.evaluate)',
    () => {
      compiled.evaluate(big)
    },
    { iterations: 5, warmupIterations: 1 },
  )
  bench(
    'buildReport (charts keep the top 50)',
    async () => {
      await buildReport({ compiled, scorecard: bigScorecard, dataset: 'big.csv', language: 'vi' })
    },
    { iterations: 5, warmupIterations: 1 },
  )
})
