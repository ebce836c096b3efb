// The one knob of every property test and fuzz suite: how many cases it runs and from which seed.
//
// - `pnpm test` / `pnpm vitest`: each property runs its small CI size from the fixed seed CI_SEED, so a test
//   run explores the same cases every time and main never goes red by chance.
// - `pnpm run fuzz` sets CHISO_FUZZ_RUNS: every property runs that many cases from a fresh random seed.
// - CHISO_FUZZ_SEED=<seed> replays a run (fast-check prints the seed and the path of a failing case).

/** The variable that sets the number of cases of every property test. */
export const FUZZ_RUNS_VARIABLE = 'CHISO_FUZZ_RUNS'

/** The variable that sets the seed (to replay a failure). */
export const FUZZ_SEED_VARIABLE = 'CHISO_FUZZ_SEED'

/** The seed of the CI-sized run. */
export const CI_SEED = 20261126

/** fast-check parameters of a property: its number of cases and its seed. */
export interface PropertyRuns {
  numRuns: number
  seed: number
}

/**
 * The fast-check parameters of a property test: `ciRuns` cases from {@link CI_SEED} in a test run;
 * `CHISO_FUZZ_RUNS` cases from a fresh random seed in a sized run (`pnpm run fuzz`); `CHISO_FUZZ_SEED`, when
 * set, replaces the seed. Pass the result to `test.prop(…, propertyRuns(n))` or `fc.assert(…, propertyRuns(n))`:
 * fast-check then prints the seed of a failing run.
 */
export function propertyRuns(ciRuns: number): PropertyRuns {
  const runsText = (environment()[FUZZ_RUNS_VARIABLE] ?? '').trim()
  const seedText = (environment()[FUZZ_SEED_VARIABLE] ?? '').trim()
  let numRuns = ciRuns
  if (runsText !== '') {
    numRuns = Number(runsText)
    if (!Number.isInteger(numRuns) || numRuns < 1)
      throw new RangeError(
        `${FUZZ_RUNS_VARIABLE} must be a positive integer, got ${JSON.stringify(runsText)}`,
      )
  }
  if (seedText !== '') {
    const seed = Number(seedText)
    if (!Number.isInteger(seed))
      throw new RangeError(`${FUZZ_SEED_VARIABLE} must be an integer, got ${JSON.stringify(seedText)}`)
    return { numRuns, seed }
  }
  return { numRuns, seed: runsText === '' ? CI_SEED : FRESH_SEED }
}

/**
 * A test timeout that grows with the number of cases (`perCaseMs` each, at least a minute), so a sized run does
 * not hit the CI timeout while a case that hangs still fails.
 */
export function fuzzTimeout(parameters: { numRuns: number }, perCaseMs: number): number {
  return Math.max(60_000, parameters.numRuns * perCaseMs)
}

// One fresh seed per test file of a sized run.
const FRESH_SEED = Math.floor(Math.random() * 0x7fffffff)

// Core is isomorphic (no Node types): read the environment through globalThis.
function environment(): Record<string, string | undefined> {
  const process = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
  return process?.env ?? {}
}
