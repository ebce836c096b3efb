import { dec, formatFixed, type Methodology } from '@chiso/core'

/**
 * Shows a decimal string with the methodology's display rounding (`display.decimals`, `display.mode`), the
 * way its published tables show numbers; `null` becomes a dash.
 *
 * @example
 * ```ts
 * displayNumber('85.7849', { decimals: 2, mode: 'half-up' }) // '85.78'
 * displayNumber(null, { decimals: 2, mode: 'half-up' })      // '—'
 * ```
 */
export function displayNumber(value: string | null, display: Methodology['display']): string {
  if (value === null) return '—'
  return formatFixed(dec(value), display.decimals, display.mode)
}
