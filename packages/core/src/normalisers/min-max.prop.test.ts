import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { minMax } from './min-max.js'

// Decimals as strings: an integer scaled by 10^-k, never through a float.
const decimal = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([digits, k]) => dec(digits).times(dec(10).pow(-k)).toFixed())
const column = fc.array(fc.option(decimal, { freq: 5 }), { minLength: 1, maxLength: 30 })
const bounds = fc
  .tuple(decimal, decimal)
  .filter(([a, b]) => !dec(a).eq(b))
  .map(([a, b]) => (dec(a).lt(b) ? [a, b] : [b, a]) as [string, string])
const direction = fc.constantFrom<1 | -1>(1, -1)

test.prop([column, bounds, direction], propertyRuns(100))(
  'lies in [l, u], keeps null, and preserves (direction 1) or reverses (direction -1) the order',
  (values, [l, u], dir) => {
    const { result } = runNormaliser(minMax, { l, u }, values, testNode(null, dir))
    expect(result).toHaveLength(values.length)
    result.forEach((out, i) => {
      expect(out === null).toBe(values[i] === null)
      if (out !== null) {
        expect(dec(out).gte(l)).toBe(true)
        expect(dec(out).lte(u)).toBe(true)
      }
    })
    for (let i = 0; i < values.length; i += 1) {
      for (let j = 0; j < values.length; j += 1) {
        const a = values[i]
        const b = values[j]
        if (a == null || b == null || !dec(a).lt(b)) continue
        const [ya, yb] = [dec(result[i]!), dec(result[j]!)]
        expect(dir === 1 ? ya.lt(yb) : ya.gt(yb)).toBe(true)
      }
    }
  },
)
