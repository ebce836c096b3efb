import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
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

// Values of up to 40 significant digits (what a normalised or aggregated column can hold), and bounds whose
// width is a power of ten (the shortcut) or not, with l zero (the other shortcut) or not.
const longDecimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,39}$/), fc.integer({ min: -10, max: 45 }))
  .map(([negative, digits, scale]) => dec(`${negative ? '-' : ''}${digits}e${-scale}`).toFixed())
const anyBounds = fc.oneof(
  bounds,
  fc
    .tuple(fc.constantFrom('0', '1', '-3', '0.25'), fc.integer({ min: -3, max: 4 }))
    .map(([l, k]) => [l, dec(l).plus(dec(10).pow(k)).toFixed()] as [string, string]),
)

test.prop(
  [
    fc.array(fc.option(fc.oneof(decimal, longDecimal), { freq: 5 }), { minLength: 1, maxLength: 12 }),
    anyBounds,
    direction,
  ],
  propertyRuns(50),
)(
  'gives the digits of the formula as written, l + (x − min) × (u − l) ÷ (max − min) on 60 digits rounded once to 40',
  (values, [l, u], dir) => {
    const { result } = runNormaliser(minMax, { l, u }, values, testNode(null, dir))
    const oriented = values.map((value) => (value === null ? null : dec(value).times(dir)))
    const present = oriented.filter((value) => value !== null)
    fc.pre(present.length > 1)
    const min = present.reduce((a, b) => (b.lt(a) ? b : a))
    const max = present.reduce((a, b) => (b.gt(a) ? b : a))
    fc.pre(!max.eq(min))
    const written = oriented.map((value) => {
      if (value === null) return null
      const scaled = narrow(new WideDec(value).minus(min).times(dec(u).minus(l)).div(max.minus(min)).plus(l))
      return (scaled.lt(l) ? dec(l) : scaled.gt(u) ? dec(u) : scaled).toFixed()
    })
    expect(result.map((value) => (value === null ? null : dec(value).toFixed()))).toEqual(written)
  },
)
