// Worker thread of simulateInWorkers: says when it holds the simulation, then runs the chunks of runs it is
// sent and posts each chunk back.
import { parentPort } from 'node:worker_threads'
import type { SimulationInput } from '../simulate/monte-carlo.js'
import { runRange } from '../simulate/run-range.js'

interface Job {
  readonly input?: SimulationInput
  readonly seed?: number
  readonly from?: number
  readonly to?: number
}

let input: SimulationInput | undefined
let seed = 0
parentPort?.on('message', (job: Job) => {
  if (job.input !== undefined) {
    input = job.input
    seed = job.seed ?? 0
    parentPort!.postMessage({ ready: true })
    return
  }
  const chunk = runRange(input!, seed, job.from!, job.to!)
  parentPort!.postMessage(chunk, [chunk.ranks.buffer as ArrayBuffer, chunk.index.buffer as ArrayBuffer])
})
