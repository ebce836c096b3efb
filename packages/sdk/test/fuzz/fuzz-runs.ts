// How many cases each fuzz suite runs (test-only; not part of @chiso/sdk/testing). CI runs a small number so
// every suite together stays within seconds; the nightly run sets CHISO_FUZZ_RUNS=10000 (`pnpm run fuzz`).

/** The variable that sets the number of cases of every fuzz suite. */
export const FUZZ_RUNS_VARIABLE = 'CHISO_FUZZ_RUNS'

/**
 * The number of cases a fuzz suite runs: `CHISO_FUZZ_RUNS` when set (a positive integer), else the suite's
 * CI size.
 */
export function fuzzRuns(ciRuns: number): number {
  const text = environment()[FUZZ_RUNS_VARIABLE]
  if (text === undefined || text.trim() === '') return ciRuns
  const runs = Number(text)
  if (!Number.isInteger(runs) || runs < 1) {
    throw new RangeError(`${FUZZ_RUNS_VARIABLE} must be a positive integer, got ${JSON.stringify(text)}`)
  }
  return runs
}

/** The seed of the CI-sized run: CI explores the same cases every time, so main never goes red by chance. */
export const CI_FUZZ_SEED = 20261126

/**
 * fast-check parameters of a fuzz suite: its number of cases and its seed — `CHISO_FUZZ_SEED` when set (to
 * replay a failure), else a fresh random seed for a sized run (`CHISO_FUZZ_RUNS`), else {@link CI_FUZZ_SEED}.
 */
export function fuzzParameters(ciRuns: number): { numRuns: number; seed?: number } {
  const text = environment().CHISO_FUZZ_SEED
  const numRuns = fuzzRuns(ciRuns)
  if (text === undefined || text.trim() === '') {
    const sized = (environment()[FUZZ_RUNS_VARIABLE] ?? '').trim() !== ''
    return sized ? { numRuns } : { numRuns, seed: CI_FUZZ_SEED }
  }
  const seed = Number(text)
  if (!Number.isInteger(seed))
    throw new RangeError(`CHISO_FUZZ_SEED must be an integer, got ${JSON.stringify(text)}`)
  return { numRuns, seed }
}

// Core and the SDK are isomorphic (no Node types): read the environment through globalThis.
function environment(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
  return process?.env ?? {}
}

/**
 * A test timeout that grows with the number of cases (`perCaseMs` each, at least a minute), so the nightly
 * size does not hit the CI timeout while a case that hangs still fails.
 */
export function fuzzTimeout(parameters: { numRuns: number }, perCaseMs: number): number {
  return Math.max(60_000, parameters.numRuns * perCaseMs)
}
