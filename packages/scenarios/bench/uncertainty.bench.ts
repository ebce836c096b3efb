// Uncertainty analysis of the COINr ASEM problem (51 units × 49 indicators, min-max, 3 aggregation levels) with
// the three uncertain inputs of COINr's example: weight noise, alternative normalisers, alternative aggregators.
// Baselines measured in the same run: one exact evaluation of the nominal data (COINr 1.1.14 needs about as
// long for one build, 28.9 ms, as for one uncertainty run, 28.7 ms), and a hand-written float64 floor (one
// min-max + weighted-mean pass over the columns, nothing else). Aims: a kernel run ≤ 0.3 ms, i.e. ≤ 0.01×
// COINr's run; 2 threads never slower than 1 (1 000 runs) and near twice as fast from 10 000 runs. "Up to 2
// threads" lets simulateInput decide (a worker starts only for enough work and while a core is idle); "2
// threads" forces the worker (`workerThresholdMs: 0`), either a new one each time (its start-up and cold first
// runs counted) or the one kept warm from the simulation before, as in a process that simulates again.
// Worker threads run the built package when it is there (`pnpm run build`), else the sources through tsx,
// whose start-up is much slower: the bench names which.
import { existsSync } from 'node:fs'
import { createEngine } from '@chiso/core'
import { bench, describe } from 'vitest'
import { parseSimulationSpec, prepareSimulation, runRange, summarise } from '../src/index.js'
import { asemDataset, asemMethodology } from './fixtures/asem.js'

const built = new URL('../dist/node.js', import.meta.url)
const { closeSimulationWorkers, simulateInput } = (
  existsSync(built) ? await import(built.href) : await import('../src/node/index.js')
) as typeof import('../src/node/index.js')
const threads = existsSync(built) ? 'built package' : 'sources through tsx'

const compiled = createEngine().compile(asemMethodology())
const dataset = asemDataset()
const spec = parseSimulationSpec({
  weights: { noise: '0.25' },
  alternatives: [
    {
      nodes: 'leaves',
      normalise: [{ use: 'chiso/min-max', with: { l: '1', u: '100' } }, { use: 'chiso/rank' }],
    },
    { nodes: 'inner', aggregate: [{ use: 'chiso/mean' }, { use: 'chiso/geometric-mean' }] },
  ],
})
const input = prepareSimulation(compiled, dataset, spec)
const nominal = summarise(input, 1, [runRange(input, 1, 0, 1)])
if (!nominal.nominal.matchesExact)
  throw new Error(`float64 kernel differs from the exact engine: ${nominal.nominal.mismatched}`)

// The float floor: the least float64 work one run needs (normalise every leaf column, weighted means up the
// tree), without statuses, alternatives or ranking.
const columns = input.data.leafValues.map((column) => Float64Array.from(column))
const scratch = columns.map(() => new Float64Array(dataset.units.length))
const sums = new Float64Array(dataset.units.length)
function floatFloor(): number {
  let checksum = 0
  for (let l = 0; l < columns.length; l++) {
    const column = columns[l]!
    const out = scratch[l]!
    let min = Number.POSITIVE_INFINITY
    let max = Number.NEGATIVE_INFINITY
    for (const v of column)
      if (!Number.isNaN(v)) {
        if (v < min) min = v
        if (v > max) max = v
      }
    for (let u = 0; u < column.length; u++) out[u] = ((column[u]! - min) * 99) / (max - min) + 1
  }
  // Three levels of weighted means, approximated by three passes over all columns.
  for (let level = 0; level < 3; level++) {
    sums.fill(0)
    for (const out of scratch) for (let u = 0; u < out.length; u++) sums[u]! += out[u]! * 1.01
    checksum += sums[0]!
  }
  return checksum
}

describe('uncertainty: ASEM 51 × 49 (float64 kernel; nominal ranks = exact engine)', () => {
  bench('baseline: one exact evaluation of the nominal data', () => {
    compiled.evaluate(dataset, { trace: false })
  })
  bench('baseline: float floor, 100 passes (min-max + 3 mean levels, no statuses or ranks)', () => {
    for (let i = 0; i < 100; i++) floatFloor()
  })
  bench('100 runs, calling thread (weights ±25 %, 2 normalisers × 2 aggregators)', () => {
    summarise(input, 42, [runRange(input, 42, 0, 100)])
  })
})

// `throws`: a run that fails (a worker that cannot start) fails the bench instead of leaving it without a
// result, which vitest's summary printed as "NaNx".
describe(`uncertainty: ASEM, 1 000 runs, 1 vs 2 threads (${threads})`, () => {
  bench(
    'baseline: 1 000 runs, 1 thread',
    async () => {
      await simulateInput(input, { runs: 1000, seed: 42, spec, workers: 1 })
    },
    { throws: true },
  )
  bench(
    '1 000 runs, up to 2 threads (workers start only above the threshold)',
    async () => {
      await simulateInput(input, { runs: 1000, seed: 42, spec, workers: 2 })
    },
    { throws: true },
  )
  bench(
    '1 000 runs, 2 threads, the worker kept warm',
    async () => {
      await simulateInput(input, { runs: 1000, seed: 42, spec, workers: 2, workerThresholdMs: 0 })
    },
    { throws: true },
  )
})

describe(`uncertainty: ASEM, 10 000 runs, 1 vs 2 threads (${threads})`, () => {
  bench(
    'baseline: 10 000 runs, 1 thread',
    async () => {
      await simulateInput(input, { runs: 10_000, seed: 42, spec, workers: 1 })
    },
    { iterations: 3, time: 0, throws: true },
  )
  bench(
    '10 000 runs, up to 2 threads',
    async () => {
      await simulateInput(input, { runs: 10_000, seed: 42, spec, workers: 2 })
    },
    { iterations: 3, time: 0, throws: true },
  )
  bench(
    '10 000 runs, 2 threads, a new worker each time',
    async () => {
      await closeSimulationWorkers()
      await simulateInput(input, { runs: 10_000, seed: 42, spec, workers: 2, workerThresholdMs: 0 })
    },
    { iterations: 3, time: 0, throws: true },
  )
  bench(
    '10 000 runs, 2 threads, the worker kept warm',
    async () => {
      await simulateInput(input, { runs: 10_000, seed: 42, spec, workers: 2, workerThresholdMs: 0 })
    },
    { iterations: 3, time: 0, throws: true },
  )
})
