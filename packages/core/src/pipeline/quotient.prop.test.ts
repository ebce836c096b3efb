import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { divideScaled, multiplyScaled, type Scaled, scaledText } from '../decimal/scaled.js'
import { denominateForty, quotientForty } from './quotient.js'

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
