import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The files one run of the CLI has read, and the outputs it has written, by identity and real path.
 *
 * @example
 * ```ts
 * const files: RunFiles = { inputs: new Map(), outputs: new Map() }
 * ```
 */
export interface RunFiles {
  inputs: Map<string, string>
  outputs: Map<string, string>
}

/**
 * The record of the run in progress (undefined outside {@link withRunFiles}).
 *
 * @example
 * ```ts
 * current.getStore()?.inputs.size // files read so far
 * ```
 */
export const current = new AsyncLocalStorage<RunFiles>()

/**
 * Runs `work` with its own record of the files it reads and writes, so `checkOutputPath` (run-files.ts) can refuse
 * an output that would overwrite one of the run's inputs. Every file the CLI reads goes through
 * `readRegularFile`, which notes it here; every `--out` goes through `writeOutputFile`, which checks here.
 *
 * @example
 * ```ts
 * const code = await withRunFiles(() => program.parseAsync(argv, { from: 'user' }))
 * ```
 */
export function withRunFiles<T>(work: () => T): T {
  return current.run({ inputs: new Map(), outputs: new Map() }, work)
}
