// 1000-run uncertainty analysis of the COINr ASEM problem (51 units × 49 indicators, min-max, 3 aggregation
// levels) with weight noise and alternative normalisers and aggregators (aim ≤ 1 s; COINr needs ~100 s),
// against one exact evaluation of the nominal data measured in the same run. Arithmetic: float64 kernel.
import { createEngine } from '@chiso/core'
import { bench, describe } from 'vitest'
import { parseSimulationSpec, prepareSimulation, runRange, summarise } from '../src/index.js'
import { asemDataset, asemMethodology } from './fixtures/asem.js'

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

describe('uncertainty: ASEM 51 × 49, 1000 runs (float64 kernel; nominal ranks = exact engine)', () => {
  bench('baseline: one exact evaluation of the nominal data', () => {
    compiled.evaluate(dataset, { trace: false })
  })
  bench('1000 runs, calling thread (weights ±25 %, 2 normalisers × 2 aggregators)', () => {
    summarise(input, 42, [runRange(input, 42, 0, 1000)])
  })
})
