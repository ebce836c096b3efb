import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, prepareSimulation, type RunChunk, runRange } from '../src/index.js'
import { claimChunk, sharedChunks } from '../src/node/shared-chunks.js'
import { spawnSimulationWorker } from '../src/node/simulation-worker-pool.js'
import { type UniformChunk, withParameters } from '../src/simulate/run-range.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

// The worker's side of simulateInWorkers, on its own: whatever chunks it takes from the shared counter while
// this thread takes the others, each chunk it posts back (ranks, indexes and the runs' uniforms transferred,
// the parameters decoded here) equals the same chunk run here. simulateInWorkers alone may finish before a worker started from source
// has run anything, so its identity tests do not show that the worker's chunks are right.
const spec = parseSimulationSpec({
  weights: { noise: '0.3' },
  survey: { se: '0.05', nodes: ['a', 'b'] },
  alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/rank' }] }],
})
const input = prepareSimulation(compiledComposite(), compositeDataset(), spec)

describe('simulation worker', () => {
  it('posts every chunk it takes, equal to the same runs in this thread', async () => {
    const runs = 203
    const chunks = sharedChunks(runs, 7)
    const worker = spawnSimulationWorker()
    const received: RunChunk[] = []
    const first = new Promise<void>((resolve, reject) => {
      worker.on('error', reject)
      worker.on('message', (message: { job: number; chunk?: UniformChunk }) => {
        if (message.chunk === undefined) return
        received.push(withParameters(input, message.chunk))
        resolve()
      })
    })
    worker.postMessage({ job: 1, input, seed: 11, chunks })
    await first
    // Once the worker has posted a chunk, this thread takes chunks too, one at a time, letting the worker's
    // messages in between.
    const here: RunChunk[] = []
    for (let range = claimChunk(chunks); range !== undefined; range = claimChunk(chunks)) {
      here.push(runRange(input, 11, range[0], range[1]))
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    while (received.length + here.length < Math.ceil(runs / 7))
      await new Promise((resolve) => setTimeout(resolve, 5))
    await worker.terminate()
    const all = [...received, ...here].sort((a, b) => a.from - b.from)
    expect(all.map((chunk) => chunk.from)).toEqual(Array.from({ length: all.length }, (_, k) => k * 7))
    for (const chunk of received) {
      const expected = runRange(input, 11, chunk.from, chunk.to)
      expect(chunk.ranks).toEqual(expected.ranks)
      expect(chunk.index).toEqual(expected.index)
      expect(JSON.stringify(chunk.parameters)).toBe(JSON.stringify(expected.parameters))
    }
  })
})
