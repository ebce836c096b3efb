import { type Dec, dec, toDecimalString } from '../decimal/decimal.js'

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

  /** `toDecimalString(value)`, from the cache when the instance is a known one. */
  str(value: Dec): string {
    return this.strings.get(value) ?? toDecimalString(value)
  }

  /** The string of `nodeIndexOf(value, max)`, cached for known value and maximum instances. */
  indexString(value: Dec | null, max: Dec | null): string | null {
    if (value === null) return null
    if (max === null) return this.str(value)
    if (!this.strings.has(value) || !this.strings.has(max)) {
      const index = nodeIndexOf(value, max)
      return index === null ? null : toDecimalString(index)
    }
    let byValue = this.indexes.get(max)
    if (byValue === undefined) {
      byValue = new Map()
      this.indexes.set(max, byValue)
    }
    let text = byValue.get(value)
    if (text === undefined) {
      const index = nodeIndexOf(value, max)
      text = index === null ? null : toDecimalString(index)
      if (byValue.size < CACHE_LIMIT) byValue.set(value, text)
    }
    return text
  }
}
