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
   * (milliseconds; default {@link WORKER_THRESHOLD_MS}, from the measured start-up of a worker). 0 starts them
   * whenever `workers` allows.
   */
  readonly workerThresholdMs?: number
  /** Called with the number of runs done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Worker threads pay only for work longer than this (milliseconds): starting one (a new V8 isolate loading
 * the kernel and receiving the data) costs about 40 ms of one core, measured with
 * `packages/scenarios/bench/uncertainty.bench.ts`; below 4 × that, the calling thread alone is as fast.
 *
 * @example
 * ```ts
 * WORKER_THRESHOLD_MS // 160
 * ```
 *
 * @category Simulation
 */
export const WORKER_THRESHOLD_MS = 160

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
  return new Worker(new URL(self.endsWith('.cjs') ? './simulate-worker.cjs' : './simulate-worker.js', self))
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
  const threshold = options.workerThresholdMs ?? WORKER_THRESHOLD_MS
  numberIn(threshold, ['workerThresholdMs'], 0, Number.POSITIVE_INFINITY)
  // Small chunks: the calling thread runs them too, and answers the workers between two of its chunks.
  const chunkSize = Math.max(1, Math.min(500, Math.ceil(runs / (threads * 16))))
  const ranges: Array<[number, number]> = []
  for (let from = 0; from < runs; from += chunkSize) ranges.push([from, Math.min(runs, from + chunkSize)])
  const chunks: RunChunk[] = []
  let done = 0
  let next = 0
  const report = (chunk: RunChunk) => {
    chunks.push(chunk)
    done += chunk.to - chunk.from
    options.onProgress?.(done, runs)
  }
  const runHere = () => {
    const range = ranges[next++]!
    report(runRange(input, seed, range[0], range[1]))
  }
  // The first chunk, timed, tells what the remaining runs would cost this thread alone.
  const started = performance.now()
  if (ranges.length > 0) runHere()
  const perChunk = performance.now() - started
  const remaining = ranges.length - next
  if (threads === 1 || remaining === 0 || perChunk * remaining < threshold) {
    while (next < ranges.length) runHere()
    return summarise(input, seed, chunks)
  }
  // Workers join while they start; the calling thread keeps taking chunks meanwhile, so a slow start-up
  // costs at most what the calling thread would have spent anyway.
  const pool = Array.from({ length: Math.min(threads - 1, remaining) }, spawn)
  try {
    const helpers = pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            const range = ranges[next++]
            if (range === undefined) return resolve()
            worker.postMessage({ from: range[0], to: range[1] })
          }
          // A worker gets its first chunk once it says it is ready, never while it is still starting.
          worker.on('message', (message: RunChunk | { ready: true }) => {
            if (!('ready' in message)) report(message)
            give()
          })
          worker.on('error', reject)
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`simulation worker stopped with exit code ${code}`))
          })
          worker.postMessage({ input, seed })
        }),
    )
    let failed: unknown
    const all = Promise.all(helpers).catch((error: unknown) => {
      failed = error
    })
    while (next < ranges.length && failed === undefined) {
      runHere()
      await new Promise((resolve) => setImmediate(resolve))
    }
    await all
    if (failed !== undefined) throw failed
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return summarise(input, seed, chunks)
}
