import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { CompiledMethodology, Dataset } from '@chiso/core'
import { numberIn, wholeNumber } from '../arguments.js'
import {
  prepareSimulation,
  type RunChunk,
  runRange,
  type SimulateOptions,
  type SimulationInput,
  type SimulationResult,
  summarise,
} from '../simulate/monte-carlo.js'
import { checkRunLimit } from '../simulate/run-limit.js'
import { chunkCount, chunkRange, claimAll, claimChunk, sharedChunks } from './shared-chunks.js'
import { spawnSimulationWorker } from './spawn-simulation-worker.js'

/**
 * Options of {@link simulateInWorkers}: those of `simulate`, plus the most threads to use, the start-up cost
 * below which no worker is started, and a progress callback.
 *
 * @example
 * ```ts
 * const options: WorkerSimulateOptions = { runs: 10000, seed: 42, spec, workers: 4, onProgress: (done) => bar.update(done) }
 * ```
 *
 * @category Simulation
 */
export interface WorkerSimulateOptions extends SimulateOptions {
  /**
   * The most threads that run simulation runs, the calling thread included (default: the available
   * parallelism, at most 8); 1 runs everything in the calling thread. Workers start only when the runs left
   * after a first timed chunk would take the calling thread longer than `workerThresholdMs`.
   */
  readonly workers?: number
  /**
   * Worker threads start only when the calling thread alone would need longer than this for the remaining runs
   * (milliseconds; default {@link WORKER_THRESHOLD_MS}, or 4× the measured start-up of a worker when longer).
   * 0 starts them whenever `workers` allows.
   */
  readonly workerThresholdMs?: number
  /** Called with the number of runs done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Worker threads pay only for work longer than this (milliseconds); once a worker has started in this process,
 * 4× its measured start-up when that is longer. A worker is a new V8 isolate that loads only the float64
 * kernel (no engine, no zod: about 57 ms to ready against 40 ms for an empty worker) and receives the data,
 * and its first runs are slow until its JIT warms up. On a 2-core machine shared with other jobs (load 8–15),
 * forcing a worker made 1 000 ASEM runs (0.3 s alone) 1.8× and 3 000 runs (0.7 s) 1.4× slower, and still
 * lost at 1.7 s of work: with no idle core, it takes the CPU the calling thread needs. Below 2 s of work the
 * calling thread alone is never slower; 10 000 runs (several seconds) start a worker and gain.
 *
 * @example
 * ```ts
 * WORKER_THRESHOLD_MS // 2000
 * ```
 *
 * @category Simulation
 */
export const WORKER_THRESHOLD_MS = 500

/**
 * Runs per chunk: small, so that the last chunks, which the calling thread may run a second time rather than
 * wait for a worker, are short; a chunk costs no message round trip, so small chunks cost little.
 */
function chunkSizeFor(runs: number, threads: number): number {
  return Math.max(1, Math.min(250, Math.ceil(runs / (threads * 32))))
}

/**
 * Runs the calling thread does before its timings decide on workers: on COINr's ASEM problem the kernel's
 * code runs several times slower than warm for the first 200–400 runs (measured in chunks of 25).
 */
const WARM_UP_RUNS = 250
/** Work worth starting workers for, in multiples of one worker's start-up. */
const START_UP_MULTIPLE = 4
/** How long the last worker this process started took to be ready (milliseconds). */
let measuredStartMs: number | undefined

/**
 * Monte Carlo simulation spread over `worker_threads`. Each run's generator derives from (seed, run index),
 * and chunks are merged in run order, so the result is identical to `simulate` for any number of workers.
 *
 * @example
 * ```ts
 * import { simulateInWorkers } from '@chiso/scenarios/node'
 *
 * const result = await simulateInWorkers(compiled, dataset, { runs: 10000, seed: 42, spec, workers: 4 })
 * result.units[0]?.median // 1
 * ```
 *
 * @category Simulation
 */
export async function simulateInWorkers(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: WorkerSimulateOptions,
): Promise<SimulationResult> {
  const input = prepareSimulation(compiled, dataset, options.spec)
  return simulateInput(input, options)
}

/**
 * {@link simulateInWorkers} on a prepared simulation input.
 *
 * @example
 * ```ts
 * const result = await simulateInput(prepareSimulation(compiled, dataset, spec), { runs: 1000, seed: 1, spec, workers: 2 })
 * ```
 *
 * @category Simulation
 */
export async function simulateInput(
  input: SimulationInput,
  options: WorkerSimulateOptions,
): Promise<SimulationResult> {
  const { runs, seed } = options
  wholeNumber(runs, ['runs'], 0)
  checkRunLimit(runs, options.maxRuns, 'runs')
  wholeNumber(seed, ['seed'], Number.MIN_SAFE_INTEGER)
  const threads = Math.max(1, Math.min(options.workers ?? Math.min(8, availableParallelism()), runs || 1))
  // Once a worker has started in this process, a slow measured start-up raises the threshold (never lowers it:
  // the ready message does not count the worker's cold first runs nor the core it took from this thread).
  const threshold =
    options.workerThresholdMs ?? Math.max(WORKER_THRESHOLD_MS, START_UP_MULTIPLE * (measuredStartMs ?? 0))
  numberIn(threshold, ['workerThresholdMs'], 0, Number.POSITIVE_INFINITY)
  const shared = sharedChunks(runs, chunkSizeFor(runs, threads))
  const count = chunkCount(shared)
  const chunks: RunChunk[] = []
  // Which chunks are reported: at the end the calling thread also runs any chunk a worker has taken but not
  // returned yet, and the first copy to arrive counts (both are identical: each run depends on the seed and
  // its index only).
  const reported = new Uint8Array(count)
  let done = 0
  const report = (chunk: RunChunk) => {
    const k = Math.floor(chunk.from / shared.chunkSize)
    if (reported[k]) return
    reported[k] = 1
    chunks.push(chunk)
    done += chunk.to - chunk.from
    options.onProgress?.(done, runs)
  }
  const runHere = (range: [number, number]) => report(runRange(input, seed, range[0], range[1]))
  const pool: Worker[] = []
  let failed: unknown
  const startWorkers = () => {
    const startedAt = performance.now()
    const wanted = Math.min(threads - 1, count - Atomics.load(shared.taken, 0))
    for (let w = 0; w < wanted; w++) {
      const worker = spawnSimulationWorker()
      pool.push(worker)
      worker.on('message', (message: RunChunk | { ready: true }) => {
        if ('ready' in message) measuredStartMs = performance.now() - startedAt
        else report(message)
      })
      worker.on('error', (error) => {
        failed ??= error
      })
      worker.on('exit', (code) => {
        if (code !== 0) failed ??= new Error(`simulation worker stopped with exit code ${code}`)
      })
      worker.postMessage({ input, seed, chunks: shared })
    }
  }
  try {
    // Told to use workers whatever the work, start them first, so that they start while this thread runs
    // its first chunks.
    if (threads > 1 && threshold === 0) startWorkers()
    // Without workers yet, this thread times its chunks: once it has run WARM_UP_RUNS runs (the first ones
    // run cold, up to 20× slower than warm ones, which made 1 000 runs start workers they did not need), the
    // fastest chunk so far tells what the runs left would cost it alone, and workers start if that is more
    // than the threshold. (The estimate only falls as runs go by, so it is in effect decided once.)
    let fastest = Number.POSITIVE_INFINITY
    let timed = 0
    // This thread takes chunks like the workers; between two of its chunks it hears what they returned.
    for (let range = claimChunk(shared); range !== undefined; range = claimChunk(shared)) {
      if (failed !== undefined) throw failed
      const started = performance.now()
      runHere(range)
      if (pool.length === 0 && threads > 1) {
        fastest = Math.min(fastest, (performance.now() - started) / (range[1] - range[0]))
        timed += range[1] - range[0]
        const left = runs - Math.min(runs, Atomics.load(shared.taken, 0) * shared.chunkSize)
        if (timed >= Math.min(WARM_UP_RUNS, runs) && left > 0 && fastest * left >= threshold) startWorkers()
      }
      if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve))
    }
    // Any chunk a worker still holds, this thread runs too rather than wait for it: whichever copy arrives
    // first counts, so a worker that is slow (still cold, or short of a core) never makes the result wait.
    if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve))
    for (let k = count - 1; k >= 0; k--) {
      if (failed !== undefined) throw failed
      if (reported[k]) continue
      runHere(chunkRange(shared, k))
      if (pool.length > 0) await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    claimAll(shared)
    // Stopping a worker can take a while on a busy machine; the results are complete, so nothing waits for it.
    for (const worker of pool) {
      worker.removeAllListeners()
      // Nothing it could still report matters now (an unheard 'error' would crash the process).
      worker.on('error', () => {})
      worker.unref()
      void worker.terminate()
    }
  }
  return summarise(input, seed, chunks)
}
