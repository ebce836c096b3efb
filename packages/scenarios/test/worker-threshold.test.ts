import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, simulate } from '../src/index.js'
import { simulateInWorkers } from '../src/node/index.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

const compiled = compiledComposite()
const dataset = compositeDataset()
const spec = parseSimulationSpec({
  unit: 'U05',
  weights: { noise: '0.3' },
  survey: { se: '0.05', nodes: ['a', 'b'] },
  alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/rank' }] }],
})

describe('worker threads chosen by the start-up threshold', () => {
  it('gives the calling thread’s result when workers are forced to start (threshold 0)', async () => {
    const here = JSON.stringify(simulate(compiled, dataset, { runs: 240, seed: 5, spec }))
    // One worker beside the calling thread: starting a worker from source is slow, one is enough here.
    const progress: number[] = []
    const spread = await simulateInWorkers(compiled, dataset, {
      runs: 240,
      seed: 5,
      spec,
      workers: 2,
      workerThresholdMs: 0,
      onProgress: (done) => progress.push(done),
    })
    expect(JSON.stringify(spread)).toBe(here)
    // Every chunk was reported once, whichever thread ran it.
    expect(progress.at(-1)).toBe(240)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('keeps a simulation below the threshold in the calling thread, with the same result', async () => {
    const here = JSON.stringify(simulate(compiled, dataset, { runs: 50, seed: 9, spec }))
    const kept = await simulateInWorkers(compiled, dataset, {
      runs: 50,
      seed: 9,
      spec,
      workers: 4,
      workerThresholdMs: Number.MAX_SAFE_INTEGER,
    })
    expect(JSON.stringify(kept)).toBe(here)
  })

  it('refuses a threshold that is not a number ≥ 0, naming the option', async () => {
    await expect(
      simulateInWorkers(compiled, dataset, { runs: 10, seed: 1, spec, workerThresholdMs: -1 }),
    ).rejects.toThrow(/expected a number/)
    await expect(
      simulateInWorkers(compiled, dataset, { runs: 10, seed: 1, spec, workerThresholdMs: -1 }),
    ).rejects.toMatchObject({ path: ['workerThresholdMs'] })
  })
})
