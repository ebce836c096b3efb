import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { dec, toDecimalString } from '../decimal/decimal.js'
import { DecimalStringSchema } from './decimal-string.js'

describe('DecimalStringSchema', () => {
  it.each([
    ['2.50', '2.5'],
    [' 7.98 ', '7.98'],
    ['-0', '0'],
    ['007', '7'],
    ['.5', '0.5'],
    ['3.', '3'],
    [10, '10'],
    [2.5, '2.5'],
  ])('normalises %j to %j', (input, expected) => {
    expect(DecimalStringSchema.parse(input)).toBe(expected)
  })

  it.each(['abc', '1e3', '1,5', '', 'NaN', Number.NaN, 0.1 + 0.2, true])('rejects %j', (input) => {
    expect(DecimalStringSchema.safeParse(input).success).toBe(false)
  })

  // The schema keeps strings that are already canonical without building a Decimal; the result must be the
  // same as the general path for every decimal string.
  test.prop(
    [
      fc.tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{1,6}$/),
        fc.option(fc.stringMatching(/^\d{0,6}$/)),
      ),
    ],
    propertyRuns(100),
  )('agrees with Decimal normalisation', ([sign, whole, fraction]) => {
    const text = `${sign}${whole}${fraction === null ? '' : `.${fraction}`}`
    expect(DecimalStringSchema.parse(text)).toBe(toDecimalString(dec(text)))
  })
})
