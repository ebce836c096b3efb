// What every fuzz case must satisfy: a failure is a located ChisoError, a result is well-formed. The checks use
// @chiso/core's own ERROR_CODES, isChisoError and parseScorecard, passed in by the test
// (`chisoOracle(core)` after `import * as core from '@chiso/core'`): this package does not depend on core, so
// core's own tests can depend on it.
import { expect } from 'vitest'

/** A located issue of a ChisoError. */
interface OracleIssue {
  path: ReadonlyArray<unknown>
  message: string
}

/** What the oracle needs of a ChisoError. */
interface OracleError {
  code: string
  message: string
  issues: ReadonlyArray<OracleIssue>
}

/** What the oracle needs of a scorecard. */
interface OracleScorecard {
  units: ReadonlyArray<{ unit: string; rank: number | null; index: unknown }>
}

/** The parts of @chiso/core the oracle checks against. */
export interface OracleCore {
  ERROR_CODES: Readonly<Record<string, string>>
  isChisoError(error: unknown): boolean
  parseScorecard(input: unknown): OracleScorecard
}

/** The fuzz oracle of chiso's ChisoErrors and scorecards, checked against `core` (`import * as core from '@chiso/core'`). */
export function chisoOracle(core: OracleCore) {
  const CODES = new Set<string>(Object.values(core.ERROR_CODES))
  const isChisoError = (error: unknown): error is OracleError => core.isChisoError(error)
  const parseScorecard = core.parseScorecard

  /**
   * Asserts that `error` is a `ChisoError` with a known code other than `INTERNAL` (a bug), a message, and at
   * least one issue whose path is a JSON path (an empty path is the document itself). Anything else — a
   * TypeError, a RangeError from a blown stack, a plain Error — fails the case.
   */
  function expectLocatedChisoError(error: unknown): void {
    if (!isChisoError(error)) {
      throw new Error(`expected a ChisoError, got ${describeThrown(error)}`, { cause: error })
    }
    expect(CODES.has(error.code), `unknown code ${error.code}`).toBe(true)
    expect(error.code, error.message).not.toBe('INTERNAL')
    expect(error.message.length).toBeGreaterThan(0)
    expect(error.issues.length).toBeGreaterThan(0)
    for (const issue of error.issues) {
      for (const part of issue.path ?? []) expect(['string', 'number']).toContain(typeof part)
      expect(typeof issue.message).toBe('string')
      expect(issue.message.length).toBeGreaterThan(0)
    }
  }

  /** Runs `fn`; a thrown value must pass {@link expectLocatedChisoError}. Returns the result, or undefined. */
  function chisoOrResult<T>(fn: () => T): T | undefined {
    try {
      return fn()
    } catch (error) {
      expectLocatedChisoError(error)
      return undefined
    }
  }

  /**
   * Asserts that a scorecard is well-formed: it passes the scorecard schema (every decimal a finite decimal
   * string), has one result per unit of the data, and its ranks are integers in 1..(ranked units), with
   * rank 1 given whenever any unit is ranked.
   */
  function expectWellFormedScorecard(card: OracleScorecard, unitCodes: ReadonlyArray<string>): void {
    const reparsed = parseScorecard(JSON.parse(JSON.stringify(card)))
    expect(reparsed.units.map((u) => u.unit).sort()).toEqual([...unitCodes].sort())
    const ranks = card.units.flatMap((u) => (u.rank === null ? [] : [u.rank]))
    for (const rank of ranks) {
      expect(Number.isInteger(rank)).toBe(true)
      expect(rank).toBeGreaterThanOrEqual(1)
      expect(rank).toBeLessThanOrEqual(ranks.length)
    }
    if (ranks.length > 0) expect(ranks).toContain(1)
    for (const unit of card.units) {
      if (unit.rank !== null) expect(unit.index, `ranked unit ${unit.unit} has an index`).not.toBeNull()
    }
  }

  return { expectLocatedChisoError, chisoOrResult, expectWellFormedScorecard }
}

/** A short description of a thrown value, for failure messages. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 300)}`
  return `${typeof error}: ${String(error).slice(0, 300)}`
}
