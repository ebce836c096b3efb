// Skewness and kurtosis as COINr computes them (e1071 type 2, Excel's SKEW and KURT). The central moments are
// exact: the values are scaled to integers and summed as BigInts, so the pass/fail test against the limits is an
// exact comparison of integers, with no rounding at all. Only a reported skew or kurtosis goes through a
// division and a square root, at the engine's guard-digit precision, rounded once to 40 significant digits.
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
 * The exact central moments of a set of values, scaled: with the values written as integers `xᵢ·10^p` and
 * Sₖ their power sums, `a2 = n·S2 − S1²` (= n·Σd²), `a3 = n²·S3 − 3n·S1·S2 + 2·S1³` (= n²·Σd³) and
 * `a4 = n³·S4 − 4n²·S1·S3 + 6n·S1²·S2 − 3·S1⁴` (= n³·Σd⁴), d = x − mean. Skewness and kurtosis do not depend
 * on the scale.
 */
interface CentralSums {
  readonly n: number
  readonly a2: bigint
  readonly a3: bigint
  readonly a4: bigint
}

/**
 * The values as integers at one common scale (`xᵢ·10^p`, p the most decimal places among them): what the
 * exact moment sums are computed from. Converted once per column, then reused while winsorising.
 *
 * @example
 * ```ts
 * scaledIntegers([dec('1.5'), dec(2)]) // [15n, 20n]
 * ```
 */
export function scaledIntegers(values: ReadonlyArray<Dec>): bigint[] {
  const places = values.reduce((most, value) => Math.max(most, value.decimalPlaces()), 0)
  const scale = dec(10).pow(places)
  return values.map((value) => BigInt(value.times(scale).toFixed(0)))
}

function centralSums(values: ReadonlyArray<Dec> | ReadonlyArray<bigint>): CentralSums {
  const n = values.length
  const ints =
    typeof values[0] === 'bigint' ? (values as ReadonlyArray<bigint>) : scaledIntegers(values as Dec[])
  let s1 = 0n
  let s2 = 0n
  let s3 = 0n
  let s4 = 0n
  for (const x of ints) {
    const x2 = x * x
    s1 += x
    s2 += x2
    s3 += x2 * x
    s4 += x2 * x2
  }
  const N = BigInt(n)
  return {
    n,
    a2: N * s2 - s1 * s1,
    a3: N * N * s3 - 3n * N * s1 * s2 + 2n * s1 * s1 * s1,
    a4: N * N * N * s4 - 4n * N * N * s1 * s3 + 6n * N * s1 * s1 * s2 - 3n * s1 * s1 * s1 * s1,
  }
}

/** A decimal as an exact fraction of BigInts (denominator > 0). */
function fraction(value: Dec): [bigint, bigint] {
  const places = value.decimalPlaces()
  return [BigInt(value.times(dec(10).pow(places)).toFixed(0)), 10n ** BigInt(places)]
}

/**
 * COINr's `skew()` and `kurt()` (e1071's type 2, as Excel's SKEW and KURT): with `d = x − mean`,
 * skew = √n·Σd³ / (Σd²)^(3/2) · √(n(n−1)) / (n−2) and kurtosis = ((n+1)(r−3)+6)(n−1) / ((n−2)(n−3)) with
 * r = n·Σd⁴ / (Σd²)². The moments are exact (integer sums); the square root and the divisions are computed
 * with 20 guard digits and rounded once, so both agree with the exact values to 38 significant digits or more.
 *
 * @example
 * ```ts
 * moments([dec(1), dec(2), dec(3), dec(10)]).skew?.toSignificantDigits(6).toFixed() // '1.76363'
 * ```
 */
export function moments(values: ReadonlyArray<Dec>): Moments {
  const n = values.length
  if (n < 3) return { skew: null, kurtosis: null }
  const { a2, a3, a4 } = centralSums(values)
  if (a2 === 0n) return { skew: null, kurtosis: null }
  const A2 = new WideDec(a2.toString())
  // skew = √(n(n−1)) / (n−2) · a3 / (a2·√a2)
  const skew = new WideDec(n * (n - 1))
    .sqrt()
    .times(a3.toString())
    .div(A2.times(A2.sqrt()).times(n - 2))
  if (n < 4) return { skew: narrow(skew), kurtosis: null }
  // r = a4 / a2²; kurtosis = ((n+1)(r−3)+6)(n−1) / ((n−2)(n−3))
  const r = new WideDec(a4.toString()).div(A2.times(A2))
  const kurtosis = r
    .minus(3)
    .times(n + 1)
    .plus(6)
    .times(n - 1)
    .div((n - 2) * (n - 3))
  return { skew: narrow(skew), kurtosis: narrow(kurtosis) }
}

