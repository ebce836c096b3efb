import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { Dec, dec, toDecimalString } from './decimal.js'
import { keptExact, keptText, lazyDecimal, lazyExactDecimal } from './lazy-decimal.js'
import { scaledOf } from './scaled.js'

// A lazy decimal must be indistinguishable from dec(text) whichever way it is first read: as the receiver of an
// operation, as its argument, by a comparison, by printing, or by copying it into a new decimal.
const text = fc
  .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,39}$/), fc.integer({ min: -10, max: 45 }))
  .map(([negative, digits, scale]) => toDecimalString(dec(`${negative ? '-' : ''}${digits}e${-scale}`)))
const value = fc.oneof(text, fc.constant('0'))

const reads: Array<[string, (x: Dec, y: Dec) => unknown]> = [
  ['plus', (x, y) => x.plus(y).toFixed()],
  ['minus as argument', (x, y) => y.minus(x).toFixed()],
  ['times', (x, y) => x.times(y).toFixed()],
  ['div', (x, y) => (y.isZero() ? null : x.div(y).toFixed())],
  ['div as argument', (x, y) => (x.isZero() ? null : y.div(x).toFixed())],
  ['comparedTo', (x, y) => x.comparedTo(y)],
  ['lt as argument', (x, y) => y.lt(x)],
  ['eq', (x, y) => x.eq(y)],
  ['predicates', (x) => [x.isZero(), x.isNegative(), x.isFinite(), x.isInteger()]],
  ['printing', (x) => [x.toFixed(), x.toFixed(3), x.toString(), JSON.stringify(x), String(x)]],
  ['rounding', (x) => [x.toDecimalPlaces(2).toFixed(), x.toSignificantDigits(5).toFixed()]],
  ['copy', (x) => [new Dec(x).toFixed(), dec(x).negated().toFixed(), x.abs().toFixed()]],
  ['class', (x) => [x instanceof Dec, Dec.isDecimal(x), x.constructor === Dec]],
]

test.prop([value, value, fc.constantFrom(...reads)], propertyRuns(300))(
  'behaves as dec(text) whichever operation reads it first',
  (a, b, [_name, read]) => {
    expect(read(lazyDecimal(a), dec(b))).toEqual(read(dec(a), dec(b)))
    // Read a second time, after the first read parsed it.
    const lazy = lazyDecimal(a)
    read(lazy, lazyDecimal(b))
    expect(read(lazy, lazyDecimal(b))).toEqual(read(dec(a), dec(b)))
  },
)

test.prop([value, value, fc.constantFrom(...reads)], propertyRuns(200))(
  'made from an exact value, prints and behaves as dec(text), whichever it is asked for first',
  (a, b, [_name, read]) => {
    const exact = scaledOf(a)!
    expect(keptText(lazyExactDecimal(exact))).toBe(a)
    expect(keptExact(lazyExactDecimal(exact))).toBe(exact)
    expect(read(lazyExactDecimal(exact), dec(b))).toEqual(read(dec(a), dec(b)))
    const lazy = lazyExactDecimal(exact)
    read(lazy, lazyExactDecimal(scaledOf(b)!))
    expect(read(lazy, lazyExactDecimal(scaledOf(b)!))).toEqual(read(dec(a), dec(b)))
    expect(keptText(lazy)).toBe(a)
  },
)
