import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { Dec } from './decimal.js'
import {
  addScaled,
  compareScaled,
  digitCount,
  digitCountBelow,
  digitCountNear,
  divideScaled,
  halfPow10,
  multiplyScaled,
  roundScaled,
  type Scaled,
  scaledOf,
  scaledText,
  subtractScaled,
} from './scaled.js'

// The fast paths' arithmetic against decimal.js itself, digit for digit, at the engine's precisions (40 and
// the guard digits' 60) and at small ones, where halves, carries (9.99… → 10) and exact results are common.
const scaled = fc
  .tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -50, max: 20 }))
  .map(([c, e]): Scaled => ({ c, e }))
// Few digits, so that sums, products and quotients land on halves and on exact values.
const short = fc
  .tuple(fc.bigInt({ min: -999n, max: 999n }), fc.integer({ min: -4, max: 3 }))
  .map(([c, e]): Scaled => ({ c, e }))
const operand = fc.oneof(scaled, short)
const digits = fc.oneof(fc.constantFrom(40, 60), fc.integer({ min: 1, max: 12 }))

const decimalOf = (Ctor: typeof Dec, x: Scaled) => new Ctor(`${x.c}e${x.e}`)

test.prop([operand, operand, digits], propertyRuns(300))(
  'add, subtract, multiply and divide round exactly as decimal.js does',
  (x, y, precision) => {
    const Ctor = Dec.clone({ precision })
    const [a, b] = [decimalOf(Ctor, x), decimalOf(Ctor, y)]
    const sum = addScaled(x, y, precision)
    if (sum !== undefined) expect(scaledText(sum)).toBe(a.plus(b).toFixed())
    const difference = subtractScaled(x, y, precision)
    if (difference !== undefined) expect(scaledText(difference)).toBe(a.minus(b).toFixed())
    expect(scaledText(multiplyScaled(x, y, precision))).toBe(a.times(b).toFixed())
    if (y.c !== 0n) expect(scaledText(divideScaled(x, y, precision))).toBe(a.div(b).toFixed())
    expect(compareScaled(x, y)).toBe(a.comparedTo(b))
  },
)

test.prop([operand, digits], propertyRuns(200))(
  'rounds to significant digits half away from zero, and reads and writes canonical decimal strings',
  (x, precision) => {
    const Ctor = Dec.clone({ precision })
    const value = decimalOf(Dec, x)
    expect(scaledText(roundScaled(x.c, x.e, precision))).toBe(
      new Ctor(value).toSignificantDigits(precision).toFixed(),
    )
    const text = value.isZero() ? '0' : value.toFixed()
    expect(scaledText(x)).toBe(text)
    expect(compareScaled(scaledOf(text)!, x)).toBe(0)
  },
)

test.prop([operand, operand], propertyRuns(100))(
  'declines only sums whose operands lie more than 40 places apart',
  (x, y) => {
    fc.pre(x.c !== 0n && y.c !== 0n)
    const top = (z: Scaled) => decimalOf(Dec, z).e
    expect(addScaled(x, y, 40) === undefined).toBe(Math.abs(top(x) - top(y)) > 40)
  },
)

// Digit counts from the table, near every power of ten (where a search can be one off) and beyond the table.
const nearPowerOfTen = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 300 })),
    fc.integer({ min: -2, max: 2 }),
  )
  .map(([k, offset]) => 10n ** BigInt(k) + BigInt(offset))
  .filter((a) => a > 0n)
const anyLength = fc.stringMatching(/^[1-9]\d{0,79}$/).map(BigInt)
test.prop([fc.oneof(nearPowerOfTen, anyLength)], propertyRuns(300))(
  'counts the digits of a positive integer, and from a guess one short or right',
  (a) => {
    const count = a.toString().length
    expect(digitCount(a)).toBe(count)
    expect(digitCountNear(a, count)).toBe(count)
    if (count > 1 && a >= 10n ** BigInt(count - 1)) expect(digitCountNear(a, count - 1)).toBe(count)
    expect(digitCountBelow(a, count)).toBe(count)
    expect(digitCountBelow(a, count + 7)).toBe(count)
    expect(halfPow10(count) * 2n).toBe(10n ** BigInt(count))
  },
)

// Every spelling a plain decimal string may have (sign, leading and trailing zeros, no whole or no fraction
// part, more digits than a float64 holds) reads as decimal.js reads it; anything else is refused.
// Whole and fraction parts of 0–25 digits, most often around the 15 digits a float64 holds exactly.
const part = fc.oneof(fc.stringMatching(/^\d{0,25}$/), fc.stringMatching(/^[1-9]\d{13,17}$/))
const spelling = fc
  .tuple(fc.constantFrom('', '-', '+'), part, fc.constantFrom(true, false), part)
  .map(([sign, whole, point, fraction]) => `${sign}${whole}${point ? '.' : ''}${point ? fraction : ''}`)
const notDecimal = fc.constantFrom('', '-', '.', '+.', '1..2', '1.2.3', '1e3', ' 1', '1 ', '--1', '0x10', '١')
// Just above 2^53 (9 007 199 254 740 992), where a float64 no longer holds every integer.
const beyondFloat = fc.stringMatching(/^-?9\d{15}(?:\.\d{0,3})?$/)
test.prop([fc.oneof(spelling, beyondFloat, notDecimal)], propertyRuns(300))(
  'reads plain decimal strings as decimal.js does and refuses the rest',
  (text) => {
    const valid = /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(text)
    const read = scaledOf(text)
    if (!valid) {
      expect(read).toBeUndefined()
      return
    }
    expect(read).toBeDefined()
    const value = new Dec(text)
    expect(scaledText(read!)).toBe(value.isZero() ? '0' : value.toFixed())
  },
)
