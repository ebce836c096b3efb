/** The export condition under which chiso's packages resolve to their TypeScript sources (tests, benchmarks). */
const SOURCE_CONDITION = 'chiso-source'

/**
 * The Node options a worker running the built package starts with: the calling thread's, less the
 * `chiso-source` export condition. A test runner sets that condition so that chiso's packages load from their
 * TypeScript sources; a worker inherits it, and the built worker would then import `@chiso/core` as TypeScript
 * it cannot load and fail before its first run (which `vitest bench` showed as a "NaNx" ratio).
 *
 * @example
 * ```ts
 * builtWorkerExecArgv(['--conditions', 'chiso-source', '--enable-source-maps'])
 * // ['--enable-source-maps']
 * ```
 */
export function builtWorkerExecArgv(execArgv: ReadonlyArray<string>): string[] {
  const kept: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!
    if ((arg === '--conditions' || arg === '-C') && execArgv[i + 1] === SOURCE_CONDITION) {
      i++
      continue
    }
    if (arg === `--conditions=${SOURCE_CONDITION}` || arg === `-C=${SOURCE_CONDITION}`) continue
    kept.push(arg)
  }
  return kept
}
