// The one-division min-max from 0 to a power of ten (engine/fast-min-max.ts, `zeroToPowerOfTen`) for columns
// whose spread has more than 40 digits, where the plugin (normalisers/min-max.ts) rounds the spread to 40 digits
// before dividing. Such columns are common after the pipeline's stages: a denominated, imputed or treated value
// has 40 significant digits, and values of different magnitudes aligned to one unit give spreads of 41–60
// digits, which otherwise took the step-by-step path (a subtraction, a division and a rounding per value).
import type { Dec } from '../decimal/decimal.js'
import { digitCount, pow10, roundScaled, type Scaled } from '../decimal/scaled.js'
import type { DecimalCache } from './decimal-cache.js'

// The plugin's precisions: the spread is a 40-digit decimal, x − min a 60-digit one (guard digits).
const NARROW = 40
const WIDE = 60
// decimal.js subtracts exactly when the operands' leading digits lie at most this far apart (as `addScaled`).
const MAX_GAP = 40
// `roundSixtyThenForty` (fast-min-max.ts) rounds a quotient Q of 61 (t = 1) or 62 (t = 2) digits to 60 and then
// 40 digits as ⌊(Q + CARRY_IN[t]) ÷ SPLIT[t]⌋, with SPLIT[t] = 10^(t+20) and CARRY_IN[t] = SPLIT[t] − 5·10^(t−1)·(10^20 − 1).
const SPLIT = [0n, 10n ** 21n, 10n ** 22n]
const CARRY_IN = [0n, SPLIT[1]! - 5n * (10n ** 20n - 1n), SPLIT[2]! - 50n * (10n ** 20n - 1n)]

/**
 * `chiso/min-max` with l = 0 and u = 10^w (COINr's 0–100) of a column already aligned to one unit, when the
 * spread S = high − low has 41 to 60 digits: the plugin computes `round40(round60((x − min) ÷ (S₄₀ ÷ 10^w)))`,
 * with S₄₀ = s·10^k the spread rounded to 40 digits and x − min exact (at most 60 digits); that is
 * `round40(round60(D·10^(w−k) ÷ s))` for D = x − min, taken from one BigInt division of D·10^p by s (p chosen so
 * the quotient has 61 or 62 digits, see `roundSixtyThenForty`; here the quotient and its rounding are one
 * division). A value above u (S₄₀ below S) is u, as the
 * plugin clamps it. `undefined` when the column is not such a one: a spread of up to 40 digits (the exact
 * one-division path takes it) or over 60, or a value whose leading digit lies more than 40 places from the
 * minimum's (the step-by-step path declines those, and so does this one).
 *
 * @example
 * ```ts
 * // 0.1 and 12.3456…(40 digits) aligned to one unit of 10^-38, from 0 to 100
 * zeroToPowerOfTenRoundedSpread(aligned, low, high, '100', dec('0'), dec('100'), cache)
 * ```
 */
export function zeroToPowerOfTenRoundedSpread(
  aligned: ReadonlyArray<bigint | null>,
  low: bigint,
  high: bigint,
  widthText: string,
  lowest: Dec,
  highest: Dec,
  cache: DecimalCache,
): Array<Dec | null> | undefined {
  const spread = high - low
  const spreadDigits = digitCount(spread)
  if (spreadDigits <= NARROW || spreadDigits > WIDE) return undefined
  // S₄₀ = s·10^k, rounded half up as decimal.js rounds the plugin's `max.minus(min)`.
  const rounded = roundScaled(spread, 0, NARROW)
  // u − l = 10^w
  const w = widthText.startsWith('0') ? -(widthText.length - 2) : widthText.length - 1
  // x − min is exact when its operands' leading digits lie at most 40 places apart (or one of them is 0). With
  // low and high both above 0 (both below) every x lies between them in magnitude, so their digit counts bound
  // every gap; with low below 0 and high not, each value is checked; with low = 0 nothing needs checking.
  const lowDigits = low === 0n ? 0 : digitCount(low < 0n ? -low : low)
  const eachValue = low < 0n && high >= 0n
  if (low !== 0n && !eachValue) {
    const highDigits = digitCount(high < 0n ? -high : high)
    if (Math.abs(highDigits - lowDigits) > MAX_GAP) return undefined
  }
  const plan = new RoundedSpreadPlan(low, spreadDigits, rounded.c, w - rounded.e, cache.exact(highest))
  const result: Array<Dec | null> = new Array(aligned.length)
  for (let unit = 0; unit < aligned.length; unit++) {
    const integer = aligned[unit]!
    if (integer === null) {
      result[unit] = null
      continue
    }
    if (eachValue && integer !== 0n) {
      const gap = digitCount(integer < 0n ? -integer : integer) - lowDigits
      if (gap > MAX_GAP || gap < -MAX_GAP) return undefined
    }
    if (integer === low) {
      result[unit] = lowest
      continue
    }
    const value = plan.valueOf(integer)
    result[unit] = value === undefined ? highest : cache.fromExact(value)
  }
  return result
}

