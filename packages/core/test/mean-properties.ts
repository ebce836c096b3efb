// Shared by the property tests of the weighted means: decimal arbitraries built from integers (never floats)
// and the check that a mean lies between its smallest and largest child.
import { fc } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec } from '../src/decimal/decimal.js'
import type { AggregatorDefinition } from '../src/plugin/contract.js'
import { runAggregator } from './plugin-harness.js'

/** Decimal strings in [min, max] scaled by 10^-k (k ≤ 6): an integer and a shift, never through a float. */
export const scaledDecimal = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())

/**
 * Aggregates `[value, weight]` children and checks the result: `ZERO_WEIGHTS` and no value when every weight
 * is 0, otherwise no report and a value within [smallest child, largest child].
 */
export function expectBetweenChildren<O>(
  aggregator: AggregatorDefinition<O>,
  options: unknown,
  kids: ReadonlyArray<readonly [string, string]>,
): void {
  const { result, reports } = runAggregator(aggregator, options, kids)
  if (kids.every(([, weight]) => dec(weight).isZero())) {
    expect(result).toBeNull()
    expect(reports.map((r) => r.code)).toEqual(['ZERO_WEIGHTS'])
    return
  }
  const values = kids.map(([value]) => dec(value))
  const least = values.reduce((a, b) => (b.lt(a) ? b : a))
  const most = values.reduce((a, b) => (b.gt(a) ? b : a))
  expect(reports).toEqual([])
  expect(result).not.toBeNull()
  expect(dec(result!).gte(least) && dec(result!).lte(most)).toBe(true)
}
