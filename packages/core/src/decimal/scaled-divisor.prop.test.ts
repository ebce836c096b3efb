import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { Dec } from './decimal.js'
import { divideScaled, type Scaled, scaledText } from './scaled.js'
import { ScaledDivisor } from './scaled-divisor.js'

// One divisor, many dividends: the same { c, e } as divideScaled and the same digits as decimal.js, at the
// engine's 40 digits and at small precisions, where halves and carries (9.99… → 10) are common; dividends from
// a few digits to beyond the quotient's length (the shortened case).
const dividend = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 62n), max: 10n ** 62n }), fc.integer({ min: -50, max: 20 })),
  fc.tuple(fc.bigInt({ min: -999n, max: 999n }), fc.integer({ min: -4, max: 3 })),
)
const divisor = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: -30n, max: 30n })),
    fc.integer({ min: -6, max: 6 }),
  )
  .filter(([c]) => c !== 0n)
const digits = fc.oneof(fc.constant(40), fc.integer({ min: 1, max: 12 }))

const decimalOf = (Ctor: typeof Dec, x: Scaled) => new Ctor(`${x.c}e${x.e}`)

test.prop([fc.array(dividend, { minLength: 1, maxLength: 6 }), divisor, digits], propertyRuns(300))(
  'divides as divideScaled and decimal.js do',
  (dividends, [c, e], precision) => {
    const y: Scaled = { c, e }
    const by = new ScaledDivisor(y, precision)
    const Ctor = Dec.clone({ precision })
    for (const [xc, xe] of dividends) {
      const x: Scaled = { c: xc, e: xe }
      const quotient = by.divide(x.c, x.e)
      expect(quotient).toEqual(divideScaled(x, y, precision))
      expect(scaledText(quotient)).toBe(decimalOf(Ctor, x).div(decimalOf(Ctor, y)).toFixed())
    }
  },
)

// Exact halves: x = y × q for a quotient q of one digit more than kept, ending in 5 (rounds away from zero),
// and its neighbours ending in 4 and 6.
test.prop(
  [
    fc.stringMatching(/^[1-9]\d{0,39}$/),
    fc.constantFrom('4', '5', '6'),
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
    fc.boolean(),
  ],
  propertyRuns(200),
)('rounds exact halves up, away from zero', (head, last, b, negative) => {
  const precision = head.length
  const q = BigInt(head + last)
  const x: Scaled = { c: (negative ? -q : q) * b, e: -3 }
  const y: Scaled = { c: b, e: 0 }
  const quotient = new ScaledDivisor(y, precision).divide(x.c, x.e)
  expect(quotient).toEqual(divideScaled(x, y, precision))
  const Ctor = Dec.clone({ precision })
  expect(scaledText(quotient)).toBe(decimalOf(Ctor, x).div(decimalOf(Ctor, y)).toFixed())
})

// Quotients at a power of ten and just beside it, where the quotient's length (digits + 1 or + 2) changes.
test.prop(
  [
    fc.bigInt({ min: 1n, max: 10n ** 20n }),
    fc.integer({ min: 0, max: 45 }),
    fc.bigInt({ min: -2n, max: 2n }),
    fc.oneof(fc.constant(40), fc.integer({ min: 1, max: 12 })),
  ],
  propertyRuns(200),
)('divides quotients at and beside a power of ten', (b, m, offset, precision) => {
  const x: Scaled = { c: b * 10n ** BigInt(m) + offset, e: 0 }
  const y: Scaled = { c: b, e: 0 }
  expect(new ScaledDivisor(y, precision).divide(x.c, x.e)).toEqual(divideScaled(x, y, precision))
})
