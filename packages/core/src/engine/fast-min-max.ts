// The built-in `chiso/min-max` (normalisers/min-max.ts) for a whole column on exact BigInt-scaled values
// (decimal/scaled.ts) instead of a chain of decimal.js objects per cell. It takes the same steps with the same
// roundings — the spread at 40 digits, each step of the rescaling at 60 (WideDec), one rounding to 40 — so every
// value is the plugin's digit for digit (fast-min-max.prop.test.ts). A change to the plugin's arithmetic must
// be mirrored here.
import { Dec } from '../decimal/decimal.js'
import { WideDec } from '../decimal/guard-digits.js'
import {
  addScaled,
  compareScaled,
  digitCount,
  divideScaled,
  multiplyScaled,
  pow10,
  roundScaled,
  type Scaled,
  scaledText,
  subtractScaled,
} from '../decimal/scaled.js'
import type { MinMaxOptionsSchema } from '../normalisers/min-max.js'
import type { DecimalCache } from './decimal-cache.js'
import { zeroToPowerOfTenRoundedSpread } from './fast-min-max-rounded-spread.js'

/**
 * The parsed options of `chiso/min-max`.
 *
 * @example
 * ```ts
 * const options: MinMaxOptions = { l: '0', u: '100', whenNoSpread: 'middle' }
 * ```
 */
export type MinMaxOptions = ReturnType<(typeof MinMaxOptionsSchema)['parse']>

const NARROW = Dec.precision
const WIDE = WideDec.precision
const POWER_OF_TEN = /^(?:10*|0\.0*1)$/
// Columns whose values' last digits lie further apart than this many places go to the plugin: their integers
// of one unit would be long. Data (at most 17 digits each) reach it only with magnitudes some 40 places apart.
const MAX_ALIGNMENT = 60

/**
 * `chiso/min-max` of a column, or `undefined` when the plugin itself must run: a column without values or
 * without spread (the plugin reports `NO_SPREAD`), or values so far apart in magnitude that decimal.js adds
 * them on a shortened operand (see `addScaled`).
 *
 * @example
 * ```ts
 * minMaxColumn([dec('2'), null, dec('6')], { l: '0', u: '100', whenNoSpread: 'middle' }, 1, cache)
 * // → [0, null, 100] as decimals
 * ```
 */
export function minMaxColumn(
  values: ReadonlyArray<Dec | null>,
  options: MinMaxOptions,
  direction: 1 | -1,
  cache: DecimalCache,
): Array<Dec | null> | undefined {
  // The column as integers of one unit (the smallest exponent among its values), oriented: min, max and every
  // x − min are then plain BigInt comparisons and subtractions.
  const size = values.length
  const exact: Array<Scaled | null> = new Array(size)
  let unitExponent = Number.POSITIVE_INFINITY
  let topExponent = Number.NEGATIVE_INFINITY
  for (let unit = 0; unit < size; unit++) {
    const value = values[unit]
    if (value === null || value === undefined) {
      exact[unit] = null
      continue
    }
    const scaled = cache.exact(value)
    exact[unit] = scaled
    if (scaled.e < unitExponent) unitExponent = scaled.e
    if (scaled.e > topExponent) topExponent = scaled.e
  }
  // No value, or magnitudes so far apart that the integers would be long (the plugin takes that column).
  if (unitExponent === Number.POSITIVE_INFINITY || topExponent - unitExponent > MAX_ALIGNMENT)
    return undefined
  const aligned: Array<bigint | null> = new Array(size)
  let low: bigint | null = null
  let high: bigint | null = null
  for (let unit = 0; unit < size; unit++) {
    const scaled = exact[unit]!
    if (scaled === null) {
      aligned[unit] = null
      continue
    }
    let integer = direction === 1 ? scaled.c : -scaled.c
    if (scaled.e !== unitExponent) integer *= pow10(scaled.e - unitExponent)
    aligned[unit] = integer
    if (low === null || integer < low) low = integer
    if (high === null || integer > high) high = integer
  }
  const min: Scaled = { c: low!, e: unitExponent }
  const max: Scaled = { c: high!, e: unitExponent }
  const spread = subtractScaled(max, min, NARROW)
  if (spread === undefined || spread.c === 0n) return undefined
  const lowest = cache.dec(options.l)
  const highest = cache.dec(options.u)
  const l = cache.exact(lowest)
  const u = cache.exact(highest)
  const width = subtractScaled(u, l, NARROW)
  if (width === undefined) return undefined
  const widthText = scaledText(width)
  if (l.c === 0n && POWER_OF_TEN.test(widthText)) {
    const fused =
      zeroToPowerOfTen(aligned, low!, high! - low!, widthText, lowest, highest, cache) ??
      zeroToPowerOfTenRoundedSpread(aligned, low!, high!, widthText, lowest, highest, cache)
    if (fused !== undefined) return fused
  }
  const rescale = columnRescaling(spread, width, l)
  const result: Array<Dec | null> = new Array(values.length)
  for (let unit = 0; unit < values.length; unit++) {
    const integer = aligned[unit]!
    if (integer === null) {
      result[unit] = null
      continue
    }
    const shifted = subtractScaled({ c: integer, e: unitExponent }, min, WIDE)
    const rescaled = shifted === undefined ? undefined : rescale(shifted)
    if (rescaled === undefined) return undefined
    const scaled = roundScaled(rescaled.c, rescaled.e, NARROW)
    result[unit] =
      compareScaled(scaled, l) < 0 ? lowest : compareScaled(scaled, u) > 0 ? highest : cache.fromExact(scaled)
  }
  return result
}

