// Seeded randomness of the simulations. Each run's generator is derived from (seed, run index) alone, never
// from the order in which workers pick runs up, so any number of threads gives the same results.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import { portableLog } from './portable-math.js'

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number

/** Mixes two 32-bit integers into a well-spread 32-bit seed (a splitmix-style finaliser). */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
  return (h ^ (h >>> 16)) | 0
}

/** The generator of one run (or one sample row), derived from the seed and its index only. */
export function streamOf(seed: number, index: number): Uniform {
  const rng = xoroshiro128plus(mixSeed(seed, index))
  return () => uniformFloat64(rng)
}

/**
 * The standard normal quantile (inverse CDF), P. J. Acklam's rational approximation (relative error
 * < 1.2e-9): one uniform gives one normal draw, which keeps every uncertain input one dimension of the
 * Saltelli design.
 */
export function normalQuantile(u: number): number {
  const p = Math.min(Math.max(u, 1e-12), 1 - 1e-12)
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ]
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ]
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
  const low = 0.02425
  if (p < low) {
    const q = Math.sqrt(-2 * portableLog(p))
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    )
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * portableLog(1 - p))
    return (
      -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    )
  }
  const q = p - 0.5
  const r = q * q
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  )
}
