// The float64 estimate of skew and kurtosis decides nothing the exact sums would decide otherwise: its error
// bound holds, and the treatment's tests and printed digits from MomentColumn equal the exact functions', also
// when a limit sits on (or within a hair of) the value, where only the exact fallback can decide.
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { type Dec, dec } from '../decimal/decimal.js'
import { scaledOf } from '../decimal/scaled.js'
import { approximate, estimateMoments } from './float-moments.js'
import { limitsOf, MomentColumn, plainOf } from './moment-column.js'
import { describeSkewKurtosis, moments, passesSkewKurtosis, skewIsNonNegative } from './moments.js'

const U = 2 ** -53

// Decimals of up to 40 significant digits at scales from 1e-30 to 1e30, some columns with a few outliers,
// some tightly packed around a large offset (where float64 loses the spread and the exact path must decide).
const digits = fc.stringMatching(/^[1-9]\d{0,39}$/)
const decimalText = fc
  .tuple(fc.boolean(), digits, fc.integer({ min: -30, max: 30 }))
  .map(([negative, coefficient, exponent]) => dec(`${negative ? '-' : ''}${coefficient}e${exponent}`))
const plainColumn = fc.array(
  fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map((x) => dec(x)),
    fc.integer({ min: 0, max: 20 }).map((x) => dec(x).div(7)),
  ),
  { minLength: 4, maxLength: 24 },
)
const tailedColumn = fc
  .tuple(plainColumn, fc.array(fc.integer({ min: 50, max: 100_000 }), { minLength: 1, maxLength: 3 }))
  .map(([body, outliers]) => [...body, ...outliers.map((x) => dec(x))])
const wideColumn = fc.array(decimalText, { minLength: 4, maxLength: 16 })
const packedColumn = fc
  .tuple(
    fc.integer({ min: 10, max: 40 }),
    fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 4, maxLength: 12 }),
  )
  .map(([offset, steps]) => steps.map((step) => dec(`1e${offset}`).plus(dec(step).times('1e-5'))))
const columnArb = fc.oneof(plainColumn, tailedColumn, wideColumn, packedColumn)

/** |exact − estimate| ≤ error, in decimals (the estimate's own shortest decimal is within half an ulp). */
function within(exact: Dec, estimate: number, error: number): boolean {
  return exact
    .minus(estimate)
    .abs()
    .lte(dec(error).plus(dec(2 * U * Math.abs(estimate))))
}

// A limit near the exact value: the value itself to 1–40 digits, so some limits are the value's 40-digit
// rounding (within 1e-40 of it) and the estimate cannot decide.
const near = (value: Dec, places: number) => value.abs().toSignificantDigits(places).toFixed()

describe('float64 moments with an error bound', () => {
  test.prop([columnArb], propertyRuns(150))('the exact skew and kurtosis lie within the bounds', (column) => {
    const estimate = estimateMoments(column.map((value) => value.toNumber()))
    if (estimate === undefined) return
    const exact = moments(column)
    expect(exact.skew).not.toBeNull()
    expect(within(exact.skew!, estimate.skew, estimate.skewError)).toBe(true)
    expect(within(exact.kurtosis!, estimate.kurtosis, estimate.kurtosisError)).toBe(true)
  })

  test.prop([columnArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })], propertyRuns(150))(
    'MomentColumn decides and prints as the exact functions do, limits on the value included',
    (column, skewPlaces, kurtosisPlaces) => {
      const exact = moments(column)
      const skew = exact.skew === null ? '2' : near(exact.skew, skewPlaces)
      const kurtosis = exact.kurtosis === null ? '3.5' : near(exact.kurtosis, kurtosisPlaces)
      const fast = new MomentColumn(column)
      for (const [s, k] of [
        [skew, kurtosis],
        [skew, '-100'],
        ['0', kurtosis],
        ['2', '3.5'],
      ] as const) {
        const limits = limitsOf({ skew: s, kurtosis: k })
        expect(fast.passes(limits)).toBe(passesSkewKurtosis(column, limits.skew, limits.kurtosis))
      }
      expect(fast.skewIsNonNegative()).toBe(skewIsNonNegative(column))
      expect(fast.describe()).toBe(describeSkewKurtosis(column))
    },
  )

  test.prop(
    [fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: -250, max: 200 })],
    propertyRuns(200),
  )('approximate(c, e) is within 3 units in the last place of c × 10^e', (c, e) => {
    const text = `${c}e${e}`
    const exact = Number(text)
    expect(Math.abs(approximate(c, e) - exact)).toBeLessThanOrEqual(4 * U * Math.abs(exact))
    expect(scaledOf(dec(text).toFixed())).toBeDefined()
  })

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], propertyRuns(300))(
    'plainOf prints a toPrecision(6) text as decimal.js does',
    (value) => {
      const text = value.toPrecision(6)
      expect(plainOf(text)).toBe(dec(text).toFixed())
    },
  )
})
