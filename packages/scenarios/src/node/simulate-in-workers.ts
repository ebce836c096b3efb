import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CompiledMethodology, Dataset } from '@chiso/core'
import { wholeNumber } from '../arguments.js'
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
 * Options of {@link simulateInWorkers}: those of `simulate`, plus the number of worker threads and a
 * progress callback.
 *
 * @example
 * ```ts
 * const options: WorkerSimulateOptions = { runs: 10000, seed: 42, spec, workers: 4, onProgress: (done) => bar.update(done) }
 * ```
 *
 * @category Simulation
 */
export interface WorkerSimulateOptions extends SimulateOptions {
  /** Worker threads (default: 1 below 2000 runs, else the available parallelism, at most 8). 1 runs in the calling thread. */
  readonly workers?: number
  /** Called with the number of runs done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

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
  // Starting a worker costs tens of milliseconds: small simulations run in the calling thread by default.
  const defaultWorkers = runs < 2000 ? 1 : Math.min(8, availableParallelism())
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers, runs || 1))
  const chunkSize = Math.max(1, Math.ceil(runs / (workers * 8)))
  const ranges: Array<[number, number]> = []
  for (let from = 0; from < runs; from += chunkSize) ranges.push([from, Math.min(runs, from + chunkSize)])
  const chunks: RunChunk[] = []
  let done = 0
  const report = (chunk: RunChunk) => {
    chunks.push(chunk)
    done += chunk.to - chunk.from
    options.onProgress?.(done, runs)
  }
  if (workers === 1) {
    for (const [from, to] of ranges) report(runRange(input, seed, from, to))
    return summarise(input, seed, chunks)
  }
  const pool = Array.from({ length: workers }, spawn)
  try {
    let next = 0
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              const range = ranges[next++]
              if (range === undefined) return resolve()
              worker.postMessage({ from: range[0], to: range[1] })
            }
            worker.on('message', (chunk: RunChunk) => {
              report(chunk)
              give()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`simulation worker stopped with exit code ${code}`))
            })
            worker.postMessage({ input, seed })
            give()
          }),
      ),
    )
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
  return summarise(input, seed, chunks)
}
