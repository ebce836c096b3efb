// Worker thread of simulateInWorkers: for each job it receives, it says when it holds the simulation, then
// claims chunks of runs from the counter it shares with the calling thread and the other workers, and posts
// each chunk back, until none is left. It never waits for the calling thread between two chunks (which, busy
// with its own chunk, answered late and left the worker idle for up to a chunk each time). Between jobs it
// waits, kept warm by the pool (simulation-worker-pool.ts): the next simulation runs on code V8 has already
// optimised. Every message names its job, so a chunk of an ended simulation is never counted in the next.
import { parentPort } from 'node:worker_threads'
import type { SimulationInput } from '../simulate/monte-carlo.js'
import { runRange } from '../simulate/run-range.js'
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
    const chunk = runRange(input, seed, range[0], range[1])
    parentPort!.postMessage({ job, chunk }, [chunk.ranks.buffer as ArrayBuffer, chunk.index.buffer as ArrayBuffer])
  }
})
