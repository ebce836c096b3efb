import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseSimulationSpec, prepareSimulation, replayRun } from '../src/index.js'
import { streamOf } from '../src/simulate/random.js'
import { runUniforms, withParameters } from '../src/simulate/run-range.js'
import { createDesign } from '../src/simulate/sampling.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

// A worker posts its runs' uniforms (typed arrays, moved without a copy) and the calling thread decodes the
// parameters (withParameters). The general path is each run on its own: its uniforms drawn from (seed, run),
// decoded, and replayed from the decoded parameters (replayRun: `toKernel`, not the worker's `kernelOf`).
// Both must agree on every run of any chunk, after the chunk has been copied between threads. Checked to fail:
// reading the uniforms of run `run + 1` in withParameters, or writing each row at `(run − from + 1)`, turns
// this red.
const spec = parseSimulationSpec({
  weights: { noise: '0.3' },
  survey: { se: '0.05', nodes: ['a', 'b'] },
  alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/rank' }] }],
})
const input = prepareSimulation(compiledComposite(), compositeDataset(), spec)
const design = createDesign(input.data, input.spec, input.surveyLeaves)
const size = input.data.units.length

const caseArb = fc.record({
  seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  from: fc.nat({ max: 10_000 }),
  count: fc.nat({ max: 12 }),
})

describe('runs posted as uniforms', () => {
  test.prop([caseArb], propertyRuns(100))(
    'decode to the parameters and ranks of each run on its own',
    ({ seed, from, count }) => {
      // As a worker posts it: a structured copy between threads.
      const posted = structuredClone(runUniforms(input, seed, from, from + count))
      const chunk = withParameters(input, posted)
      expect(chunk.parameters).toHaveLength(count)
      for (let run = from; run < from + count; run++) {
        const next = streamOf(seed, run)
        const uniforms = design.dimensions.map(() => next())
        const parameters = chunk.parameters[run - from]!
        expect(JSON.stringify(parameters)).toBe(JSON.stringify(design.decode(uniforms)))
        const replayed = replayRun(input, parameters)
        expect(chunk.ranks.subarray((run - from) * size, (run - from + 1) * size)).toEqual(replayed.ranks)
        expect(chunk.index.subarray((run - from) * size, (run - from + 1) * size)).toEqual(replayed.index)
      }
    },
  )
})
