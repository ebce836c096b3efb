// `formatFixed` (decimal/round.ts) on an exact BigInt-scaled value: the scorecard's display of an index the
// fast paths computed, without parsing it into decimal.js first (scaled-fixed.prop.test.ts compares the two).
import type { RoundingMode } from './round.js'
import { halfPow10, pow10, type Scaled } from './scaled.js'

/**
 * `formatFixed(x, decimals, mode)` of an exact value: rounded to `decimals` places with the mode, written with
 * exactly that many places, `'0.00'` (never `'-0.00'`) for what rounds to zero.
 *
 * @example
 * ```ts
 * fixedScaled({ c: 70695n, e: -3 }, 2, 'half-up')   // '70.70'
 * fixedScaled({ c: 70685n, e: -3 }, 2, 'half-even') // '70.68'
 * ```
 */
export function fixedScaled(x: Scaled, decimals: number, mode: RoundingMode): string {
  const negative = x.c < 0n
  const magnitude = negative ? -x.c : x.c
  let units: bigint
  const drop = -decimals - x.e
  if (drop <= 0) units = magnitude * pow10(-drop)
  else {
    const unit = pow10(drop)
    units = magnitude / unit
    const rest = magnitude - units * unit
    if (rest !== 0n && roundsAway(rest, drop, units, mode)) units += 1n
  }
  if (units === 0n) return (0).toFixed(decimals)
  let digits = units.toString()
  if (decimals > 0) {
    if (digits.length <= decimals) digits = digits.padStart(decimals + 1, '0')
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`
  }
  return negative ? `-${digits}` : digits
}

/** Whether a non-zero remainder `rest` of `drop` dropped digits moves the kept `units` away from zero. */
function roundsAway(rest: bigint, drop: number, units: bigint, mode: RoundingMode): boolean {
  switch (mode) {
    case 'down':
      return false
    case 'up':
      return true
    case 'half-up':
      return rest >= halfPow10(drop)
    case 'half-even': {
      const half = halfPow10(drop)
      return rest > half || (rest === half && (units & 1n) === 1n)
    }
  }
}