/**
 * COINr's `check_SkewKurt`, decided exactly: a column passes when |skew| < `skewLimit` or kurtosis <
 * `kurtosisLimit`, and fails only when both are at or beyond their limits. The test compares integers
 * (n(n−1)·a3² against limit²·(n−2)²·a2³, and likewise for kurtosis), so no rounding can flip it. Undefined
 * moments (fewer than 4 values, or no spread) pass.
 *
 * @example
 * ```ts
 * passesSkewKurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100].map((x) => dec(x)), dec(2), dec('3.5')) // false
 * ```
 */
export function passesSkewKurtosis(
  values: ReadonlyArray<Dec> | ReadonlyArray<bigint>,
  skewLimit: Dec,
  kurtosisLimit: Dec,
): boolean {
  const n = values.length
  if (n < 4) return true
  const { a2, a3, a4 } = centralSums(values)
  if (a2 === 0n) return true
  const N = BigInt(n)
  const [sn, sd] = fraction(skewLimit)
  const [kn, kd] = fraction(kurtosisLimit)
  // |skew| < s ⟺ n(n−1)·a3²·sd² < sn²·(n−2)²·a2³ (for s > 0; no |skew| is below a limit ≤ 0).
  const skewBelow = sn > 0n && N * (N - 1n) * a3 * a3 * sd * sd < sn * sn * (N - 2n) * (N - 2n) * a2 * a2 * a2
  // kurtosis < k ⟺ ((n+1)(a4 − 3a2²) + 6a2²)(n−1)·kd < kn·(n−2)(n−3)·a2²
  const squared = a2 * a2
  const kurtosisBelow =
    ((N + 1n) * (a4 - 3n * squared) + 6n * squared) * (N - 1n) * kd < kn * (N - 2n) * (N - 3n) * squared
  return skewBelow || kurtosisBelow
}

/** The sign of the skew: true when it is ≥ 0 (COINr winsorises the high end then). */
export function skewIsNonNegative(values: ReadonlyArray<Dec> | ReadonlyArray<bigint>): boolean {
  return values.length < 3 || centralSums(values).a3 >= 0n
}

/** A moment for a message: six significant digits, or `undefined`. */
export function showMoment(value: Dec | null): string {
  return value === null ? 'undefined' : dec(value.toSignificantDigits(6)).toFixed()
}

/**
 * Skew and kurtosis for a message (six significant digits): from the exact integer sums, with the final
 * square root and divisions in float64 — ample for six digits, and far cheaper than {@link moments}' 60-digit
 * square roots. Falls back to {@link moments} when a sum is too large for a double.
 *
 * @example
 * ```ts
 * describeSkewKurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100].map((x) => dec(x))) // 'skew 3.06324, kurtosis 9.74139'
 * ```
 */
export function describeSkewKurtosis(values: ReadonlyArray<Dec>): string {
  const n = values.length
  const show = (value: number | null) =>
    value === null ? 'undefined' : dec(dec(value).toSignificantDigits(6)).toFixed()
  if (n < 3) return 'skew undefined, kurtosis undefined'
  const { a2, a3, a4 } = centralSums(values)
  if (a2 === 0n) return 'skew undefined, kurtosis undefined'
  const [A2, A3, A4] = [Number(a2), Number(a3), Number(a4)]
  if (![A2, A3, A4, A2 * A2 * A2, A3 * A3].every(Number.isFinite)) {
    const exact = moments(values)
    return `skew ${showMoment(exact.skew)}, kurtosis ${showMoment(exact.kurtosis)}`
  }
  const skew = ((Math.sqrt(n * (n - 1)) / (n - 2)) * A3) / (A2 * Math.sqrt(A2))
  const kurtosis = n < 4 ? null : (((n + 1) * (A4 / (A2 * A2) - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3))
  return `skew ${show(skew)}, kurtosis ${show(kurtosis)}`
}
