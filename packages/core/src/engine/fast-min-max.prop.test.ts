import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { minMaxBothWays } from '../../test/min-max-both-ways.js'
import { dec } from '../decimal/decimal.js'
import { roundScaled, scaledText } from '../decimal/scaled.js'
import { roundSixtyThenForty } from './fast-min-max.js'

// Finite decimals of up to 17 significant digits (what data hold) and of up to 40 (a normalised or aggregated
// column), over a wide range of magnitudes, and bounds of every shape the plugin distinguishes.
const decimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,16}$/), fc.integer({ min: -6, max: 20 }))
  .map(([negative, digits, scale]) => dec(`${negative ? '-' : ''}${digits}e${-scale}`).toFixed())
const longDecimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,39}$/), fc.integer({ min: -10, max: 45 }))
  .map(([negative, digits, scale]) => dec(`${negative ? '-' : ''}${digits}e${-scale}`).toFixed())
const small = fc.integer({ min: -20, max: 20 }).map(String)
const value = fc.oneof(decimal, longDecimal, small)
const bounds = fc.oneof(
  fc.constant<[string, string]>(['0', '100']),
  fc
    .tuple(fc.constantFrom('0', '1', '-3', '0.25'), fc.integer({ min: -3, max: 4 }))
    .map(([l, k]) => [l, dec(l).plus(dec(10).pow(k)).toFixed()] as [string, string]),
  fc
    .tuple(fc.oneof(decimal, small), fc.oneof(decimal, small))
    .filter(([a, b]) => !dec(a).eq(b))
    .map(([a, b]) => (dec(a).lt(b) ? [a, b] : [b, a]) as [string, string]),
)

test.prop(
  [
    fc.array(fc.option(value, { freq: 5 }), { minLength: 1, maxLength: 12 }),
    bounds,
    fc.constantFrom<1 | -1>(1, -1),
  ],
  propertyRuns(200),
)(
  'gives the min-max plugin’s values digit for digit, or leaves the column to it',
  (values, [l, u], direction) => {
    const { plugin, fast } = minMaxBothWays(values, { l, u }, direction)
    const present = new Set(values.filter((text) => text !== null).map((text) => dec(text!).toFixed()))
    // It declines a column without spread; otherwise only long values (40 digits, where a step can cancel to a
    // value far below l) or magnitudes far apart, which decimal.js adds on a shortened operand.
    if (fast === undefined) {
      const magnitudes = [...present].map((text) => dec(text)).filter((x) => !x.isZero())
      const unusual = magnitudes.some(
        (x) => x.precision() > 17 || magnitudes.some((y) => Math.abs(x.e - y.e) > 30),
      )
      expect(present.size <= 1 || unusual).toBe(true)
      return
    }
    expect(fast).toEqual(plugin)
  },
)

// The one-division double rounding on the tails where rounding twice differs from rounding once: digits 41–60
// of 4 then nineteen 9s followed by a digit from 5 up (round60 carries, round40 then rounds up), and their
// neighbours, besides random tails.
const tail = fc.oneof(
  fc.stringMatching(/^\d{21,22}$/),
  fc
    .tuple(
      fc.constantFrom('4', '5', '3'),
      fc.constantFrom('9'.repeat(19), `${'9'.repeat(18)}8`, '0'.repeat(19)),
    )
    .chain(([head, middle]) => fc.stringMatching(/^\d{1,2}$/).map((last) => `${head}${middle}${last}`)),
)
test.prop([fc.stringMatching(/^[1-9]\d{39}$/), tail], propertyRuns(300))(
  'rounds a 61- or 62-digit quotient to 60 and then 40 digits in one division',
  (prefix, rest) => {
    const quotient = BigInt(prefix + rest)
    const sixty = roundScaled(quotient, 0, 60)
    expect(scaledText(roundSixtyThenForty(quotient))).toBe(scaledText(roundScaled(sixty.c, sixty.e, 40)))
  },
)

// The 0-to-a-power-of-ten path reads each value's digit count (after subtracting the minimum) and whether its
// quotient has 61 or 62 digits from thresholds; values on either side of every threshold: low + 10^k and
// low + ⌈S ÷ 10^j⌉, minus one, exactly, plus one (in units of the column's last digit).
test.prop(
  [
    fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }),
    fc.bigInt({ min: 2n, max: 10n ** 25n }),
    fc.integer({ min: -8, max: 4 }),
    fc.constantFrom('100', '1', '0.01', '1000'),
    fc.constantFrom<1 | -1>(1, -1),
  ],
  propertyRuns(40),
)(
  'rescales from 0 to a power of ten on both sides of every digit-count threshold',
  (low, spread, scale, u, direction) => {
    const digits = spread.toString().length
    const points = [low, low + spread]
    for (let k = 0; k < digits; k++) {
      const power = 10n ** BigInt(k)
      const ceiling = low + (spread + power - 1n) / power
      for (const at of [low + power, ceiling]) for (const near of [at - 1n, at, at + 1n]) points.push(near)
    }
    const inside = points.filter((x) => x >= low && x <= low + spread)
    const values = inside.map((x) => dec(x.toString()).times(dec(10).pow(scale)).toFixed())
    expectZeroToPowerOfTenAsPlugin(values, u, direction)
  },
)

/** The column path's values from 0 to `u` equal the plugin's, digit for digit (and it does not decline). */
function expectZeroToPowerOfTenAsPlugin(values: string[], u: string, direction: 1 | -1): void {
  const { plugin, fast } = minMaxBothWays(values, { l: '0', u }, direction)
  expect(fast).toEqual(plugin)
}

// The 0-to-a-power-of-ten path divides by the spread alone after taking 10^(20+t) out of its offset
// C = CARRY_IN·S − low·10^p, which is negative whenever low is large beside the spread: the offset must be
// floored, not truncated. A spread of a few units makes the difference show in about one value in S (this
// fails when the offset is taken as C ÷ 10^(20+t) with BigInt's truncating division; checked).
test.prop(
  [
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
    fc.bigInt({ min: 2n, max: 40n }),
    fc.integer({ min: -6, max: 2 }),
    fc.constantFrom('100', '1', '10'),
  ],
  propertyRuns(60),
)('rescales from 0 to a power of ten above a large minimum', (low, spread, scale, u) => {
  const values: string[] = []
  for (let x = low; x <= low + spread; x++) values.push(dec(x.toString()).times(dec(10).pow(scale)).toFixed())
  expectZeroToPowerOfTenAsPlugin(values, u, 1)
})
