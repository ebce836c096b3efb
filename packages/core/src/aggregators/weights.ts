// Shared helpers of the built-in weighted means: rescaling relative weights over the children present,
// and the bound every mean respects.
import { type Dec, dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { AggregatorChild, Reporter } from '../plugin/contract.js'

/** The children that carry weight, and their total weight (the divisor that rescales the weights). */
export interface Weighted {
  /** The children present with a weight > 0 (a zero weight contributes nothing, not even a domain error). */
  readonly children: ReadonlyArray<AggregatorChild>
  /** Σw over the children present: child i counts for wᵢ / Σw. */
  readonly total: Dec
}

/**
 * Prepares the relative weights of the children present for a weighted mean: the effective weight of child
 * i is wᵢ / Σw, with Σw over the children handed to the aggregator (missing ones have dropped out, as in
 * COINr). Reports and returns `null` when there is nothing to average: no child (`AGGREGATOR_DOMAIN`), a
 * negative weight (`AGGREGATOR_DOMAIN`; the schema forbids them) or Σw = 0 (`ZERO_WEIGHTS`).
 *
 * Means divide once by Σw instead of multiplying by rounded shares, so `mean(70.1, 80.2, 60.3)` with weights
 * 0.35/0.35/0.30 is exactly 70.695.
 *
 * @example
 * ```ts
 * weighted([{ code: 'a', value: dec('70.1'), weight: dec('0.35'), max: null }, …], report, 'mean')?.total
 * // 1 (for weights 0.35, 0.35, 0.30)
 * ```
 */
export function weighted(
  children: ReadonlyArray<AggregatorChild>,
  report: Reporter,
  what: string,
): Weighted | null {
  if (children.length === 0) {
    report(DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN, `${what}: no child is present, nothing to aggregate`, 'error')
    return null
  }
  const negative = children.filter((child) => child.weight.lt(0))
  if (negative.length > 0) {
    report(
      DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN,
      `${what}: weights must not be negative (${negative.map((child) => `${child.code}: ${child.weight.toFixed()}`).join(', ')})`,
      'error',
    )
    return null
  }
  const total = children.reduce((sum, child) => sum.plus(child.weight), dec(0))
  if (total.isZero()) {
    report(
      DIAGNOSTIC_CODES.ZERO_WEIGHTS,
      `${what}: every child present (${children.map((child) => child.code).join(', ')}) has weight 0`,
      'error',
    )
    return null
  }
  return { children: children.filter((child) => !child.weight.isZero()), total }
}

/**
 * Clamps a computed mean to the smallest and largest of the values averaged. Every weighted mean lies in that
 * interval mathematically; the clamp removes the last-digit rounding of roots and logarithms that could put
 * it a hair outside (and so rank a unit above its best child).
 *
 * @example
 * ```ts
 * withinChildren(dec('5.0000000001'), [five, five]).toFixed() // '5'
 * ```
 */
export function withinChildren(value: Dec, children: ReadonlyArray<AggregatorChild>): Dec {
  let min = children[0]!.value
  let max = children[0]!.value
  for (const child of children) {
    if (child.value.lt(min)) min = child.value
    if (child.value.gt(max)) max = child.value
  }
  return value.lt(min) ? min : value.gt(max) ? max : value
}
