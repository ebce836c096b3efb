import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { runRule, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { proportional } from './proportional.js'

const full = fc
  .tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 3 }))
  .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())

test.prop([fc.nat(10_000), fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }), full], propertyRuns(100))(
  'lies in [0, points] and never falls when more is done',
  (a, b, total, reach) => {
    const [low, high] = a <= b ? [a, b] : [b, a]
    const options = { full: reach }
    const node = testNode('7.5')
    const score = (done: number) =>
      dec(runRule(proportional, options, { done: String(done), total: String(total) }, node).result)
    const [lowScore, highScore] = [score(low), score(high)]
    expect(lowScore.gte(0) && highScore.lte('7.5')).toBe(true)
    expect(highScore.gte(lowScore)).toBe(true)
  },
)