/**
 * One column's constants for {@link zeroToPowerOfTenRoundedSpread}, so that each value costs one multiplication,
 * one addition, one division and a comparison or two, as `PowerOfTenPlan` (fast-min-max.ts) does for spreads of
 * up to 40 digits. With D = x − low of d digits, p = 61 + (digits of s) − d and Q = ⌊D·10^p ÷ s⌋ (61 or 62
 * digits, t = 1 or 2), the value is ⌊(Q + CARRY_IN[t]) ÷ SPLIT[t]⌋ × 10^(t + 20 + shift − p), shift = w − k;
 * ⌊(⌊X ÷ s⌋ + K) ÷ M⌋ = ⌊(X + K·s) ÷ (s·M)⌋ for positive integers, so with X = x·10^p − low·10^p its coefficient
 * is ⌊(x·10^p + C) ÷ (s·SPLIT[t])⌋, C = CARRY_IN[t]·s − low·10^p. What varies with the value is read by comparing
 * x with thresholds (no BigInt made): D ≥ 10^j exactly when x ≥ low + 10^j; Q ≥ 10^61 exactly when
 * D ≥ s·10^(61−p), i.e. D ≥ s·10^(d − digits of s) or, for d below the digits of s, D ≥ ⌈s ÷ 10^(digits of s − d)⌉;
 * and the value lies above u = uc·10^ue exactly when its coefficient lies above uc·10^(ue − e), or above
 * ⌊uc ÷ 10^(e − ue)⌋ when e > ue (coefficients are positive). The constants of a digit count are made when a value
 * of that many digits first comes.
 */
class RoundedSpreadPlan {
  private readonly lowPlus: bigint[] = []
  // Per digit count d: the threshold of t = 2, then per t (at 2d + t − 1) the offset C and the bound above which
  // the value exceeds u.
  private readonly twoAt: bigint[] = []
  private readonly offsets: bigint[] = []
  private readonly above: bigint[] = []
  private readonly divisors: readonly [bigint, bigint]
  private readonly sDigits: number

  constructor(
    private readonly low: bigint,
    private readonly spreadDigits: number,
    private readonly s: bigint,
    private readonly shift: number,
    private readonly u: Scaled,
  ) {
    for (let j = 0; j < spreadDigits; j++) this.lowPlus.push(low + pow10(j))
    this.divisors = [s * SPLIT[1]!, s * SPLIT[2]!]
    this.sDigits = digitCount(s)
  }

  /** The plugin's value of a point x (an integer of one unit, above low), or `undefined` when it exceeds u. */
  valueOf(x: bigint): Scaled | undefined {
    const { lowPlus } = this
    let digits = this.spreadDigits
    while (digits > 1 && x < lowPlus[digits - 1]!) digits--
    let twoAt = this.twoAt[digits]
    if (twoAt === undefined) twoAt = this.prepare(digits)
    const t = x >= twoAt ? 2 : 1
    const p = 61 + this.sDigits - digits
    const at = 2 * digits + t - 1
    const c = (x * pow10(p) + this.offsets[at]!) / this.divisors[t - 1]!
    if (c > this.above[at]!) return undefined
    return { c, e: t + 20 + this.shift - p }
  }

  /** The constants of values with `digits` digits above low; returns the threshold of t = 2. */
  private prepare(digits: number): bigint {
    const { low, s, sDigits, u } = this
    const twoAt =
      low +
      (digits >= sDigits
        ? s * pow10(digits - sDigits)
        : (s + pow10(sDigits - digits) - 1n) / pow10(sDigits - digits))
    const p = 61 + sDigits - digits
    const lowShifted = low * pow10(p)
    for (const t of [1, 2]) {
      const e = t + 20 + this.shift - p
      this.offsets[2 * digits + t - 1] = CARRY_IN[t]! * s - lowShifted
      this.above[2 * digits + t - 1] = e <= u.e ? u.c * pow10(u.e - e) : u.c / pow10(e - u.e)
    }
    this.twoAt[digits] = twoAt
    return twoAt
  }
}
