import { Decimal } from 'decimal.js'

/**
 * The one configured Decimal class of chiso. Every computation goes through it, never through binary floats.
 *
 * - `precision: 40` significant digits: sums and products of published decimals are exact; only divisions,
 *   roots, logarithms and powers are cut to 40 significant digits (far below any published digit).
 * - `rounding: ROUND_HALF_UP` applies to that internal precision only; presentation rounding is declared by
 *   each methodology (see {@link roundDecimal}).
 * - `toExpNeg`/`toExpPos` are widened so `toString()` never switches to exponent notation.
 *
 * @example
 * ```ts
 * import { Dec } from '@chiso/core'
 * new Dec('0.1').plus('0.2').toString() // '0.3'
 * ```
 *
 * @category Decimal
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
})

/**
 * An instance of the configured {@link Dec} class.
 *
 * @category Decimal
 */
export type Dec = InstanceType<typeof Dec>

/**
 * Anything {@link dec} accepts: a decimal string, an integer-like number, or a Decimal.
 *
 * @example
 * ```ts
 * const values: DecimalLike[] = ['2.5', 100, dec('0.75')]
 * values.map((value) => dec(value).toString()) // ['2.5', '100', '0.75']
 * ```
 *
 * @category Decimal
 */
export type DecimalLike = string | number | Decimal

/**
 * Creates a {@link Dec} from a decimal string, a Decimal or a number.
 *
 * Numbers are accepted for literals in code (`dec(100)`); data must arrive as decimal strings.
 *
 * @example
 * ```ts
 * dec('70.695').toDecimalPlaces(2).toString() // '70.7'
 * ```
 *
 * @category Decimal
 */
export function dec(value: DecimalLike): Dec {
  return new Dec(value)
}

/**
 * Writes a decimal as a plain decimal string: no exponent, no trailing zeros, and never `-0`.
 *
 * @example
 * ```ts
 * toDecimalString(dec('1.50')) // '1.5'
 * toDecimalString(dec('-0'))   // '0'
 * ```
 *
 * @category Decimal
 */
export function toDecimalString(value: Decimal): string {
  if (value.isZero()) return '0'
  return value.toFixed()
}

const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

/**
 * Tells whether a string is a plain decimal number (`12`, `-0.5`, `3.`): no exponent, no separators.
 *
 * @example
 * ```ts
 * isDecimalString('85.78') // true
 * isDecimalString('1e3')   // false
 * ```
 *
 * @category Decimal
 */
export function isDecimalString(text: string): boolean {
  return DECIMAL_PATTERN.test(text)
}

/**
 * Converts a JavaScript number to a decimal string when that is lossless: finite and with at most 15
 * significant digits (so its shortest representation is the decimal it was written as). Returns `undefined`
 * otherwise.
 *
 * YAML and JSON parsers turn `max: 2.5` into a number; this keeps such literals usable without ever letting
 * a float with binary artefacts (`0.30000000000000004`) into a score.
 *
 * @example
 * ```ts
 * numberToDecimalString(2.5)      // '2.5'
 * numberToDecimalString(0.1 + 0.2) // undefined
 * ```
 *
 * @category Decimal
 */
export function numberToDecimalString(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined
  const precise = new Dec(value)
  if (precise.precision(true) > 15) return undefined
  return toDecimalString(precise)
}
