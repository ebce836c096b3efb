import { afterAll, describe, expect, it } from 'vitest'
import { parseSimulationSpec, prepareSimulation, runRange, simulate } from '../src/index.js'
import { closeSimulationWorkers, simulateInput, simulateInWorkers } from '../src/node/index.js'
import { claimAll, claimChunk, sharedChunks } from '../src/node/shared-chunks.js'
import {
  keepSimulationWorker,
  keptSimulationWorkers,
  takeSimulationWorker,
} from '../src/node/simulation-worker-pool.js'
import { type UniformChunk, withParameters } from '../src/simulate/run-range.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

// Workers kept warm between the simulations of one process: a kept worker runs the next simulation (its
// chunks heard and equal to the calling thread's), gives the same summary as a fresh one, and a worker that
// fails is reported with the error's place and never kept. Checked to fail: giving a worker back with
// `removeAllListeners()` (a Worker's own listeners go too, and its messages are never heard) makes the first
// test time out; keeping a failed worker makes the third fail.
const compiled = compiledComposite()
const dataset = compositeDataset()
const specInput = {
  weights: { noise: '0.3' },
  survey: { se: '0.05', nodes: ['a', 'b'] },
  alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/rank' }] }],
}
const spec = parseSimulationSpec(specInput)

afterAll(() => closeSimulationWorkers())

/** Runs one job on `thread` until the worker has posted `wanted` chunks (this thread takes none). */
function job(
  thread: ReturnType<typeof takeSimulationWorker>['thread'],
  id: number,
  seed: number,
  wanted: number,
) {
  const input = prepareSimulation(compiled, dataset, spec)
  const chunks = sharedChunks(wanted * 5, 5)
  const received: UniformChunk[] = []
  return new Promise<{ input: typeof input; received: UniformChunk[]; chunks: typeof chunks }>(
    (resolve, reject) => {
      thread.on('error', reject)
      thread.on('message', (message: { job: number; chunk?: UniformChunk }) => {
        if (message.job !== id || message.chunk === undefined) return
        received.push(message.chunk)
        if (received.length === wanted) resolve({ input, received, chunks })
      })
      thread.postMessage({ job: id, input, seed, chunks })
    },
  )
}

describe('simulation workers kept between simulations', () => {
  it('a kept worker runs the next job, and posts the runs the calling thread would', async () => {
    const first = takeSimulationWorker()
    const one = await job(first.thread, 1, 3, 4)
    claimAll(one.chunks)
    keepSimulationWorker(first.thread)
    expect(keptSimulationWorkers()).toBe(1)
    const again = takeSimulationWorker()
    expect(again.warm).toBe(true)
    expect(again.thread).toBe(first.thread)
    expect(keptSimulationWorkers()).toBe(0)
    const two = await job(again.thread, 2, 17, 6)
    for (const chunk of two.received) {
      const posted = withParameters(two.input, chunk)
      const expected = runRange(two.input, 17, chunk.from, chunk.to)
      expect(posted.ranks).toEqual(expected.ranks)
      expect(posted.index).toEqual(expected.index)
      expect(JSON.stringify(posted.parameters)).toBe(JSON.stringify(expected.parameters))
    }
    expect(claimChunk(two.chunks)).toBeUndefined()
    keepSimulationWorker(again.thread)
  })

  it('gives the same summary on a kept worker as on a fresh one and in the calling thread', async () => {
    const options = { runs: 400, seed: 23, spec, workers: 2, workerThresholdMs: 0 }
    const here = JSON.stringify(simulate(compiled, dataset, options))
    await closeSimulationWorkers()
    const fresh = JSON.stringify(await simulateInWorkers(compiled, dataset, options))
    expect(keptSimulationWorkers()).toBe(1)
    const kept = JSON.stringify(await simulateInWorkers(compiled, dataset, options))
    expect(fresh).toBe(here)
    expect(kept).toBe(here)
  })

  it('reports a worker’s error with its place, and does not keep the worker', async () => {
    // Warm a worker first, so that it fails while this thread still has runs to do.
    await simulateInWorkers(compiled, dataset, { runs: 50, seed: 1, spec, workers: 2, workerThresholdMs: 0 })
    expect(keptSimulationWorkers()).toBe(1)
    // This thread built its kernel and design for the input already; the worker receives a copy whose spec
    // names a node the methodology does not have, and fails on it.
    const own = parseSimulationSpec(specInput)
    const input = prepareSimulation(compiled, dataset, own)
    Object.assign(own, { survey: { ...own.survey, nodes: ['a', 'nowhere'] } })
    await expect(
      simulateInput(input, { runs: 50_000, seed: 1, spec, workers: 2, workerThresholdMs: 0 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', path: ['survey', 'nodes', 1] })
    expect(keptSimulationWorkers()).toBe(0)
    // The next simulation starts a fresh worker and gives the right result.
    const options = { runs: 120, seed: 2, spec, workers: 2, workerThresholdMs: 0 }
    expect(JSON.stringify(await simulateInWorkers(compiled, dataset, options))).toBe(
      JSON.stringify(simulate(compiled, dataset, options)),
    )
  })
})
