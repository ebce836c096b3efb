// Skewness and kurtosis in float64 with a proved error bound. The treatment's decisions ("do skew and kurtosis
// exceed their limits?", "is the skew negative?") and the six digits printed in its messages only need the
// exact value when it lies within the bound of a limit or of a rounding boundary, which almost never happens:
// everywhere else this estimate decides, and the exact integer sums of moments.ts are computed only then.

/** The unit roundoff of float64, 2^-53. */
const U = 2 ** -53

/**
 * An estimate of a column's sample skewness and kurtosis (COINr's, e1071 type 2) with bounds on its error: the
 * exact values lie within `skew ± skewError` and `kurtosis ± kurtosisError`.
 */
export interface MomentEstimate {
  readonly skew: number
  readonly skewError: number
  readonly kurtosis: number
  readonly kurtosisError: number
}

/**
 * Skewness and kurtosis of the values whose float64 approximations are `x`, with error bounds; `undefined`
 * when no useful bound holds (fewer than 4 values, no spread, values spread over less than about a
 * thousandth of their magnitude, or numbers beyond float64's range), and the caller must compute exactly.
 *
 * Each `x[i]` may differ from its exact value by up to 4 units in the last place (a BigInt coefficient and a
 * power of ten, each rounded, and their product). Why the bound holds: with M = max |x|, every computed
 * deviation from the mean d̂ᵢ = xᵢ − m is within ε = (n + 12)·u·M of the exact one (conversion, the rounded
 * mean, the rounded subtraction); with σ̃ the root mean square of the d̂ᵢ and η = ε/σ̃, expanding
 * (d̂ + e)ᵏ with |e| ≤ ε and Σ|d̂| ≤ n·σ̃ bounds the exact Σd², Σd³, Σd⁴ around Σd̂², Σd̂³, Σd̂⁴ by
 * n·σ̃²·(2η + η²), n·σ̃³·(3η + 3η² + η³) and σ̃⁴·(4η·Σ|d̂/σ̃|³ + n·(6η² + 4η³ + η⁴)); the float sums of k-th
 * powers add at most (n + k)·u·Σ|d̂|ᵏ. The bounds are then carried through skew = c·√n·S3/S2^1.5 and
 * kurtosis = c'·(n·S4/S2² − 3) + c'' by interval arithmetic, with 64 units in the last place of each formula's
 * terms for its float evaluation, and doubled to cover the float evaluation of the bounds themselves. The
 * bounds so also hold for the same formulas evaluated in float64 from the exact sums (what moments.ts prints
 * with six digits). `float-moments.prop.test.ts` checks the exact value lies within them.
 *
 * @example
 * ```ts
 * const estimate = estimateMoments([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100])!
 * estimate.skew.toFixed(5) // '3.06324'
 * estimate.skewError < 1e-12 // true
 * ```
 */
export function estimateMoments(x: ArrayLike<number>): MomentEstimate | undefined {
  const n = x.length
  if (n < 4) return undefined
  let sum = 0
  let largest = 0
  for (let i = 0; i < n; i++) {
    const value = x[i]!
    sum += value
    const magnitude = Math.abs(value)
    if (magnitude > largest) largest = magnitude
  }
  // Far from overflow: fourth powers of the deviations stay finite (NaN fails here too).
  if (!(largest < 1e60) || !Number.isFinite(sum)) return undefined
  const mean = sum / n
  let s2 = 0
  let s3 = 0
  let s4 = 0
  let absolute3 = 0
  for (let i = 0; i < n; i++) {
    const value = x[i]!
    const d = value - mean
    const d2 = d * d
    s2 += d2
    s3 += d2 * d
    s4 += d2 * d2
    absolute3 += d2 * Math.abs(d)
  }
  const sigma = Math.sqrt(s2 / n)
  // A spread this small could be mostly underflow (values converted to 0, fourth powers lost): compute exactly.
  // Above it, a value converted to 0 or a subnormal is off by less than 4u·M, as the bound assumes.
  if (!(sigma >= 1e-60)) return undefined
  const eta = ((n + 12) * U * largest * 1.001) / sigma
  // Beyond this the deviations are mostly rounding: compute exactly.
  if (!(eta <= 1e-3)) return undefined
  // The exact Σd² lies within S2·(1 ± r2).
  const r2 = (n + 2) * U * 1.01 + (2 * eta + eta * eta) * 1.01
  const sigma3 = sigma * sigma * sigma
  const e3 = (n + 3) * U * 1.01 * absolute3 + n * sigma3 * (3 * eta + 3 * eta * eta + eta * eta * eta) * 1.01
  const e4 =
    (n + 4) * U * 1.01 * s4 +
    sigma3 * sigma * (4 * eta * (absolute3 / sigma3) + n * (6 * eta * eta + 4 * eta ** 3 + eta ** 4)) * 1.01
  // 1 / S2^k moves by at most this share when S2 moves by the share r2 (r2 ≤ 0.003, so (1 − r2)^−k ≤ 1 + 1.51k·r2).
  const inverse15 = 1.51 * 1.5 * r2
  const inverse2 = 1.51 * 2 * r2

  const skewFactor = Math.sqrt(n * (n - 1)) / (n - 2)
  const denominator15 = s2 * Math.sqrt(s2)
  const skew = (skewFactor * Math.sqrt(n) * s3) / denominator15
  const skewError =
    2 *
    ((skewFactor * Math.sqrt(n) * (e3 + (Math.abs(s3) + e3) * inverse15)) / denominator15 +
      64 * U * Math.abs(skew))

  const ratio = (n * s4) / (s2 * s2)
  const ratioError = ((n * (e4 + (s4 + e4) * inverse2)) / (s2 * s2)) * 1.01 + 8 * U * ratio
  const slope = ((n + 1) * (n - 1)) / ((n - 2) * (n - 3))
  const kurtosis = (((n + 1) * (ratio - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3))
  const kurtosisError = 2 * (slope * ratioError + 64 * U * (slope * (ratio + 3) + Math.abs(kurtosis)))
  if (![skew, skewError, kurtosis, kurtosisError].every(Number.isFinite)) return undefined
  return { skew, skewError, kurtosis, kurtosisError }
}

/**
 * Where `value ± error` lies against `limit` (the limit itself known to within a unit in its last place):
 * `-1` wholly below, `1` wholly at or above, `0` undecided.
 *
 * @example
 * ```ts
 * sideOf(1.5, 1e-12, 2) // -1
 * sideOf(2, 1e-12, 2) // 0
 * ```
 */
export function sideOf(value: number, error: number, limit: number): -1 | 0 | 1 {
  const margin = error + 2 * U * Math.abs(limit)
  if (value + margin < limit) return -1
  if (value - margin > limit) return 1
  return 0
}

/**
 * The float64 of `c × 10^e`, within 4 units in the last place (NaN beyond the range where that holds), for
 * {@link estimateMoments}: a correctly rounded conversion of the coefficient times a correctly rounded power of
 * ten.
 *
 * @example
 * ```ts
 * approximate(15n, -1) // 1.5
 * ```
 */
export function approximate(c: bigint, e: number): number {
  if (e < -POWERS_RANGE || e > POWERS_RANGE) return Number.NaN
  return Number(c) * POWERS[e + POWERS_RANGE]!
}

const POWERS_RANGE = 290
// Parsed from their decimal text: each the float64 nearest to 10^k.
const POWERS = Float64Array.from({ length: 2 * POWERS_RANGE + 1 }, (_, i) => Number(`1e${i - POWERS_RANGE}`))
