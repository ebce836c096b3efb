import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { bands } from './bands.js'

// Decimals as strings: an integer scaled by 10^-k, never through a float.
const decimal = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 3 }))
    .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())
const bandList = fc.uniqueArray(fc.tuple(decimal(-1000, 1000), decimal(0, 200)), {
  minLength: 1,
  maxLength: 6,
  selector: ([threshold]) => dec(threshold).toFixed(),
})
const kind = fc.constantFrom('atLeast', 'atMost')

test.prop([bandList, kind, decimal(-2000, 2000)], propertyRuns(100))(
  'gives one of its outcomes, without reports, for any value',
  (list, key, x) => {
    const options = { bands: list.map(([threshold, points]) => ({ [key]: threshold, points })) }
    const { result, reports } = runRule(bands, options, { value: x }, testNode('200'))
    expect(ruleOutcomes(bands, options, testNode('200'))).toContain(dec(result).toFixed())
    expect(reports).toEqual([])
  },
)

test.prop([bandList, decimal(-2000, 2000), decimal(-2000, 2000)], propertyRuns(100))(
  'with atLeast bands whose points rise with the threshold, a higher value never earns less',
  (list, a, b) => {
    const sorted = [...list].sort(([x], [y]) => dec(x).comparedTo(y))
    const points = sorted.map(([, p]) => dec(p)).sort((x, y) => x.comparedTo(y))
    const options = { bands: sorted.map(([atLeast], i) => ({ atLeast, points: points[i]!.toFixed() })) }
    const [low, high] = dec(a).lte(b) ? [a, b] : [b, a]
    const lowResult = dec(runRule(bands, options, { value: low }, testNode('200')).result)
    const highResult = dec(runRule(bands, options, { value: high }, testNode('200')).result)
    expect(highResult.gte(lowResult)).toBe(true)
  },
)
