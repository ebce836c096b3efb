// Where the simulation worker's code is, and how to start it: from the built package, or from the sources
// when tests run them.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { builtWorkerExecArgv } from './built-worker-exec-argv.js'

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs`. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

/**
 * Starts a simulation worker thread (`simulate-worker`): the built one beside the built package, or, under
 * tests, the TypeScript source through tsx. It waits for one `{ input, seed, chunks }` message.
 *
 * @example
 * ```ts
 * const worker = spawnSimulationWorker()
 * worker.postMessage({ input, seed: 42, chunks: sharedChunks(10000, 157) })
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
