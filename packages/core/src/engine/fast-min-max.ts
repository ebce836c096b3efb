// The built-in `chiso/min-max` (normalisers/min-max.ts) for a whole column on exact BigInt-scaled values
// (decimal/scaled.ts) instead of a chain of decimal.js objects per cell. It takes the same steps with the same
// roundings — the spread at 40 digits, each step of the rescaling at 60 (WideDec), one rounding to 40 — so every
// value is the plugin's digit for digit (fast-min-max.prop.test.ts). A change to the plugin's arithmetic must
// be mirrored here.
import { Dec } from '../decimal/decimal.js'
import { WideDec } from '../decimal/guard-digits.js'
import {
  addScaled,
  compareScaled,
  divideScaled,
  multiplyScaled,
  roundScaled,
  type Scaled,
  scaledText,
  subtractScaled,
} from '../decimal/scaled.js'
import type { MinMaxOptionsSchema } from '../normalisers/min-max.js'
import type { DecimalCache } from './decimal-cache.js'

/** The parsed options of `chiso/min-max`. */
export type MinMaxOptions = ReturnType<(typeof MinMaxOptionsSchema)['parse']>

const NARROW = Dec.precision
const WIDE = WideDec.precision
const POWER_OF_TEN = /^(?:10*|0\.0*1)$/

/**
 * `chiso/min-max` of a column, or `undefined` when the plugin itself must run: a column without values or
 * without spread (the plugin reports `NO_SPREAD`), or values so far apart in magnitude that decimal.js adds
 * them on a shortened operand (see `addScaled`).
 *
 * @example
 * ```ts
 * minMaxColumn([dec('2'), null, dec('6')], { l: '0', u: '100', whenNoSpread: 'middle' }, 1, cache)
 * // → [0, null, 100] as decimals
 * ```
 */
export function minMaxColumn(
  values: ReadonlyArray<Dec | null>,
  options: MinMaxOptions,
  direction: 1 | -1,
  cache: DecimalCache,
): Array<Dec | null> | undefined {
  const exact: Array<Scaled | null> = new Array(values.length)
  let min: Scaled | null = null
  let max: Scaled | null = null
  for (let unit = 0; unit < values.length; unit++) {
    const value = values[unit]
    if (value === null || value === undefined) {
      exact[unit] = null
      continue
    }
    const scaled = cache.exact(value)
    const oriented = direction === 1 ? scaled : { c: -scaled.c, e: scaled.e }
    exact[unit] = oriented
    if (min === null || compareScaled(oriented, min) < 0) min = oriented
    if (max === null || compareScaled(oriented, max) > 0) max = oriented
  }
  if (min === null || max === null) return undefined
  const spread = subtractScaled(max, min, NARROW)
  if (spread === undefined || spread.c === 0n) return undefined
  const lowest = cache.dec(options.l)
  const highest = cache.dec(options.u)
  const l = cache.exact(lowest)
  const u = cache.exact(highest)
  const width = subtractScaled(u, l, NARROW)
  if (width === undefined) return undefined
  const rescale = columnRescaling(spread, width, l)
  const result: Array<Dec | null> = new Array(values.length)
  for (let unit = 0; unit < values.length; unit++) {
    const value = exact[unit]!
    if (value === null) {
      result[unit] = null
      continue
    }
    const shifted = subtractScaled(value, min, WIDE)
    const rescaled = shifted === undefined ? undefined : rescale(shifted)
    if (rescaled === undefined) return undefined
    const scaled = roundScaled(rescaled.c, rescaled.e, NARROW)
    result[unit] =
      compareScaled(scaled, l) < 0 ? lowest : compareScaled(scaled, u) > 0 ? highest : cache.fromExact(scaled)
  }
  return result
}

/**
 * The plugin's `columnRescaling` on exact values: `÷ (spread ÷ width)` when the width is a power of ten (the
 * divisor is exact), then `+ l` unless l is 0; otherwise `× width ÷ spread + l`. Every step rounds at 60 digits.
 */
function columnRescaling(spread: Scaled, width: Scaled, l: Scaled): (shifted: Scaled) => Scaled | undefined {
  if (POWER_OF_TEN.test(scaledText(width))) {
    const divisor = divideScaled(roundScaled(spread.c, spread.e, WIDE), width, WIDE)
    if (l.c === 0n) return (shifted) => divideScaled(shifted, divisor, WIDE)
    return (shifted) => addScaled(divideScaled(shifted, divisor, WIDE), l, WIDE)
  }
  return (shifted) => addScaled(divideScaled(multiplyScaled(shifted, width, WIDE), spread, WIDE), l, WIDE)
}
