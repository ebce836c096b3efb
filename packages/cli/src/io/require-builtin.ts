import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

/** Where this module lives: the source `.ts` under tests, or the built `.js`/`.cjs` bundle. */
function here(): string {
  return typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url
}

let nodeRequire: NodeJS.Require | undefined

/**
 * One of Node's own modules, loaded synchronously at the first call instead of imported up front. Several of
 * them (worker_threads, crypto, child_process) each cost a cold start milliseconds to load, and the common run
 * never uses them: `chiso score` to stdout writes no file and starts no worker (docs/performance.md, start-up).
 * Node caches the module, so later calls return the same object.
 *
 * @example
 * ```ts
 * import type * as Crypto from 'node:crypto'
 * const { randomBytes } = requireBuiltin<typeof Crypto>('node:crypto')
 * randomBytes(6).toString('hex') // e.g. '1a2b3c4d5e6f'
 * ```
 */
export function requireBuiltin<T>(name: `node:${string}`): T {
  nodeRequire ??= createRequire(here())
  return nodeRequire(name) as T
}
