import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { expect } from 'vitest'
import { Dec } from './decimal.js'
import {
  addScaled,
  compareScaled,
  divideScaled,
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
