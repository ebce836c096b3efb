import { availableParallelism, loadavg } from 'node:os'
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
import { type UniformChunk, withParameters } from '../simulate/run-range.js'
import { chunkCount, chunkRange, claimAll, claimChunk, sharedChunks } from './shared-chunks.js'
import {
  type closeSimulationWorkers,
  dropSimulationWorker,
  keepSimulationWorker,
  takeSimulationWorker,
} from './simulation-worker-pool.js'

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
   * after the first 250 would take the calling thread longer than `workerThresholdMs` and the machine has a
   * core to spare (its load average is below its cores less half of one).
   */
  readonly workers?: number
  /**
   * Worker threads start only when the calling thread alone would need longer than this for the remaining runs
   * (milliseconds; default {@link WORKER_THRESHOLD_MS}, or 4× the measured start-up of a worker when longer).
   * 0 starts them whenever `workers` allows, before the first run and whatever the machine's load.
   */
  readonly workerThresholdMs?: number
  /** Called with the number of runs done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * Worker threads pay only for work longer than this (milliseconds); once a worker has started in this process,
 * 4× its measured start-up when that is longer. A worker is a new V8 isolate that loads only the float64 kernel
 * (about 57 ms to ready against 40 ms for an empty one) and then runs cold: on COINr's ASEM problem a fresh
 * isolate's first 25 runs take 110–125 ms against 2 ms warm, and its runs stay several times slower for the
 * first 200–400. All told a worker costs about 300 ms of CPU beyond the runs it takes over, so it pays on an
 * idle core once the calling thread would need more than about 200 ms for the rest; 500 ms leaves a margin
 * for an estimate taken from early, not quite warm, chunks. 1 000 ASEM runs (about 0.1 s of warm work) stay
 * on one thread; 10 000 (about 1 s) start a worker when a core is idle. A worker kept warm from an earlier
 * simulation of the process (see {@link simulateInWorkers}) costs much less, and the same rule applies to it.
 *
 * @example
 * ```ts
 * WORKER_THRESHOLD_MS // 500
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
/**
 * Whether the machine has had a core to spare over the last minute (load average below the cores less half
 * of one). A worker pays only on a core nobody else needs: on the shared 2-core machine at load 5–13, forcing
 * one onto 10 000 runs cost 30–50 % more CPU (its start-up, its cold first runs, the messages) and made them
 * slower, not faster. Where the load average is unknown (Windows reports 0), workers are allowed.
 */
function idleCore(): boolean {
  return loadavg()[0]! < availableParallelism() - 0.5
}

/** How long the last worker this process started took to be ready (milliseconds). */
let measuredStartMs: number | undefined

/** The last job number given to a worker: a worker's messages name their job. */
let lastJob = 0

/**
 * Monte Carlo simulation spread over `worker_threads`. Each run's generator derives from (seed, run index),
 * and chunks are merged in run order, so the result is identical to `simulate` for any number of workers.
 * The workers a simulation starts are kept for the next one in the same process, their code already
 * optimised: they never keep the process alive, and end after 30 s unused or at {@link closeSimulationWorkers}.
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
  const isReported = (from: number) => reported[Math.floor(from / shared.chunkSize)] === 1
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
  // Workers that failed (an error, or an exit): never kept for another simulation.
  const broken = new Set<Worker>()
  let failed: unknown
  const job = ++lastJob
  const startWorkers = () => {
    const startedAt = performance.now()
    const wanted = Math.min(threads - 1, count - Atomics.load(shared.taken, 0))
    for (let w = 0; w < wanted; w++) {
      const { thread, warm } = takeSimulationWorker()
      pool.push(thread)
      thread.on('message', (message: { job: number; ready?: true; chunk?: UniformChunk }) => {
        // A kept worker may still post the last chunk of the simulation it ran before this one.
        if (message.job !== job) return
        // (Decoded only when this thread has not run the same chunk itself.)
        if (message.chunk !== undefined) {
          if (!isReported(message.chunk.from)) report(withParameters(input, message.chunk))
        } else if (!warm) measuredStartMs = performance.now() - startedAt
      })
      thread.on('error', (error) => {
        broken.add(thread)
        failed ??= error
      })
      thread.on('exit', (code) => {
        broken.add(thread)
        // (A chunk a worker took and never returned, this thread runs at the end.)
        if (code !== 0) failed ??= new Error(`simulation worker stopped with exit code ${code}`)
      })
      thread.postMessage({ job, input, seed, chunks: shared })
    }
  }
  try {
    // Told to use workers whatever the work, start them first, so that they start while this thread runs
    // its first chunks.
    if (threads > 1 && threshold === 0) startWorkers()
    // Without workers yet, this thread times its chunks: once it has run WARM_UP_RUNS runs (the first ones
    // run cold, up to 20× slower than warm ones, which made 1 000 runs start workers they did not need), the
    // fastest chunk so far tells what the runs left would cost it alone, and workers start if that is more
    // than the threshold. (The estimate only falls as runs go by, so it is in effect decided once.) A chunk's
    // cost is the lesser of its wall-clock time, which other jobs on a busy machine stretch (up to 5× on the
    // shared 2-core machine), and the process's CPU time, which other threads of the process can add to.
    let fastest = Number.POSITIVE_INFINITY
    let timed = 0
    // This thread takes chunks like the workers; between two of its chunks it hears what they returned.
    for (let range = claimChunk(shared); range !== undefined; range = claimChunk(shared)) {
      if (failed !== undefined) throw failed
      const started = performance.now()
      const cpu = pool.length === 0 && threads > 1 ? process.cpuUsage() : undefined
      runHere(range)
      if (cpu !== undefined) {
        const wall = performance.now() - started
        const used = process.cpuUsage(cpu)
        // (A CPU clock coarser than the chunk reads 0: the wall clock then counts alone.)
        const cost = Math.min(wall, (used.user + used.system) / 1000 || wall)
        fastest = Math.min(fastest, cost / (range[1] - range[0]))
        timed += range[1] - range[0]
        const left = runs - Math.min(runs, Atomics.load(shared.taken, 0) * shared.chunkSize)
        if (timed >= Math.min(WARM_UP_RUNS, runs) && left > 0 && fastest * left >= threshold && idleCore())
          startWorkers()
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
    // Every chunk taken: each worker stops after the one it runs, and waits for the next simulation.
    claimAll(shared)
    for (const worker of pool) {
      if (broken.has(worker)) dropSimulationWorker(worker)
      else keepSimulationWorker(worker)
    }
  }
  return summarise(input, seed, chunks)
}
