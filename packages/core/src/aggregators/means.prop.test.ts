import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe } from 'vitest'
import { expectBetweenChildren, scaledDecimal } from '../../test/mean-properties.js'
import type { AggregatorDefinition } from '../plugin/contract.js'
import { geometricMean } from './geometric-mean.js'
import { harmonicMean } from './harmonic-mean.js'
import { mean } from './mean.js'

// The arithmetic mean takes any sign; geometric and harmonic means need values > 0.
describe.each([
  ['chiso/mean', mean as AggregatorDefinition<unknown>, -1_000_000_000],
  ['chiso/geometric-mean', geometricMean as AggregatorDefinition<unknown>, 1],
  ['chiso/harmonic-mean', harmonicMean as AggregatorDefinition<unknown>, 1],
])('%s', (_id, aggregator, lowest) => {
  // [value, weight] pairs; weights may be 0 (all zero → ZERO_WEIGHTS).
  const children = fc.array(fc.tuple(scaledDecimal(lowest, 1_000_000_000), scaledDecimal(0, 1000)), {
    minLength: 1,
    maxLength: 12,
  })

  test.prop([children], propertyRuns(100))('lies between the smallest and the largest child', (kids) => {
    expectBetweenChildren(aggregator, {}, kids)
  })
})
