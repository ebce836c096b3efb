// Skewness and kurtosis as COINr computes them (e1071 type 2, Excel's SKEW and KURT), with the engine's guard
// digits: sums and powers are exact, the mean and the square root are computed to 60 digits, and the results
// are rounded once to 40.
import { type Dec, dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'

/** Sample skewness and kurtosis of a set of values, or `null` where they are undefined. */
export interface Moments {
  /** `null` with fewer than 3 values or no spread. */
  readonly skew: Dec | null
  /** `null` with fewer than 4 values or no spread. */
  readonly kurtosis: Dec | null
}

/**
 * COINr's `skew()` and `kurt()` (e1071's type 2, as Excel's SKEW and KURT): with `d = x − mean`,
 * skew = √n·Σd³ / (Σd²)^(3/2) · √(n(n−1)) / (n−2) and kurtosis = ((n+1)(r−3)+6)(n−1) / ((n−2)(n−3)) with
 * r = n·Σd⁴ / (Σd²)². Computed with 20 guard digits and rounded once to 40 significant digits, so both agree
 * with the exact values to at least 38 significant digits (the only inexact operations are one division for
 * the mean and two square roots, each correctly rounded at 60 digits).
 *
 * @example
 * ```ts
 * moments([dec(1), dec(2), dec(3), dec(10)]).skew?.toSignificantDigits(6).toFixed() // '1.76363'
 * ```
 */
export function moments(values: ReadonlyArray<Dec>): Moments {
  const n = values.length
  if (n < 3) return { skew: null, kurtosis: null }
  const wide = values.map((value) => new WideDec(value))
  const mean = wide.reduce((total, value) => total.plus(value), new WideDec(0)).div(n)
  let s2 = new WideDec(0)
  let s3 = new WideDec(0)
  let s4 = new WideDec(0)
  for (const value of wide) {
    const d = value.minus(mean)
    const d2 = d.times(d)
    s2 = s2.plus(d2)
    s3 = s3.plus(d2.times(d))
    s4 = s4.plus(d2.times(d2))
  }
  if (s2.isZero()) return { skew: null, kurtosis: null }
  const skew = new WideDec(n)
    .sqrt()
    .times(s3)
    .div(s2.times(s2.sqrt()))
    .times(new WideDec(n * (n - 1)).sqrt())
    .div(n - 2)
  if (n < 4) return { skew: narrow(skew), kurtosis: null }
  const r = new WideDec(n).times(s4).div(s2.times(s2))
  const kurtosis = r
    .minus(3)
    .times(n + 1)
    .plus(6)
    .times(n - 1)
    .div((n - 2) * (n - 3))
  return { skew: narrow(skew), kurtosis: narrow(kurtosis) }
}

/**
 * COINr's `check_SkewKurt`: a column passes when |skew| < `skewLimit` or kurtosis < `kurtosisLimit`; it
 * fails only when both are at or beyond their limits. Undefined moments (no spread) pass.
 *
 * @example
 * ```ts
 * passesSkewKurtosis({ skew: dec(2.5), kurtosis: dec(3) }, dec(2), dec('3.5')) // true: kurtosis is below
 * ```
 */
export function passesSkewKurtosis(found: Moments, skewLimit: Dec, kurtosisLimit: Dec): boolean {
  if (found.skew === null || found.kurtosis === null) return true
  return found.skew.abs().lt(skewLimit) || found.kurtosis.lt(kurtosisLimit)
}

/** A moment for a message: six significant digits, or `undefined`. */
export function showMoment(value: Dec | null): string {
  return value === null ? 'undefined' : dec(value.toSignificantDigits(6)).toFixed()
}
