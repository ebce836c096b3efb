// Which code cache the `chiso` executable turns on, and where it keeps it.
import * as nodeModule from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installScriptCache } from './script-cache.js'

/** Node ≥ 22.1's own compile cache, where it exists. */
type EnableCompileCache = (directory?: string) => unknown

/**
 * Turns on a V8 code cache for the modules the process loads from here on, so that a later `chiso` run starts
 * from the bytecode an earlier one compiled instead of parsing and compiling the same code again (about a
 * third of a cold `chiso score`, docs/performance.md, start-up). Node ≥ 22.1 has its own
 * (`module.enableCompileCache`); on older Node the CLI's CommonJS modules are compiled through
 * {@link installScriptCache}. Never writes to stdout or stderr, never throws: a cache that cannot be read or
 * written is a run without it.
 *
 * - `CHISO_DISABLE_COMPILE_CACHE=1` (or Node's `NODE_DISABLE_COMPILE_CACHE=1`): no cache.
 * - `CHISO_COMPILE_CACHE=<dir>`: the cache's directory. By default Node's own (`NODE_COMPILE_CACHE`, else
 *   `node-compile-cache` in the temporary directory) on Node ≥ 22.1, and `chiso-compile-cache-<user id>` in
 *   the temporary directory before.
 *
 * @param ownDirectory the folder of the CLI's built files (their `import()` calls are replaced at build time)
 * @param env the environment to read the settings from
 * @example
 * ```ts
 * startCompileCache(__dirname) // in bin.cjs, before requiring the rest of the CLI
 * ```
 */
export function startCompileCache(ownDirectory: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.CHISO_DISABLE_COMPILE_CACHE === '1' || env.NODE_DISABLE_COMPILE_CACHE === '1') return
  const given = env.CHISO_COMPILE_CACHE === '' ? undefined : env.CHISO_COMPILE_CACHE
  try {
    const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache
    if (typeof enable === 'function') enable(given)
    else installScriptCache(given ?? defaultCacheDirectory(), ownDirectory)
  } catch {
    // No cache: the run compiles as it would without one.
  }
}

/**
 * The cache's directory on Node < 22.1 when none is given: one per user in the temporary directory (a user's
 * cache is code that user's runs execute, so nobody else may write it), a folder per Node version inside.
 */
export function defaultCacheDirectory(): string {
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : 'user'
  return join(tmpdir(), `chiso-compile-cache-${user}`)
}
