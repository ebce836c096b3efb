import { dec, toDecimalString } from '@chiso/core'
import * as fc from 'fast-check'

/**
 * Options of {@link decimalStringArb}.
 *
 * @example
 * ```ts
 * const options: DecimalStringArbOptions = { min: '0', max: '10', scale: 2 }
 * fc.sample(decimalStringArb(options), 3) // e.g. ['7.25', '0.5', '10']
 * ```
 *
 * @category Testing
 */
export interface DecimalStringArbOptions {
  /** Smallest value (a decimal string or an integer). Default `'0'`. */
  min?: string | number
  /** Largest value (a decimal string or an integer). Default `'100'`. */
  max?: string | number
  /** Most digits after the decimal point. Default `2`. */
  scale?: number
}

/**
 * Decimal strings in `[min, max]` with at most `scale` digits after the point, in the plain normalised form
 * chiso writes (`'2.5'`, never `'2.50'`, `'2.5e0'` or `'-0'`). Values are built from (big) integers scaled by
 * `10^-scale`, never through binary floats, so every value is exact. Bounds that are not multiples of
 * `10^-scale` are moved inwards. Shrinks towards `min`.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check'
 * import { decimalStringArb } from '@chiso/sdk/testing'
 *
 * fc.sample(decimalStringArb({ min: '0', max: '1.5', scale: 2 }), { numRuns: 3, seed: 1 })
 * // e.g. ['0.37', '1.5', '0']
 * ```
 *
 * @category Testing
 */
export function decimalStringArb(options: DecimalStringArbOptions = {}): fc.Arbitrary<string> {
  const scale = options.scale ?? 2
  if (!Number.isInteger(scale) || scale < 0 || scale > 30) {
    throw new RangeError(`decimalStringArb: scale must be an integer in [0, 30], got ${scale}`)
  }
  const factor = dec(10).pow(scale)
  const low = dec(options.min ?? '0')
    .times(factor)
    .ceil()
  const high = dec(options.max ?? '100')
    .times(factor)
    .floor()
  if (low.gt(high)) {
    throw new RangeError(
      `decimalStringArb: no value with ${scale} decimals in [${String(options.min ?? '0')}, ${String(options.max ?? '100')}]`,
    )
  }
  return fc
    .bigInt({ min: BigInt(low.toFixed()), max: BigInt(high.toFixed()) })
    .map((units) => toDecimalString(dec(units.toString()).div(factor)))
}
