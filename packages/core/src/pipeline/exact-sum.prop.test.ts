import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { type Scaled, scaledText } from '../decimal/scaled.js'
import { sumForty } from './exact-sum.js'

// Lists as the pipeline's means add them: data of a few digits (sums that never round), 40-digit values
// (denominated, imputed: sums that round from the second term on), values of 35–45 digits whose sums cross
// 10^40 after a few terms, zeros, both signs (sums that cancel), exponents far apart (aligned past 10^40, or
// declined). Checked to fail when the limit is 10^41 (a 41-digit partial sum kept unrounded) and when the
// step-by-step rest skips the value that crossed the limit.
const coefficient = fc.oneof(
  fc.stringMatching(/^[1-9]\d{0,5}$/),
  fc.stringMatching(/^[1-9]\d{34,44}$/),
  fc.constantFrom('0', '9'.repeat(40), '5', `5${'0'.repeat(39)}`),
)
const value = fc
  .tuple(
    fc.boolean(),
    coefficient,
    fc.oneof(fc.integer({ min: -8, max: 4 }), fc.integer({ min: -60, max: 30 })),
  )
  .map(([negative, digits, e]): Scaled => ({ c: BigInt(`${negative ? '-' : ''}${digits}`), e }))

test.prop([fc.array(value, { maxLength: 12 })], propertyRuns(400))(
  'a sum with every partial sum rounded to 40 digits is decimal.js’s, digit for digit',
  (values) => {
    const sum = sumForty(values)
    const expected = values.reduce((total, x) => total.plus(dec(scaledText(x))), dec(0))
    // Declined only where two operands lie over 40 places apart (decimal.js then shortens one).
    if (sum === undefined) return
    expect(toDecimalString(dec(scaledText(sum)))).toBe(toDecimalString(expected))
  },
)

test.prop(
  [
    fc.array(fc.tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,15}$/)), { minLength: 1, maxLength: 60 }),
    fc.integer({ min: -12, max: 2 }),
  ],
  propertyRuns(100),
)('sums of data of one scale are never declined', (terms, e) => {
  const values = terms.map(
    ([negative, digits]): Scaled => ({ c: BigInt(`${negative ? '-' : ''}${digits}`), e }),
  )
  const sum = sumForty(values)
  const expected = values.reduce((total, x) => total.plus(dec(scaledText(x))), dec(0))
  expect(sum && toDecimalString(dec(scaledText(sum)))).toBe(toDecimalString(expected))
})
