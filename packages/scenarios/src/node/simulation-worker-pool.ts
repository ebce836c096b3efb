// Simulation worker threads kept warm between simulations of one process. A fresh worker costs about 300 ms
// of CPU before it runs as fast as the calling thread (a new isolate, its modules, then the kernel's cold
// first runs: V8 shares no compiled code between isolates), a third of the work of 10 000 COINr ASEM runs.
// A process that runs several simulations (a bench, a server, a planner trying spec after spec) pays that
// once: a worker whose simulation ended goes back here, idle and unref'd (it never keeps the process alive),
// and the next simulation takes it with its code already optimised. An idle worker ends after
// KEEP_WARM_MS, or when closeSimulationWorkers() is called.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { builtWorkerExecArgv } from './built-worker-exec-argv.js'

/** How long an idle worker is kept for the next simulation (milliseconds). */
const KEEP_WARM_MS = 30_000

/** A worker thread that runs simulation jobs (`simulate-worker`), and whether it has run one before. */
export interface SimulationWorker {
  readonly thread: Worker
  /** True when the worker has already run a simulation (its modules loaded, its kernel code optimised). */
  readonly warm: boolean
}

/** Idle workers, each with the timer that ends it. */
const idle: Array<{ readonly thread: Worker; readonly timer: NodeJS.Timeout }> = []

/**
 * Removes the listeners a simulation added to `thread`. Not `removeAllListeners()`: a Worker's own
 * 'newListener'/'removeListener' listeners start its message port when a 'message' listener is added, and
 * without them a reused worker's messages were never heard (the calling thread then ran every chunk again).
 */
function forgetListeners(thread: Worker): void {
  for (const event of ['message', 'messageerror', 'error', 'exit', 'online']) thread.removeAllListeners(event)
}

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs`. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

/**
 * Starts a simulation worker thread (`simulate-worker`): the built one beside the built package, or, under
 * tests, the TypeScript source through tsx. It runs each `{ job, input, seed, chunks }` message it receives.
 *
 * @example
 * ```ts
 * const worker = spawnSimulationWorker()
 * worker.postMessage({ job: 1, input, seed: 42, chunks: sharedChunks(10000, 157) })
 * ```
 */
export function spawnSimulationWorker(): Worker {
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
 * A worker for a simulation: an idle one kept from an earlier simulation when there is one (warm), else a new
 * one. The caller owns it until it gives it back with {@link keepSimulationWorker} or terminates it.
 *
 * @example
 * ```ts
 * const { thread, warm } = takeSimulationWorker()
 * ```
 */
export function takeSimulationWorker(): SimulationWorker {
  const kept = idle.pop()
  if (kept === undefined) return { thread: spawnSimulationWorker(), warm: false }
  clearTimeout(kept.timer)
  forgetListeners(kept.thread)
  kept.thread.ref()
  return { thread: kept.thread, warm: true }
}

/**
 * Gives back a worker whose simulation has ended (every chunk taken, so it stops after the one it is running),
 * for the next simulation of this process. It waits unref'd, so it never keeps the process alive, and ends
 * after {@link KEEP_WARM_MS} unused; a worker that stops or fails while idle is dropped.
 *
 * @example
 * ```ts
 * claimAll(chunks)
 * keepSimulationWorker(thread)
 * ```
 */
export function keepSimulationWorker(thread: Worker): void {
  forgetListeners(thread)
  const drop = () => {
    const at = idle.findIndex((kept) => kept.thread === thread)
    if (at !== -1) clearTimeout(idle.splice(at, 1)[0]!.timer)
  }
  // An idle worker has nobody to tell: an error ends it (it exits), and it is dropped.
  thread.on('error', () => {})
  thread.once('exit', drop)
  const timer = setTimeout(() => {
    drop()
    void thread.terminate()
  }, KEEP_WARM_MS)
  timer.unref()
  thread.unref()
  idle.push({ thread, timer })
}

/**
 * Ends a worker that will not be kept (it failed, or its simulation failed with it), without waiting: stopping
 * a worker can take a while on a busy machine, and nothing it could still report matters.
 *
 * @example
 * ```ts
 * dropSimulationWorker(thread)
 * ```
 */
export function dropSimulationWorker(thread: Worker): void {
  forgetListeners(thread)
  // An unheard 'error' would crash the process.
  thread.on('error', () => {})
  thread.unref()
  void thread.terminate()
}

/**
 * Ends the worker threads that `simulateInWorkers` keeps warm between simulations, and resolves when they
 * have stopped. Kept workers never keep a process alive and end by themselves after 30 s unused; call this
 * to release them sooner (in a long-running process that has finished simulating, or after a test).
 *
 * @example
 * ```ts
 * import { closeSimulationWorkers, simulateInWorkers } from '@chiso/scenarios/node'
 *
 * const result = await simulateInWorkers(compiled, dataset, { runs: 10000, seed: 42, spec, workers: 2 })
 * await closeSimulationWorkers()
 * ```
 *
 * @category Simulation
 */
export async function closeSimulationWorkers(): Promise<void> {
  const kept = idle.splice(0, idle.length)
  await Promise.all(
    kept.map(({ thread, timer }) => {
      clearTimeout(timer)
      forgetListeners(thread)
      thread.on('error', () => {})
      return thread.terminate()
    }),
  )
}

/**
 * How many idle workers are kept now.
 *
 * @example
 * ```ts
 * keptSimulationWorkers() // 1 after a simulation that used one worker
 * ```
 */
export function keptSimulationWorkers(): number {
  return idle.length
}
