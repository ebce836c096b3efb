import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
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
import { builtWorkerExecArgv } from './built-worker-exec-argv.js'

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
export const WORKER_THRESHOLD_MS = 2000

/** Chunks the calling thread runs before it times one to decide on workers (the first ones run cold). */
const WARM_UP_CHUNKS = 3
/** Work worth starting workers for, in multiples of one worker's start-up. */
const START_UP_MULTIPLE = 4
/** How long the last worker this process started took to be ready (milliseconds). */
let measuredStartMs: number | undefined

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs`. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

function spawn(): Worker {
  const self = here()
  if (self.endsWith('.ts')) {
    // Running from source (tests): register tsx in the worker, then load the TypeScript worker, resolving
    // workspace packages from src. tsx is a development dependency of the workspace, never of the package.
    const tsx = createRequire(self).resolve('tsx/esm/api')
    const worker = new URL('./simulate-worker.ts', self).href
    const boot = `require(${JSON.stringify(tsx)}).register(); import(${JSON.stringify(worker)})`
    return new Worker(boot, { eval: true, execArgv: ['--conditions=chiso-source'] })
  }
  return new Worker(new URL(self.endsWith('.cjs') ? './simulate-worker.cjs' : './simulate-worker.js', self), {
    execArgv: builtWorkerExecArgv(process.execArgv),
  })
}

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
  // Small chunks: the calling thread runs them too, and answers the workers between two of its chunks.
  const chunkSize = Math.max(1, Math.min(500, Math.ceil(runs / (threads * 16))))
  const ranges: Array<[number, number]> = []
  for (let from = 0; from < runs; from += chunkSize) ranges.push([from, Math.min(runs, from + chunkSize)])
  const chunks: RunChunk[] = []
  // Which chunks are reported: a chunk a worker is still running may also be run by the calling thread, and
  // the first copy to arrive counts (both are identical: each run depends on the seed and its index only).
  const reported = new Uint8Array(ranges.length)
  let done = 0
  let next = 0
  const report = (chunk: RunChunk) => {
    const k = Math.floor(chunk.from / chunkSize)
    if (reported[k]) return
    reported[k] = 1
    chunks.push(chunk)
    done += chunk.to - chunk.from
    options.onProgress?.(done, runs)
  }
  const runHere = (k: number) => {
    const range = ranges[k]!
    report(runRange(input, seed, range[0], range[1]))
  }
  // The first chunks run cold (the kernel's code not yet optimised: the first 5–20× and the second 3–5× slower
  // than a warm one, which made 1 000 runs start workers they did not need), so the last of the first
  // WARM_UP_CHUNKS, timed, tells what the remaining runs would cost this thread alone.
  let perChunk = 0
  while (next < Math.min(WARM_UP_CHUNKS, ranges.length)) {
    const started = performance.now()
    runHere(next++)
    perChunk = performance.now() - started
  }
  const remaining = ranges.length - next
  if (threads === 1 || remaining === 0 || perChunk * remaining < threshold) {
    while (next < ranges.length) runHere(next++)
    return summarise(input, seed, chunks)
  }
  // Workers join while they start; the calling thread keeps taking chunks meanwhile, and at the end runs
  // itself any chunk a worker has not returned yet instead of waiting for it. So it never waits for a worker:
  // starting them costs the calling thread only their start-up's share of the machine.
  const startedAt = performance.now()
  const pool = Array.from({ length: Math.min(threads - 1, remaining) }, spawn)
  const given: number[] = []
  let failed: unknown
  try {
    for (const worker of pool) {
      const give = () => {
        const range = ranges[next]
        if (range === undefined) return
        given.push(next++)
        worker.postMessage({ from: range[0], to: range[1] })
      }
      // A worker gets its first chunk once it says it is ready, never while it is still starting.
      worker.on('message', (message: RunChunk | { ready: true }) => {
        if ('ready' in message) measuredStartMs = performance.now() - startedAt
        else report(message)
        give()
      })
      worker.on('error', (error) => {
        failed ??= error
      })
      worker.on('exit', (code) => {
        if (code !== 0) failed ??= new Error(`simulation worker stopped with exit code ${code}`)
      })
      worker.postMessage({ input, seed })
    }
    for (;;) {
      if (failed !== undefined) throw failed
      let k = next < ranges.length ? next++ : -1
      if (k < 0) {
        while (given.length > 0 && reported[given[given.length - 1]!]) given.pop()
        k = given.pop() ?? -1
      }
      if (k < 0) break
      if (!reported[k]) runHere(k)
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
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
