// Worker thread of simulateInWorkers: for each job it receives, it says when it holds the simulation, then
// claims chunks of runs from the counter it shares with the calling thread and the other workers, and posts
// each chunk back, until none is left. It never waits for the calling thread between two chunks (which, busy
// with its own chunk, answered late and left the worker idle for up to a chunk each time). Between jobs it
// waits, kept warm by the pool (simulation-worker-pool.ts): the next simulation runs on code V8 has already
// optimised. Every message names its job, so a chunk of an ended simulation is never counted in the next.
import { parentPort } from 'node:worker_threads'
import type { SimulationInput } from '../simulate/monte-carlo.js'
import { runUniforms } from '../simulate/run-range.js'
import { claimChunk, type SharedChunks } from './shared-chunks.js'

interface Job {
  readonly job: number
  readonly input: SimulationInput
  readonly seed: number
  readonly chunks: SharedChunks
}

parentPort?.on('message', ({ job, input, seed, chunks }: Job) => {
  parentPort!.postMessage({ job, ready: true })
  for (let range = claimChunk(chunks); range !== undefined; range = claimChunk(chunks)) {
    // The runs' uniforms, not their parameters: typed arrays move to the calling thread without a copy, which
    // decodes the parameters itself (withParameters).
    const chunk = runUniforms(input, seed, range[0], range[1])
    const moved = [chunk.ranks.buffer, chunk.index.buffer, chunk.uniforms.buffer] as ArrayBuffer[]
    parentPort!.postMessage({ job, chunk }, moved)
  }
})
