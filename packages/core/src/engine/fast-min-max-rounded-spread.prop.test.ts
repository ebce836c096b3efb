import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { minMaxBothWays } from '../../test/min-max-both-ways.js'
import { dec } from '../decimal/decimal.js'

// Columns as the pipeline's stages leave them: values of 40 significant digits (denominated, imputed, treated)
// whose magnitudes differ by a few powers of ten, so that aligned to one unit their spread has 41–60 digits and
// the plugin rounds it to 40 before dividing; some short values, ties at the extremes, values of both signs.
const long = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{39}$/), fc.integer({ min: 30, max: 50 }))
  .map(([negative, digits, scale]) => dec(`${negative ? '-' : ''}${digits}e${-scale}`).toFixed())
const short = fc
  .tuple(fc.stringMatching(/^[1-9]\d{0,5}$/), fc.integer({ min: -2, max: 8 }))
  .map(([digits, scale]) => dec(`${digits}e${-scale}`).toFixed())
const column = fc
  .tuple(
    fc.array(
      fc.option(fc.oneof({ weight: 4, arbitrary: long }, { weight: 1, arbitrary: short }), { freq: 6 }),
      {
        minLength: 2,
        maxLength: 14,
      },
    ),
    fc.boolean(),
  )
  // Mostly of one sign, as data are: positives only unless asked otherwise.
  .map(([values, mixed]) =>
    mixed ? values : values.map((text) => (text === null ? null : dec(text).abs().toFixed())),
  )
  // A repeated extreme now and then (a winsorised column).
  .chain((values) =>
    fc.nat({ max: values.length - 1 }).map((at) => (values[at] === null ? values : [...values, values[at]!])),
  )
const upper = fc.constantFrom('100', '1', '10', '0.1', '1000')

test.prop([column, upper, fc.constantFrom<1 | -1>(1, -1)], propertyRuns(150))(
  'min-max over a spread of more than 40 digits gives the plugin’s values digit for digit',
  (values, u, direction) => {
    const { plugin, fast } = minMaxBothWays(values, { l: '0', u }, direction)
    const present = values.filter((text): text is string => text !== null).map((text) => dec(text))
    const distinct = new Set(present.map((x) => x.toFixed()))
    if (fast === undefined) {
      // Declined only without spread, or with magnitudes far apart (a spread of over 60 digits, or a value
      // whose leading digit lies over 40 places from the minimum's).
      const nonZero = present.filter((x) => !x.isZero())
      const farApart = nonZero.some((x) => nonZero.some((y) => Math.abs(x.e - y.e) > 19))
      expect(distinct.size <= 1 || farApart).toBe(true)
      return
    }
    expect(fast).toEqual(plugin)
  },
)

// The column plan reads a value's digit count above the minimum, whether its quotient has 61 or 62 digits, and
// whether it lies above u from per-column thresholds; values on either side of every one of them (in units of
// the column's last digit): low + 10^j, low + s·10^(d − digits of s) or low + ⌈s ÷ 10^(digits of s − d)⌉ for every
// digit count d, and low + S₄₀ (beyond it the quotient exceeds 10^w when the spread was rounded down), each minus
// one, exactly and plus one. Checked to fail when the 62-digit test becomes `>` and when the digit-count
// thresholds are a place off. (A rounded-down spread moves D ÷ S₄₀ by at most half a unit of its 40th digit, so
// the value at high rounds to u itself: the bound above u keeps the plugin's clamp but never changes a digit.)
const spreadOf = fc.tuple(fc.integer({ min: 41, max: 60 }), fc.bigInt({ min: 0n, max: 10n ** 60n }))
test.prop(
  [
    fc.oneof(fc.constant(0n), fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n })),
    spreadOf,
    fc.integer({ min: -50, max: -10 }),
    fc.constantFrom('100', '1', '0.01', '1000'),
  ],
  propertyRuns(25),
)(
  'rescales a spread of 41–60 digits on both sides of every threshold of its column plan',
  (low, [spreadDigits, seed], scale, u) => {
    const spread = 10n ** BigInt(spreadDigits - 1) + (seed % (9n * 10n ** BigInt(spreadDigits - 1)))
    const high = low + spread
    // S₄₀ = s·10^k, rounded half up.
    const k = spreadDigits - 40
    const s = (spread + 5n * 10n ** BigInt(k - 1)) / 10n ** BigInt(k)
    const sDigits = s.toString().length
    const points = [low, high]
    const around = (at: bigint) => points.push(at - 1n, at, at + 1n)
    for (let j = 0; j < spreadDigits; j++) around(low + 10n ** BigInt(j))
    for (let d = 1; d <= spreadDigits; d++) {
      const down = 10n ** BigInt(Math.abs(sDigits - d))
      around(low + (d >= sDigits ? s * down : (s + down - 1n) / down))
    }
    around(low + s * 10n ** BigInt(k))
    const inside = points.filter((x) => x >= low && x <= high)
    const values = inside.map((x) => dec(x.toString()).times(dec(10).pow(scale)).toFixed())
    const { plugin, fast } = minMaxBothWays(values, { l: '0', u }, 1)
    const digitsOf = (x: bigint) => (x === 0n ? 0 : (x < 0n ? -x : x).toString().length)
    if (fast === undefined) {
      // Declined only for magnitudes over 40 places apart (x − min would not be exact in the plugin either).
      expect(low < 0n && high >= 0n ? true : Math.abs(digitsOf(high) - digitsOf(low)) > 40).toBe(true)
      return
    }
    expect(fast).toEqual(plugin)
  },
)
