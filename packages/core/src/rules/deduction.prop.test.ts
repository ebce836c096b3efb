import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { deduction } from './deduction.js'

const decimal = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 2 }))
    .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())
const setup = fc
  .tuple(decimal(0, 1000), decimal(1, 500), decimal(0, 1000))
  .map(([start, per, floor]) =>
    dec(floor).gt(start) ? { start: floor, per, floor: start } : { start, per, floor },
  )

test.prop([setup, fc.nat(300), fc.nat(300)], propertyRuns(100))(
  'lies in [floor, start], is one of the outcomes and never rises with more occurrences',
  (options, a, b) => {
    const [low, high] = a <= b ? [a, b] : [b, a]
    const node = testNode(null)
    const lowResult = dec(runRule(deduction, options, { value: String(low) }, node).result)
    const highResult = dec(runRule(deduction, options, { value: String(high) }, node).result)
    expect(lowResult.gte(options.floor) && lowResult.lte(options.start)).toBe(true)
    expect(highResult.lte(lowResult)).toBe(true)
    expect(ruleOutcomes(deduction, options, node)).toContain(lowResult.toFixed())
  },
)