// The rounding of the plugin's q60 = round60(z) followed by round40(q60), read from one integer quotient
// Q = ⌊z·10^k⌋ of m = 60 + t digits (t = 1 or 2): write Q = H·10^(t+20) + L. Rounding to 60 digits rounds up when
// L mod 10^t ≥ 5·10^(t−1), and the 40-digit rounding of that rounds up when ⌊L / 10^t⌋ plus that carry reaches
// 5·10^19; together, exactly when L ≥ 5·10^(t−1)·(10^20 − 1). The quotient's remainder never matters: both
// thresholds are integers, and the part of z·10^k below Q's last digit is less than one.
const ROUNDS_UP = [0n, 5n * (10n ** 20n - 1n), 50n * (10n ** 20n - 1n)]
const SPLIT = [0n, 10n ** 21n, 10n ** 22n]
const SIXTY_ONE_DIGITS = 10n ** 61n
const CARRY_IN = [0n, SPLIT[1]! - ROUNDS_UP[1]!, SPLIT[2]! - ROUNDS_UP[2]!]

/**
 * A quotient of 61 or 62 digits rounded half up to 60 significant digits and then to 40, as the plugin's
 * `narrow(WideDec quotient)` rounds it, in one division (see ROUNDS_UP); the result is `c × 10^e` of the input
 * (times 10^exponent when given). The column path ({@link PowerOfTenPlan}) folds this rounding into its
 * divisor; this is the rounding it folds, tested on its own against rounding twice.
 *
 * @example
 * ```ts
 * roundSixtyThenForty(10n ** 61n - 1n) // { c: 10n ** 40n, e: 21 }: 99…9 (61 nines) rounds up to 10^61
 * ```
 */
export function roundSixtyThenForty(quotient: bigint, exponent = 0): Scaled {
  const t = quotient >= SIXTY_ONE_DIGITS ? 2 : 1
  // L ≥ ROUNDS_UP exactly when adding SPLIT − ROUNDS_UP carries into H: one addition and one division.
  return { c: (quotient + CARRY_IN[t]!) / SPLIT[t]!, e: t + 20 + exponent }
}

/**
 * The common case `l = 0` with a power-of-ten width (COINr's 0–100): for x − min = D and spread S as integers of
 * one unit, the plugin's value is round40(round60(D · width ÷ S)), taken here from one BigInt division. Undefined
 * when the spread has more than 40 digits (the plugin rounds it first): the general steps take that column.
 */
function zeroToPowerOfTen(
  aligned: ReadonlyArray<bigint | null>,
  low: bigint,
  spread: bigint,
  widthText: string,
  lowest: Dec,
  highest: Dec,
  cache: DecimalCache,
): Array<Dec | null> | undefined {
  const spreadDigits = digitCount(spread)
  if (spreadDigits > NARROW) return undefined
  // width = 10^w
  const w = widthText.startsWith('0') ? -(widthText.length - 2) : widthText.length - 1
  const plan = new PowerOfTenPlan(low, spread, spreadDigits, w)
  const high = low + spread
  const result: Array<Dec | null> = new Array(aligned.length)
  for (let unit = 0; unit < aligned.length; unit++) {
    const integer = aligned[unit]!
    if (integer === null) result[unit] = null
    else if (integer === low) result[unit] = lowest
    else if (integer === high) result[unit] = highest
    else result[unit] = cache.fromExact(plan.valueOf(integer))
  }
  return result
}

