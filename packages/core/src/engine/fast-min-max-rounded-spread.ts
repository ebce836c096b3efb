// The one-division min-max from 0 to a power of ten (engine/fast-min-max.ts, `zeroToPowerOfTen`) for columns
// whose spread has more than 40 digits, where the plugin (normalisers/min-max.ts) rounds the spread to 40 digits
// before dividing. Such columns are common after the pipeline's stages: a denominated, imputed or treated value
// has 40 significant digits, and values of different magnitudes aligned to one unit give spreads of 41–60
// digits, which otherwise took the step-by-step path (a subtraction, a division and a rounding per value).
import type { Dec } from '../decimal/decimal.js'
import {
  compareScaled,
  digitCount,
  digitCountBelow,
  pow10,
  roundScaled,
  type Scaled,
} from '../decimal/scaled.js'
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
const SIXTY_ONE_DIGITS = 10n ** 61n

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
  const s = rounded.c
  const k = rounded.e
  const sDigits = digitCount(s)
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
  const u: Scaled = cache.exact(highest)
  // Q = ⌊N ÷ s⌋ for N = D·10^p, and ⌊(⌊N ÷ s⌋ + C) ÷ S⌋ = ⌊(N + C·s) ÷ (S·s)⌋ for positive integers: the two
  // divisions of the quotient and its rounding are one, by per-column constants; Q has 62 digits exactly when
  // N ≥ s·10^61.
  const longFrom = s * SIXTY_ONE_DIGITS
  const carry = [0n, CARRY_IN[1]! * s, CARRY_IN[2]! * s]
  const split = [0n, SPLIT[1]! * s, SPLIT[2]! * s]
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
    const shifted = integer - low
    if (shifted === 0n) {
      result[unit] = lowest
      continue
    }
    // D·10^p ÷ s lies in (10^60, 10^62) for p = 61 + digits(s) − digits(D).
    const p = 61 + sDigits - digitCountBelow(shifted, spreadDigits)
    const scaled = shifted * pow10(p)
    const t = scaled >= longFrom ? 2 : 1
    const value: Scaled = { c: (scaled + carry[t]!) / split[t]!, e: t + 20 + w - k - p }
    result[unit] = compareScaled(value, u) > 0 ? highest : cache.fromExact(value)
  }
  return result
}
