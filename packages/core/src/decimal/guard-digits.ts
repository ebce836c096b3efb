// Guard digits for the few operations that round internally (roots, logarithms, exponentials, reciprocals).
// Derived from the one configured Dec class, so there is still a single configuration; results always go back
// through narrow() to Dec's precision before they leave the computation.
import { Dec } from './decimal.js'

/**
 * A Decimal class with 20 guard digits beyond {@link Dec}'s 40, for the logarithms, exponentials, roots and
 * reciprocals of the geometric, harmonic and generalised means. Results go back through {@link narrow}, so
 * what leaves an aggregator has {@link Dec}'s precision and, e.g., the geometric mean of 2 and 8 is exactly 4
 * instead of 3.999…9 (which a 40-digit `exp(ln …)` can give).
 *
 * @example
 * ```ts
 * narrow(new WideDec(2).ln().plus(new WideDec(8).ln()).div(2).exp()).toFixed() // '4'
 * ```
 */
export const WideDec = Dec.clone({ precision: Dec.precision + 20 })

/** An instance of {@link WideDec}. */
export type WideDec = InstanceType<typeof WideDec>

/**
 * Rounds a guard-digit result back to {@link Dec}'s precision (40 significant digits, half up).
 *
 * @example
 * ```ts
 * narrow(new WideDec(1).div(3)).toFixed() // '0.3333333333333333333333333333333333333333'
 * ```
 */
export function narrow(value: WideDec | Dec): Dec {
  // The constructor copies another clone's digits exactly (no rounding, no string round trip); then one rounding.
  return new Dec(value).toSignificantDigits(Dec.precision)
}
