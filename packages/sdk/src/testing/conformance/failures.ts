/**
 * What a conformance check looks at.
 *
 * @example
 * ```ts
 * const failing = checkRuleConformance(myRule).map((failure) => failure.check) // e.g. ['bounds']
 * ```
 *
 * @category Testing
 */
export type ConformanceCheck =
  | 'id'
  | 'meta'
  | 'options'
  | 'garbage-options'
  | 'unknown-option'
  | 'throws'
  | 'result-type'
  | 'deterministic'
  | 'bounds'
  | 'outcomes'
  | 'reports'
  | 'shape'
  | 'nulls'
  | 'order'
  | 'between-children'

/**
 * One way a plugin item breaks the contract, with the first input that showed it.
 *
 * @example
 * ```ts
 * for (const failure of checkRuleConformance(myRule, { options: {} })) console.log(failure.check, failure.message)
 * // e.g. deterministic: the same input gave two different results
 * ```
 *
 * @category Testing
 */
export interface ConformanceFailure {
  /** The item's id. */
  readonly item: string
  /** Which check failed. */
  readonly check: ConformanceCheck
  /** What went wrong, for a person. */
  readonly message: string
  /** The first sampled input that showed it, if any (JSON-friendly: decimals as strings). */
  readonly example?: unknown
  /** In how many of the sampled inputs it happened. */
  readonly occurrences: number
}

/**
 * Thrown by the `assert*Conformance` helpers: an assertion error listing every failure.
 *
 * @example
 * ```ts
 * try { assertRuleConformance(brokenRule, { options: {} }) } catch (error) {
 *   (error as ConformanceError).failures.map((f) => f.check) // ['deterministic']
 * }
 * ```
 *
 * @category Testing
 */
export class ConformanceError extends Error {
  override readonly name = 'ConformanceError'
  /** Every failure found. */
  readonly failures: ReadonlyArray<ConformanceFailure>

  constructor(failures: ReadonlyArray<ConformanceFailure>) {
    super(formatFailures(failures))
    this.failures = failures
  }
}

/**
 * Formats failures as a readable list (one per line, with the first counterexample).
 *
 * @example
 * ```ts
 * formatFailures(failures)
 * // '1 conformance failure(s):\n  acme/x [bounds] gave 11 points, above the node maximum 10 (in 3 of 100 samples)\n    example: {"value":"12"}'
 * ```
 *
 * @category Testing
 */
export function formatFailures(failures: ReadonlyArray<ConformanceFailure>): string {
  if (failures.length === 0) return 'no conformance failures'
  const lines = [`${failures.length} conformance failure(s):`]
  for (const failure of failures) {
    const times = failure.occurrences > 1 ? ` (${failure.occurrences} times)` : ''
    lines.push(`  ${failure.item} [${failure.check}] ${failure.message}${times}`)
    if (failure.example !== undefined) lines.push(`    example: ${safeJson(failure.example)}`)
  }
  return lines.join('\n')
}

/**
 * Throws a {@link ConformanceError} when there is any failure.
 *
 * @example
 * ```ts
 * assertConformance(checkRuleConformance(rule, { options: {} })) // throws when the list is not empty
 * ```
 *
 * @category Testing
 */
export function assertConformance(failures: ReadonlyArray<ConformanceFailure>): void {
  if (failures.length > 0) throw new ConformanceError(failures)
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value)
  } catch {
    return String(value)
  }
}

/** Collects failures: the first message and example of each check, and how often the check failed. */
export class FailureCollector {
  private readonly entries = new Map<
    ConformanceCheck,
    { message: string; example: unknown; occurrences: number }
  >()

  constructor(private readonly item: string) {}

  fail(check: ConformanceCheck, message: string, example?: unknown): void {
    const existing = this.entries.get(check)
    if (existing) existing.occurrences += 1
    else this.entries.set(check, { message, example, occurrences: 1 })
  }

  list(): ConformanceFailure[] {
    return [...this.entries].map(([check, { message, example, occurrences }]) => ({
      item: this.item,
      check,
      message,
      ...(example === undefined ? {} : { example }),
      occurrences,
    }))
  }
}