/**
 * One column's constants for {@link zeroToPowerOfTen}, so that each value costs one multiplication, one
 * addition and one division. With D = x − low of d digits, p = 61 + (digits of S) − d and Q = ⌊D·10^p ÷ S⌋ (61
 * or 62 digits, t = 1 or 2), the plugin's value is ⌊(Q + CARRY_IN[t]) ÷ SPLIT[t]⌋ × 10^(t + 20 + w − p)
 * (see {@link roundSixtyThenForty}); for positive integers ⌊(⌊X ÷ S⌋ + K) ÷ M⌋ = ⌊(X + K·S) ÷ (S·M)⌋, so with
 * X = x·10^p − low·10^p the coefficient is ⌊(x·10^p + C) ÷ (S·SPLIT[t])⌋, C = CARRY_IN[t]·S − low·10^p. The
 * digit count d and t are read by comparing x with thresholds (no BigInt made): D ≥ 10^k exactly when
 * x ≥ low + 10^k, and Q ≥ 10^61 exactly when D·10^p ≥ S·10^61, i.e. D ≥ ⌈S ÷ 10^(digits of S − d)⌉. The constants
 * of a digit count are made when a value of that many digits first comes.
 *
 * SPLIT[t] = 10^(20+t) divides 10^p (p ≥ 22), so it is taken out of both sides before dividing: with
 * C = C'·SPLIT[t] + r (C' = ⌊C ÷ SPLIT[t]⌋, 0 ≤ r < SPLIT[t], also for a negative C), the numerator is
 * (x·10^(p−20−t) + C')·SPLIT[t] + r, and ⌊⌊N ÷ M⌋ ÷ S⌋ = ⌊N ÷ (M·S)⌋ makes the coefficient
 * ⌊(x·10^(p−20−t) + C') ÷ S⌋: a dividend of about 41 digits and a divisor of the spread's digits (often one
 * machine word) instead of 62 and 40 or more, three times faster per value. As low·10^p is a multiple of
 * SPLIT[t], C' = ⌊CARRY_IN[t]·S ÷ SPLIT[t]⌋ − low·10^(p−20−t), the first term a constant of the column, and
 * the same for t = 1 and 2: CARRY_IN[t] = SPLIT[t] ÷ 2 + 5·10^(t−1), so CARRY_IN[t]·S ÷ SPLIT[t] is
 * S ÷ 2 + S ÷ (2·10^20) either way.
 */
class PowerOfTenPlan {
  /** low + 10^k at k, made when first compared with (most values have the spread's digits or one fewer). */
  private readonly lowPlus: Array<bigint | undefined>
  private readonly twoAt: bigint[] = []
  /** C' = ⌊C ÷ SPLIT[t]⌋ of values with d digits, at 2d + t − 1. */
  private readonly offsets: bigint[] = []
  /** ⌊CARRY_IN[t]·S ÷ SPLIT[t]⌋, the same for both t (non-negative, so BigInt's truncating `/` floors it). */
  private readonly carry: bigint

  constructor(
    private readonly low: bigint,
    private readonly spread: bigint,
    private readonly spreadDigits: number,
    private readonly w: number,
  ) {
    this.lowPlus = new Array<bigint | undefined>(spreadDigits).fill(undefined)
    this.carry = (CARRY_IN[1]! * spread) / SPLIT[1]!
  }

  /** The plugin's value of a point x (as an integer of one unit) strictly between low and low + S. */
  valueOf(x: bigint): Scaled {
    const { lowPlus, spreadDigits } = this
    let digits = spreadDigits
    while (digits > 1) {
      let bound = lowPlus[digits - 1]
      if (bound === undefined) {
        bound = this.low + pow10(digits - 1)
        lowPlus[digits - 1] = bound
      }
      if (x >= bound) break
      digits--
    }
    let twoAt = this.twoAt[digits]
    if (twoAt === undefined) twoAt = this.prepare(digits)
    const t = x >= twoAt ? 2 : 1
    const p = 61 + spreadDigits - digits
    // Non-negative (it is ⌊(D·10^p + CARRY_IN[t]·S) ÷ SPLIT[t]⌋ with D > 0), so BigInt's truncation is ⌊ ⌋.
    const c = (x * pow10(p - 20 - t) + this.offsets[2 * digits + t - 1]!) / this.spread
    return { c, e: t + 20 + this.w - p }
  }

  /** The threshold of t = 2 and the two offsets C' of values with `digits` digits; returns the threshold. */
  private prepare(digits: number): bigint {
    const { low, spread, spreadDigits } = this
    const down = pow10(spreadDigits - digits)
    // ⌈S ÷ 10^(digits of S − d)⌉
    const twoAt = low + (spread + down - 1n) / down
    const p = 61 + spreadDigits - digits
    this.offsets[2 * digits] = this.carry - low * pow10(p - 21)
    this.offsets[2 * digits + 1] = this.carry - low * pow10(p - 22)
    this.twoAt[digits] = twoAt
    return twoAt
  }
}

/**
 * The plugin's `columnRescaling` on exact values: `÷ (spread ÷ width)` when the width is a power of ten (the
 * divisor is exact), then `+ l` unless l is 0; otherwise `× width ÷ spread + l`. Every step rounds at 60 digits.
 */
function columnRescaling(spread: Scaled, width: Scaled, l: Scaled): (shifted: Scaled) => Scaled | undefined {
  if (POWER_OF_TEN.test(scaledText(width))) {
    const divisor = divideScaled(roundScaled(spread.c, spread.e, WIDE), width, WIDE)
    if (l.c === 0n) return (shifted) => divideScaled(shifted, divisor, WIDE)
    return (shifted) => addScaled(divideScaled(shifted, divisor, WIDE), l, WIDE)
  }
  return (shifted) => addScaled(divideScaled(multiplyScaled(shifted, width, WIDE), spread, WIDE), l, WIDE)
}
