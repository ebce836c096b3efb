// The 40-digit quotients of the pipeline's stages (a denominated value, an imputed mean) on exact BigInt-scaled
// values, as decimal.js divides: correctly rounded half up to 40 significant digits. `divideScaled`
// (decimal/scaled.ts) takes any precision and settles the rounding from the remainder; at a fixed 40 digits the
// integer quotient alone settles it (see quotientForty), which saves a multiplication, a subtraction and a
// second division per value.
import { Dec } from '../decimal/decimal.js'
import { digitCount, digitCountNear, halfPow10, pow10, type Scaled } from '../decimal/scaled.js'

// The configured precision (40).
const DIGITS = Dec.precision
const ZERO: Scaled = { c: 0n, e: 0 }
const FORTY_ONE_DIGITS = pow10(DIGITS + 1)

/**
 * `x ÷ y` (y ≠ 0) rounded half up to 40 significant digits, digit for digit as `divideScaled(x, y, 40)` and
 * decimal.js give it ({@link quotientBy}). `xDigits`, when known, is the number of digits of |x.c|.
 *
 * @example
 * ```ts
 * quotientForty({ c: 2n, e: 0 }, { c: 3n, e: 0 }) // 0.666…667 (40 sixes and sevens: c = 666…667n, e = -40)
 * ```
 */
export function quotientForty(x: Scaled, y: Scaled, xDigits?: number): Scaled {
  return quotientBy(x, divisorOf(y), xDigits)
}

/**
 * A divisor read once for many quotients ({@link quotientBy}): its coefficient's magnitude and digit count, its
 * sign and exponent. A denominator column is read so once per evaluation, however many leaves it divides.
 */
export interface Divisor {
  /** |y.c|, not 0. */
  readonly magnitude: bigint
  readonly digits: number
  readonly negative: boolean
  readonly e: number
}

/**
 * The {@link Divisor} of a non-zero `y`.
 *
 * @example
 * ```ts
 * divisorOf({ c: -25n, e: 1 }) // { magnitude: 25n, digits: 2, negative: true, e: 1 }
 * ```
 */
export function divisorOf(y: Scaled): Divisor {
  const magnitude = y.c < 0n ? -y.c : y.c
  return { magnitude, digits: digitsOf(magnitude), negative: y.c < 0n, e: y.e }
}

/**
 * {@link quotientForty} by a divisor read once ({@link divisorOf}). With Q = ⌊|x|·10^s ÷ |y|⌋ of 41 or 42
 * digits, the dropped part of the exact quotient is Q's last one or two digits plus a fraction below one unit:
 * it reaches half (5, or 50) exactly when those digits do, so the rounding is ⌊(Q + 5) ÷ 10⌋ (⌊(Q + 50) ÷ 100⌋)
 * and the remainder is never needed. `xDigits`, when known, is the number of digits of |x.c|.
 *
 * @example
 * ```ts
 * quotientBy({ c: 1n, e: 0 }, divisorOf({ c: 4n, e: 0 })) // 0.25: { c: 25n·10^38, e: -40 }
 * ```
 */
export function quotientBy(x: Scaled, y: Divisor, xDigits?: number): Scaled {
  if (x.c === 0n) return ZERO
  const negative = x.c < 0n !== y.negative
  const a = x.c < 0n ? -x.c : x.c
  const b = y.magnitude
  // |x|·10^s ÷ |y| lies strictly between 10^40 and 10^42.
  const shift = DIGITS + 1 + y.digits - (xDigits ?? digitsOf(a))
  const quotient = shift >= 0 ? (a * pow10(shift)) / b : a / (b * pow10(-shift))
  const long = quotient >= FORTY_ONE_DIGITS
  const kept = long ? (quotient + 50n) / 100n : (quotient + 5n) / 10n
  // x ÷ y = Q·10^(x.e − y.e − s), one or two digits dropped.
  return { c: negative ? -kept : kept, e: x.e - y.e - shift + (long ? 2 : 1) }
}

/**
 * A denominated value as decimal.js computes `value.times(scale).div(denominator)`: the product rounded half up
 * to 40 digits, then the quotient ({@link quotientForty}). A scale of 1 multiplies nothing.
 *
 * @example
 * ```ts
 * denominateForty({ c: 5n, e: 0 }, { c: 1000n, e: 0 }, { c: 4n, e: 0 }) // 1250
 * ```
 */
export function denominateForty(value: Scaled, scale: Scaled, denominator: Scaled): Scaled {
  return denominateBy(value, scale, divisorOf(denominator))
}

/**
 * {@link denominateForty} by a denominator read once ({@link divisorOf}).
 *
 * @example
 * ```ts
 * denominateBy({ c: 5n, e: 0 }, { c: 1000n, e: 0 }, divisorOf({ c: 4n, e: 0 })) // 1250
 * ```
 */
export function denominateBy(value: Scaled, scale: Scaled, denominator: Divisor): Scaled {
  const one = scale.c === 1n && scale.e === 0
  let c = one ? value.c : value.c * scale.c
  let e = one ? value.e : value.e + scale.e
  if (c === 0n) return ZERO
  const magnitude = c < 0n ? -c : c
  let digits = digitsOf(magnitude)
  if (digits > DIGITS) {
    const drop = digits - DIGITS
    const kept = (magnitude + halfPow10(drop)) / pow10(drop)
    c = c < 0n ? -kept : kept
    e += drop
    digits = digitCountNear(kept, DIGITS)
  }
  return quotientBy({ c, e }, denominator, digits)
}

// Below 2^53 a coefficient converts to a double exactly, and so do the powers of ten up to 10^15.
const EXACT_IN_DOUBLE = 2n ** 53n
const DOUBLE_POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)

/**
 * `digitCount` of a positive integer: for one below 2^53 (data of up to 15 digits, most of them) by comparing
 * its double with doubles, no BigInt made or compared; otherwise `digitCount`'s search.
 *
 * @example
 * ```ts
 * digitsOf(999n) // 3
 * ```
 */
export function digitsOf(a: bigint): number {
  if (a >= EXACT_IN_DOUBLE) return digitCount(a)
  const n = Number(a)
  let digits = 1
  while (digits < 16 && n >= DOUBLE_POW10[digits]!) digits++
  return digits
}
