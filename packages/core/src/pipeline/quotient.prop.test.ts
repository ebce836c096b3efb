import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { digitCount, divideScaled, multiplyScaled, type Scaled, scaledText } from '../decimal/scaled.js'
import { denominateForty, digitsOf, quotientForty } from './quotient.js'

// Coefficients of 1 to 60 digits (data, 40-digit results, 60-digit guard values), either sign, any exponent; and
// quotients built to land on a rounding boundary: y·q for a q of 41 or 42 digits ending in 5, 50, 49 or 4999…,
// so the exact quotient is a half (or just below one) of the 40th digit.
const coefficient = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,59}$/))
  .map(([negative, digits]) => BigInt(`${negative ? '-' : ''}${digits}`))
const scaled = fc.tuple(coefficient, fc.integer({ min: -70, max: 30 })).map(([c, e]): Scaled => ({ c, e }))
const divisor = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,39}$/), fc.integer({ min: -50, max: 20 }))
  .map(([negative, digits, e]): Scaled => ({ c: BigInt(`${negative ? '-' : ''}${digits}`), e }))
const boundary = fc
  .tuple(
    divisor,
    fc.stringMatching(/^[1-9]\d{38,39}$/),
    fc.constantFrom('5', '50', '49', '4', '6', `4${'9'.repeat(12)}`),
    fc.integer({ min: -30, max: 10 }),
  )
  .map(([y, head, tail, e]): [Scaled, Scaled] => [{ c: BigInt(head + tail) * y.c, e: e + y.e }, y])
const byDecimalJs = (x: Scaled, y: Scaled) => toDecimalString(dec(scaledText(x)).div(dec(scaledText(y))))

test.prop([fc.oneof(fc.tuple(scaled, divisor), boundary)], propertyRuns(250))(
  'a quotient rounded to 40 digits is decimal.js’s and divideScaled’s, digit for digit',
  ([x, y]) => {
    const quotient = scaledText(quotientForty(x, y))
    expect(quotient).toBe(byDecimalJs(x, y))
    expect(quotient).toBe(scaledText(divideScaled(x, y, 40)))
  },
)

test.prop([scaled, fc.constantFrom('1', '1000', '0.01', '3'), divisor], propertyRuns(150))(
  'a denominated value is decimal.js’s value × scale ÷ denominator',
  (x, scale, y) => {
    const factor: Scaled = { c: BigInt(dec(scale).times(100).toFixed()), e: -2 }
    const expected = toDecimalString(
      dec(scaledText(x))
        .times(dec(scale))
        .div(dec(scaledText(y))),
    )
    expect(scaledText(denominateForty(x, factor, y))).toBe(expected)
    expect(scaledText(denominateForty(x, factor, y))).toBe(
      scaledText(divideScaled(multiplyScaled(x, factor, 40), y, 40)),
    )
  },
)

// Coefficients below 2^53 are counted on doubles: every power of ten up to 10^17 and its neighbours, 2^53 and
// its neighbours, and random ones. Checked to fail when the count stops at 15 digits or the comparison is `>`.
test.prop(
  [
    fc.oneof(
      fc
        .integer({ min: 0, max: 17 })
        .chain((k) => fc.constantFrom(10n ** BigInt(k) - 1n, 10n ** BigInt(k), 10n ** BigInt(k) + 1n)),
      fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n),
      fc.bigInt({ min: 1n, max: 10n ** 20n }),
    ),
  ],
  propertyRuns(300),
)('a coefficient’s digits counted on a double are its digits', (a) => {
  fc.pre(a > 0n)
  expect(digitsOf(a)).toBe(a.toString().length)
  expect(digitsOf(a)).toBe(digitCount(a))
})
