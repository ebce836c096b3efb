import { type Dec, dec, toDecimalString } from '../decimal/decimal.js'
import { keptExact, keptText, lazyDecimal, lazyExactDecimal } from '../decimal/lazy-decimal.js'
import { type Scaled, scaledOf, scaledText } from '../decimal/scaled.js'

// Caches stop growing here: data with more distinct values than this gains nothing from them.
const CACHE_LIMIT = 65_536

const HUNDRED = dec(100)
/** For a maximum that is a power of ten, 100 ÷ max (also a power of ten); otherwise null. */
const shifts = new WeakMap<Dec, Dec | null>()

function shiftOf(max: Dec): Dec | null {
  let shift = shifts.get(max)
  if (shift === undefined) {
    const text = max.toFixed()
    shift = /^(?:10*|0\.0*1)$/.test(text) ? HUNDRED.div(max) : null
    shifts.set(max, shift)
  }
  return shift
}

/**
 * A node's index: value ÷ max × 100, or the value itself when there is no maximum; null for a zero maximum.
 *
 * When max is a power of ten 10^k this is one multiplication by 10^(2−k): dividing by 10^k and multiplying by
 * 100 only move the decimal point, so both ways round the same significant digits once (proved equal on random
 * inputs by `decimal-cache.prop.test.ts`).
 */
export function nodeIndexOf(value: Dec | null, max: Dec | null): Dec | null {
  if (value === null) return null
  if (max === null) return value
  if (max.isZero()) return null
  const shift = shiftOf(max)
  return shift === null ? value.div(max).times(100) : value.times(shift)
}

/**
 * Decimals and their strings, shared by the cells of an evaluation: data repeat few distinct values (0, 1, 0.5,
 * the leaves' maxima), so each is parsed, printed and turned into an index once. Decimals are immutable, so
 * sharing one instance between cells is safe; a value's string never depends on which instance holds it.
 */
export class DecimalCache {
  readonly zero: Dec = dec(0)
  private readonly decimals = new Map<string, Dec>()
  private readonly strings = new Map<Dec, string>()
  private readonly indexes = new Map<Dec, Map<Dec, string | null>>()
  private readonly scaledValues = new Map<Dec, number>()
  private readonly byScaled = new Map<number, Dec>()
  private readonly exacts = new Map<Dec, Scaled>()

  constructor(interned: Iterable<Dec | null> = []) {
    this.strings.set(this.zero, '0')
    for (const value of interned) if (value !== null) this.strings.set(value, toDecimalString(value))
  }

  /** The decimal of a (valid) decimal string. */
  dec(text: string): Dec {
    let value = this.decimals.get(text)
    if (value === undefined) {
      value = dec(text)
      if (this.decimals.size < CACHE_LIMIT) {
        this.decimals.set(text, value)
        this.strings.set(value, toDecimalString(value))
      }
    }
    return value
  }

  /**
   * The decimal of a (valid) decimal string read for an exact fast path: its exact form is kept and decimal.js
   * parses it only if something other than a fast path reads it (see `lazyDecimal`). Same value as
   * {@link DecimalCache.dec}; not looked up or kept by text: a column of mostly distinct values would only fill
   * the map (an insertion per value per evaluation), and a lazy decimal costs one small object.
   */
  decExact(text: string): Dec {
    const exact = scaledOf(text)
    // Printed only if something asks for its string (a trace, a plugin reading it): the fast paths never do.
    return exact === undefined ? this.dec(text) : lazyExactDecimal(exact)
  }

  /** `toDecimalString(value)`, from the cache when the instance is a known one. */
  str(value: Dec): string {
    return keptText(value) ?? this.strings.get(value) ?? toDecimalString(value)
  }

  /** The string of `nodeIndexOf(value, max)`, cached for known value and maximum instances. */
  indexString(value: Dec | null, max: Dec | null): string | null {
    if (value === null) return null
    if (max === null) return this.str(value)
    let byValue = this.indexes.get(max)
    const hit = byValue?.get(value)
    if (hit !== undefined) return hit
    if (!this.known(value) || !this.known(max)) {
      const index = nodeIndexOf(value, max)
      return index === null ? null : toDecimalString(index)
    }
    if (byValue === undefined) {
      byValue = new Map()
      this.indexes.set(max, byValue)
    }
    const index = nodeIndexOf(value, max)
    const text = index === null ? null : toDecimalString(index)
    if (byValue.size < CACHE_LIMIT) byValue.set(value, text)
    return text
  }

  /**
   * A known value as an integer count of millionths when that is exact and small (at most 6 digits before and
   * 6 after the point, so below 10^12 in magnitude): sums of up to {@link MAX_SCALED_TERMS} of them stay exact
   * in a float64. Undefined otherwise.
   */
  scaled(value: Dec): number | undefined {
    let scaled = this.scaledValues.get(value)
    if (scaled === undefined) {
      const text = keptText(value) ?? this.strings.get(value)
      if (text === undefined) return undefined
      const match = SCALABLE.exec(text)
      scaled = match
        ? (match[1] ? -1 : 1) * (Number(match[2]) * SCALE + Number((match[3] ?? '').padEnd(6, '0')))
        : Number.NaN
      this.scaledValues.set(value, scaled)
    }
    return Number.isNaN(scaled) ? undefined : scaled
  }

  /**
   * A decimal as an exact BigInt-scaled value (see `decimal/scaled.ts`), for the fast paths that compute whole
   * columns without decimal.js: remembered for the decimals the fast paths made, read from the string otherwise.
   */
  exact(value: Dec): Scaled {
    let exact = keptExact(value) ?? this.exacts.get(value)
    if (exact === undefined) {
      exact = scaledOf(this.str(value))!
      if (this.exacts.size < EXACT_LIMIT) this.exacts.set(value, exact)
    }
    return exact
  }

  /**
   * The decimal of an exact value, with its string and exact form remembered, so printing it in the scorecard
   * and reading it again in a parent's fast path cost a look-up.
   */
  fromExact(exact: Scaled): Dec {
    // The string and the exact form live on the lazy decimal itself: no map entry per value.
    return lazyDecimal(scaledText(exact), exact)
  }

  /** Whether a value's string is kept (by the cache or on a lazy decimal), so its index is worth caching. */
  private known(value: Dec): boolean {
    return keptText(value) !== undefined || this.strings.has(value)
  }

  /** The decimal of an exact count of millionths (see {@link DecimalCache.scaled}). */
  unscaled(scaled: number): Dec {
    let value = this.byScaled.get(scaled)
    if (value === undefined) {
      value = this.dec(scaledToText(scaled))
      if (this.byScaled.size < CACHE_LIMIT) this.byScaled.set(scaled, value)
    }
    return value
  }
}

// The fast paths' values are mostly distinct (a rescaled column): a larger bound than the other caches.
const EXACT_LIMIT = 1_048_576

const SCALE = 1_000_000
const SCALABLE = /^(-)?(\d{1,6})(?:\.(\d{1,6}))?$/

/** Terms of below 10^12 each whose sum stays below 2^53, where float64 integers are exact. */
export const MAX_SCALED_TERMS = 9000

/** The canonical decimal string of an integer count of millionths: `1500000` → `'1.5'`, `0` → `'0'`. */
export function scaledToText(scaled: number): string {
  if (scaled === 0) return '0'
  const digits = String(Math.abs(scaled)).padStart(7, '0')
  const whole = digits.slice(0, -6)
  const fraction = digits.slice(-6).replace(/0+$/, '')
  return `${scaled < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
}
