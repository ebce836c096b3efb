import { rmSync } from 'node:fs'
import type * as WorkerThreads from 'node:worker_threads'
import { requireBuiltin } from './require-builtin.js'

/** Temporary files being written right now, removed whatever ends the run. */
const pending = new Set<string>()
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
let guarded = false

/**
 * Runs `write`, which creates `temporary` and renames (or removes) it, so that nothing ends the run with the
 * temporary file left behind:
 * - an exception: `write` removes it itself;
 * - `process.exit` during the write: an `exit` handler removes it;
 * - Ctrl-C, `kill` (SIGINT, SIGTERM, SIGHUP): from the first write on, those signals are handled: one that
 *   arrives during a write waits for it to end (the write is synchronous, so the file is renamed or removed
 *   first); when the event loop then reads it, any temporary file is removed and the signal takes its usual
 *   effect (unless the program running chiso handles it itself; a command that ends first simply ends);
 * - `--timeout` stopping the worker thread the command runs in: the main thread is told of the temporary
 *   file before it is created and removes it after stopping the worker.
 * Only SIGKILL (which nothing can catch) can leave one.
 *
 * @example
 * ```ts
 * guardTemporary('.ranking.json.1a2b.tmp', () => { writeFileSync(tmp, text); renameSync(tmp, 'ranking.json') })
 * ```
 */
export function guardTemporary<T>(temporary: string, write: () => T): T {
  pending.add(temporary)
  announce({ temporary })
  installGuards()
  try {
    return write()
  } finally {
    pending.delete(temporary)
    announce({ settled: temporary })
    // The guards stay: a signal that arrived during the write is read by the event loop only later, and must
    // still find its handler (which then gives the signal its usual effect).
  }
}

/**
 * Removes the temporary files a stopped worker announced (see {@link guardTemporary}).
 *
 * @example
 * ```ts
 * removeTemporaries(['/out/.ranking.json.1a2b.tmp'])
 * ```
 */
export function removeTemporaries(files: Iterable<string>): void {
  for (const file of files) rmSync(file, { force: true })
}

// node:worker_threads is loaded at the first file written, not at import: loading it (and the streams it
// needs) cost a cold `chiso score`, which writes no file, several milliseconds (docs/performance.md, start-up).
function workerThreads(): typeof WorkerThreads {
  return requireBuiltin<typeof WorkerThreads>('node:worker_threads')
}

/** True in the worker thread `--timeout` runs a command in: it tells the main thread of its temporary files. */
function inTimeoutWorker(): boolean {
  const { isMainThread, workerData } = workerThreads()
  return !isMainThread && (workerData as { chisoTimeout?: unknown } | null)?.chisoTimeout === true
}

function announce(message: { temporary: string } | { settled: string }): void {
  if (inTimeoutWorker()) workerThreads().parentPort?.postMessage(message)
}

function removePending(): void {
  removeTemporaries(pending)
  pending.clear()
}

function onSignal(signal: NodeJS.Signals): void {
  removePending()
  releaseGuards()
  // The usual effect of the signal (exit with its status), now that nothing is left behind — unless the
  // program running chiso handles the signal itself.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

function installGuards(): void {
  if (guarded || !workerThreads().isMainThread || typeof process.on !== 'function') return
  guarded = true
  process.on('exit', removePending)
  for (const signal of SIGNALS) process.on(signal, onSignal)
}

function releaseGuards(): void {
  if (!guarded) return
  guarded = false
  process.off('exit', removePending)
  for (const signal of SIGNALS) process.off(signal, onSignal)
}
