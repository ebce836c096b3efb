import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { DecimalCache, nodeIndexOf } from './decimal-cache.js'

const RUNS = propertyRuns(100)

// Decimal strings of up to 60 significant digits (more than the 40 the engine keeps), any sign and scale.
const decimalText = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,59}$/), fc.integer({ min: 0, max: 45 }))
  .map(([negative, digits, scale]) => {
    const padded = digits.padStart(scale + 1, '0')
    const point = padded.length - scale
    const text = scale === 0 ? padded : `${padded.slice(0, point)}.${padded.slice(point)}`
    return negative ? `-${text}` : text
  })
const powerOfTen = fc.integer({ min: -12, max: 12 }).map((k) => dec(10).pow(k))
const anyMax = fc.oneof(
  powerOfTen,
  decimalText.map((text) => dec(text).abs()),
)

/** The definition: value ÷ max × 100 (what every earlier version computed). */
function reference(value: string, max: string | null): string | null {
  if (max === null) return toDecimalString(dec(value))
  if (dec(max).isZero()) return null
  return toDecimalString(dec(value).div(max).times(100))
}

describe('node indexes', () => {
  test.prop([decimalText, anyMax], RUNS)(
    'equal value ÷ max × 100, also through the power-of-ten shortcut',
    (value, max) => {
      const index = nodeIndexOf(dec(value), max)
      expect(index === null ? null : toDecimalString(index)).toBe(reference(value, toDecimalString(max)))
    },
  )

  test.prop([fc.array(fc.tuple(decimalText, fc.option(anyMax, { nil: null })), { maxLength: 30 })], RUNS)(
    'cached strings and indexes equal the uncached ones, whichever instances are shared',
    (cells) => {
      const maxes = cells.map(([, max]) => max)
      const cache = new DecimalCache(maxes)
      for (const [text, max] of [...cells, ...cells]) {
        const value = cache.dec(text)
        expect(value.eq(dec(text))).toBe(true)
        expect(cache.str(value)).toBe(toDecimalString(dec(text)))
        expect(cache.indexString(value, max)).toBe(
          reference(text, max === null ? null : toDecimalString(max)),
        )
      }
    },
  )

  // Short decimals (the scaled path) and long ones (the fallback), positive and negative.
  const termText = fc.oneof(
    fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([negative, whole, millionths]) =>
        toDecimalString(dec(`${negative ? '-' : ''}${whole}.${String(millionths).padStart(6, '0')}`)),
      ),
    decimalText,
  )

  test.prop([fc.array(termText, { minLength: 1, maxLength: 40 })], RUNS)(
    'sums of integer millionths equal the decimal sums, and longer values are left to decimals',
    (texts) => {
      const cache = new DecimalCache()
      const values = texts.map((text) => cache.dec(text))
      const exact = values.reduce((total, value) => total.plus(value), dec(0))
      const scaled = values.map((value) => cache.scaled(value))
      values.forEach((value, i) => {
        const millionths = value.times(1_000_000)
        const fits = millionths.isInteger() && millionths.abs().lt(1e12)
        expect(scaled[i] !== undefined).toBe(fits)
        if (fits) expect(scaled[i]).toBe(millionths.toNumber())
      })
      if (scaled.every((value) => value !== undefined)) {
        const total = scaled.reduce((sum: number, value) => sum + value!, 0)
        expect(toDecimalString(cache.unscaled(total))).toBe(toDecimalString(exact))
      }
    },
  )
})
