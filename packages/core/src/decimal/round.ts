import { Decimal } from 'decimal.js'
import { type Dec, toDecimalString } from './decimal.js'

/**
 * How a methodology (*bộ chỉ số*) rounds for presentation: half away from zero, half to even, towards zero,
 * away from zero.
 *
 * @example
 * ```ts
 * const mode: RoundingMode = 'half-even'
 * roundDecimal(dec('0.125'), 2, mode).toString() // '0.12'
 * roundDecimal(dec('0.125'), 2, 'half-up').toString() // '0.13'
 * ```
 *
 * @category Decimal
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up'

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
}

/**
 * Rounds a decimal to a number of decimal places with a declared mode. Pure; the input is not changed.
 *
 * @example
 * ```ts
 * roundDecimal(dec('70.695'), 2, 'half-up').toString()   // '70.7'
 * roundDecimal(dec('70.685'), 2, 'half-even').toString() // '70.68'
 * ```
 *
 * @category Decimal
 */
export function roundDecimal(value: Dec, decimals: number, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(decimals, MODES[mode]) as Dec
}

/**
 * Formats a decimal with exactly `decimals` places after rounding (`'70.70'`), as published tables show it.
 *
 * @example
 * ```ts
 * formatFixed(dec('70.695'), 2, 'half-up') // '70.70'
 * ```
 *
 * @category Decimal
 */
export function formatFixed(value: Dec, decimals: number, mode: RoundingMode): string {
  const rounded = roundDecimal(value, decimals, mode)
  if (rounded.isZero()) return (0).toFixed(decimals)
  return rounded.toFixed(decimals)
}

export { toDecimalString }
