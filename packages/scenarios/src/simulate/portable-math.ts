// Logarithm and exponential from + − × ÷ alone. Math.log and Math.exp are not required to be correctly
// rounded, and engines differ in the last bit (Node 20 and current Chromium do, on the tails of the normal
// quantile): a seeded simulation would then give different draws in a browser. IEEE 754 makes + − × ÷ and
// sqrt exact to the last bit everywhere, so these functions give the same double on every platform.

const LN2_HI = 0.6931471803691238
const LN2_LO = 1.9082149292705877e-10
const SQRT2 = Math.SQRT2
const view = new DataView(new ArrayBuffer(8))

/**
 * The natural logarithm of a positive finite `x`, identical on every JavaScript engine (within 2 ulp of the
 * true value). 0 gives −Infinity; negative or NaN input gives NaN.
 *
 * @example
 * ```ts
 * portableLog(Math.E) // 1
 * portableLog(0.5)    // -0.6931471805599453
 * ```
 */
export function portableLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN
  if (x === 0) return Number.NEGATIVE_INFINITY
  if (x === Number.POSITIVE_INFINITY) return x
  // x = m · 2^e with m in [1, 2) (subnormals scaled up first).
  let scale = 0
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54
    scale = -54
  }
  view.setFloat64(0, x)
  const high = view.getUint32(0)
  let e = ((high >>> 20) & 0x7ff) - 1023 + scale
  view.setUint32(0, (high & 0x000fffff) | 0x3ff00000)
  let m = view.getFloat64(0)
  if (m > SQRT2) {
    m /= 2
    e += 1
  }
  // log m = 2·atanh(f) = 2(f + f³/3 + f⁵/5 + …), f = (m − 1)/(m + 1), |f| ≤ 0.172: 12 terms reach 2⁻⁶⁰.
  const f = (m - 1) / (m + 1)
  const s = f * f
  let series = 1 / 25
  for (let k = 11; k >= 0; k--) series = 1 / (2 * k + 1) + s * series
  return e * LN2_HI + (e * LN2_LO + 2 * f * series)
}

/**
 * `e^x`, identical on every JavaScript engine (within 2 ulp of the true value).
 *
 * @example
 * ```ts
 * portableExp(1)  // 2.718281828459045
 * portableExp(-1) // 0.36787944117144233
 * ```
 */
export function portableExp(x: number): number {
  if (Number.isNaN(x)) return x
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY
  if (x < -745.1332191019412) return 0
  // x = k·ln 2 + r with |r| ≤ ln 2 / 2; e^r by its Taylor series (20 terms reach 2⁻⁶⁰), then scaled by 2^k.
  const k = Math.round(x / (LN2_HI + LN2_LO))
  const r = x - k * LN2_HI - k * LN2_LO
  let series = 1
  for (let n = 20; n >= 1; n--) series = 1 + (r * series) / n
  // 2^k in two steps, so that k near the ends of the range neither overflows nor underflows early.
  const half = Math.trunc(k / 2)
  return series * 2 ** half * 2 ** (k - half)
}
