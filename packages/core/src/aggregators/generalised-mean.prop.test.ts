import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { expectBetweenChildren, scaledDecimal } from '../../test/mean-properties.js'
import { runAggregator } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { generalisedMean } from './generalised-mean.js'
import { mean } from './mean.js'

const weight = scaledDecimal(0, 1000)
const power = fc.oneof(
  fc.integer({ min: -6, max: 6 }).map(String),
  fc.integer({ min: -30, max: 30 }).map((tenths) => dec(tenths).div(10).toFixed()),
)
const oddPower = fc.integer({ min: 0, max: 3 }).map((k) => String(2 * k + 1))
const between = (kids: ReadonlyArray<readonly [string, string]>, p: string) =>
  expectBetweenChildren(generalisedMean, { p }, kids)

test.prop(
  [fc.array(fc.tuple(scaledDecimal(1, 1_000_000), weight), { minLength: 1, maxLength: 8 }), power],
  propertyRuns(100),
)('lies between the smallest and the largest child (values > 0, any p)', (kids, p) => between(kids, p))

test.prop(
  [
    fc.array(fc.tuple(scaledDecimal(-1_000_000, 1_000_000), weight), { minLength: 1, maxLength: 8 }),
    oddPower,
  ],
  propertyRuns(100),
)('lies between the smallest and the largest child (any sign, odd p)', (kids, p) => between(kids, p))

test.prop(
  [fc.array(fc.tuple(scaledDecimal(-1_000_000, 1_000_000), weight), { minLength: 1, maxLength: 8 })],
  propertyRuns(100),
)('p = 1 is exactly the weighted arithmetic mean', (kids) => {
  const power = runAggregator(generalisedMean, { p: '1' }, kids)
  const arithmetic = runAggregator(mean, {}, kids)
  expect(power.result).toBe(arithmetic.result)
  expect(power.reports.map((r) => r.code)).toEqual(arithmetic.reports.map((r) => r.code))
})

test.prop([scaledDecimal(1, 1_000_000), fc.integer({ min: 1, max: 6 }), power], propertyRuns(100))(
  'equal children give exactly their value',
  (value, count, p) => {
    const kids = Array.from({ length: count }, (_, i) => [value, String(i + 1)] as const)
    expect(runAggregator(generalisedMean, { p }, kids).result).toBe(value)
  },
)
