// DDCI and PCI rescale each indicator to 1–10 between the lowest and highest unit of the year, reversed where
// lower is better: the best unit gets exactly 10 and the worst exactly 1, whichever the direction.
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { minMax } from './min-max.js'

const decimal = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())
// At least two different values: with no spread there is no best or worst unit.
const column = fc
  .array(fc.option(decimal, { freq: 6 }), { minLength: 2, maxLength: 40 })
  .filter((values) => new Set(values.filter((v) => v !== null).map((v) => dec(v!).toFixed())).size >= 2)

test.prop([column, fc.constantFrom<1 | -1>(1, -1)], propertyRuns(100))(
  'min-max to 1–10 gives the best unit 10 and the worst 1, for either direction',
  (values, direction) => {
    const { result } = runNormaliser(minMax, { l: '1', u: '10' }, values, testNode(null, direction))
    const present = values.flatMap((v, i) => (v === null ? [] : [{ v: dec(v), i }]))
    const highest = present.reduce((a, b) => (b.v.gt(a.v) ? b : a))
    const lowest = present.reduce((a, b) => (b.v.lt(a.v) ? b : a))
    const [best, worst] = direction === 1 ? [highest, lowest] : [lowest, highest]
    expect(dec(result[best.i]!).eq(10)).toBe(true)
    expect(dec(result[worst.i]!).eq(1)).toBe(true)
    for (const { v, i } of present) {
      if (v.eq(best.v)) expect(dec(result[i]!).eq(10)).toBe(true)
      if (v.eq(worst.v)) expect(dec(result[i]!).eq(1)).toBe(true)
    }
  },
)
