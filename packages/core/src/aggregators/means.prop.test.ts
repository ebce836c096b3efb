import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import type { AggregatorDefinition } from '../plugin/contract.js'
import { geometricMean } from './geometric-mean.js'
import { harmonicMean } from './harmonic-mean.js'
import { mean } from './mean.js'

// Decimals as strings: an integer scaled by 10^-k, never through a float.
const scaled = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())

// The arithmetic mean takes any sign; geometric and harmonic means need values > 0.
describe.each([
  ['chiso/mean', mean as AggregatorDefinition<unknown>, -1_000_000_000],
  ['chiso/geometric-mean', geometricMean as AggregatorDefinition<unknown>, 1],
  ['chiso/harmonic-mean', harmonicMean as AggregatorDefinition<unknown>, 1],
])('%s', (_id, aggregator, lowest) => {
  // [value, weight] pairs; weights may be 0 (all zero → ZERO_WEIGHTS).
  const children = fc.array(fc.tuple(scaled(lowest, 1_000_000_000), scaled(0, 1000)), {
    minLength: 1,
    maxLength: 12,
  })

  test.prop([children], { numRuns: 1000 })('lies between the smallest and the largest child', (kids) => {
    const { result, reports } = runAggregator(aggregator, {}, kids)
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
  })
})
