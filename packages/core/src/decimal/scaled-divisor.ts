// Division by one divisor many times (a mean's weight sum, the same for every unit with the same children
// present), correctly rounded half up as `divideScaled` and decimal.js round it, in one multiplication, one
// addition and one division per quotient instead of `divideScaled`'s eight or so BigInt operations.
import { digitCount, pow10, type Scaled } from './scaled.js'

const ZERO: Scaled = { c: 0n, e: 0 }

/**
 * `x ÷ y` rounded half up to `digits` significant digits, for a fixed `y ≠ 0` and many `x`: the same `{ c, e }`
 * as `divideScaled(x, y, digits)`.
 *
 * Why one division is enough: with `x = a × 10^e` (a > 0 of dA digits) and b = |y.c| of dB digits, shifting a
 * by s = digits + 1 + dB − dA makes ⌊a·10^s ÷ b⌋ a quotient Q of digits + 1 or digits + 2 digits (which one, a
 * comparison of a·10^s with b·10^(digits + 1) says). Rounding half up drops k = 1 or 2 digits and rounds away
 * when the dropped part is at least 5·10^(k−1): an integer, so the fraction below Q never decides it, and the
 * result is ⌊(Q + 5·10^(k−1)) ÷ 10^k⌋ = ⌊(a·10^s + 5·10^(k−1)·b) ÷ (10^k·b)⌋.
 *
 * @example
 * ```ts
 * new ScaledDivisor({ c: 3n, e: 0 }, 4).divide(2n, 0) // { c: 6667n, e: -4 }, as divideScaled
 * ```
 */
export class ScaledDivisor {
  private readonly negative: boolean
  private readonly divisorDigits: number
  private readonly exponent: number
  /** b·10^(digits + 1): a shifted dividend from here on gives a quotient of digits + 2 digits. */
  private readonly longAt: bigint
  private readonly halfOne: bigint
  private readonly unitOne: bigint
  private readonly halfTwo: bigint
  private readonly unitTwo: bigint

  constructor(
    divisor: Scaled,
    private readonly digits: number,
  ) {
    if (divisor.c === 0n) throw new RangeError('division by zero')
    this.negative = divisor.c < 0n
    const b = this.negative ? -divisor.c : divisor.c
    this.divisorDigits = digitCount(b)
    this.exponent = divisor.e
    this.longAt = b * pow10(digits + 1)
    this.halfOne = 5n * b
    this.unitOne = 10n * b
    this.halfTwo = 50n * b
    this.unitTwo = 100n * b
  }

  /**
   * `c × 10^e ÷ divisor`, rounded; `digitsOfC`, when the caller knows it, saves counting the digits of |c|.
   *
   * @example
   * ```ts
   * new ScaledDivisor({ c: 6n, e: 0 }, 40).divide(1n, 0) // 1/6 to 40 digits
   * ```
   */
  divide(c: bigint, e: number, digitsOfC?: number): Scaled {
    if (c === 0n) return ZERO
    const negative = c < 0n
    const a = negative ? -c : c
    const shift = this.digits + 1 + this.divisorDigits - (digitsOfC ?? digitCount(a))
    // A dividend longer than the quotient needs (more digits than digits + 1 + dB) would need a shift down.
    if (shift < 0) return this.divideShortened(a, negative, e, shift)
    const shifted = shift === 0 ? a : a * pow10(shift)
    const long = shifted >= this.longAt
    const q = long ? (shifted + this.halfTwo) / this.unitTwo : (shifted + this.halfOne) / this.unitOne
    return {
      c: negative !== this.negative ? -q : q,
      e: e - this.exponent - shift + (long ? 2 : 1),
    }
  }

  /** A dividend with more digits than the quotient keeps: the same rounding with the divisor scaled up instead. */
  private divideShortened(a: bigint, negative: boolean, e: number, shift: number): Scaled {
    // Q = ⌊a ÷ (b·10^−shift)⌋; the constants scale by the same power, so the identities above hold.
    const up = pow10(-shift)
    const long = a >= this.longAt * up
    const q = long
      ? (a + this.halfTwo * up) / (this.unitTwo * up)
      : (a + this.halfOne * up) / (this.unitOne * up)
    return {
      c: negative !== this.negative ? -q : q,
      e: e - this.exponent - shift + (long ? 2 : 1),
    }
  }
}
