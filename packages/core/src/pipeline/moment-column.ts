// A treatment's column of present values, kept both as decimals and as float64 approximations: its skew and
// kurtosis tests are decided from the float estimate and its error bound (float-moments.ts), and from the
// exact integer sums (moments.ts) only when the bound does not settle them. Results are those of the exact
// functions, always: the estimate only skips work whose outcome it has proved.
import { type Dec, dec } from '../decimal/decimal.js'
import { estimateMoments, type MomentEstimate, sideOf } from './float-moments.js'
import { describeSkewKurtosis, passesSkewKurtosis, skewIsNonNegative } from './moments.js'

/**
 * How a treatment reads values: a float64 within 4 units in the last place of the exact value (NaN when there
 * is none), and an exact comparison.
 */
export interface ValueReader {
  approximate(value: Dec): number
  compare(a: Dec, b: Dec): number
}

/**
 * Reads decimal.js values directly: `toNumber` (correctly rounded) and `comparedTo`.
 *
 * @example
 * ```ts
 * DECIMAL_READER.approximate(dec('0.1')) // 0.1
 * ```
 */
export const DECIMAL_READER: ValueReader = {
  approximate: (value) => value.toNumber(),
  compare: (a, b) => a.comparedTo(b),
}

/** The limits of the skew-and-kurtosis test, as decimals (exact tests) and float64 (estimates). */
export interface SkewKurtosisLimits {
  readonly skew: Dec
  readonly kurtosis: Dec
  readonly skewFloat: number
  readonly kurtosisFloat: number
}

/**
 * The limits of a treatment's options (`skew`, `kurtosis`: decimal strings), read once per options object.
 *
 * @example
 * ```ts
 * limitsOf({ skew: '2', kurtosis: '3.5' }).kurtosisFloat // 3.5
 * ```
 */
export function limitsOf(options: { readonly skew: string; readonly kurtosis: string }): SkewKurtosisLimits {
  let limits = readLimits.get(options)
  if (limits === undefined) {
    limits = {
      skew: dec(options.skew),
      kurtosis: dec(options.kurtosis),
      skewFloat: Number(options.skew),
      kurtosisFloat: Number(options.kurtosis),
    }
    readLimits.set(options, limits)
  }
  return limits
}

const readLimits = new WeakMap<object, SkewKurtosisLimits>()

// |value| within 2^-53 relative of a double is within these bounds.
const ROUNDOFF = 2 ** -53

/**
 * The present values of a column under treatment, with their float64 approximations (`floats[i]` is within
 * 4 units in the last place of `values[i]`). Winsorising {@link MomentColumn.copy copies} one value over
 * others, both forms at once.
 *
 * @example
 * ```ts
 * const column = new MomentColumn([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100].map((x) => dec(x)))
 * column.passes(limitsOf({ skew: '2', kurtosis: '3.5' })) // false
 * column.describe() // 'skew 3.06324, kurtosis 9.74139'
 * ```
 */
export class MomentColumn {
  readonly values: Dec[]
  // A plain array of doubles: a typed array costs a buffer allocation per column, more than its values here.
  readonly floats: number[]
  private estimated: MomentEstimate | undefined | null = null

  constructor(values: ReadonlyArray<Dec>, reader: ValueReader = DECIMAL_READER) {
    const size = values.length
    this.values = new Array<Dec>(size)
    this.floats = []
    for (let i = 0; i < size; i++) {
      const value = values[i]!
      this.values[i] = value
      this.floats.push(reader.approximate(value))
    }
  }

  /**
   * The column of the present (non-null) values of `values`, and the index in `values` of each, in one pass.
   *
   * @example
   * ```ts
   * MomentColumn.ofPresent([dec(1), null, dec(3)]).at // [0, 2]
   * ```
   */
  static ofPresent(
    values: ReadonlyArray<Dec | null>,
    reader: ValueReader = DECIMAL_READER,
  ): { column: MomentColumn; at: number[] } {
    const column = new MomentColumn([], reader)
    const at: number[] = []
    for (let unit = 0; unit < values.length; unit++) {
      const value = values[unit]
      if (value === null || value === undefined) continue
      at.push(unit)
      column.values.push(value)
      column.floats.push(reader.approximate(value))
    }
    return { column, at }
  }

  /** The float estimate of the current values (computed once per state of the column). */
  private estimate(): MomentEstimate | undefined {
    if (this.estimated === null) this.estimated = estimateMoments(this.floats)
    return this.estimated
  }

  /** Sets `values[to] = values[from]` (and its float). */
  copy(from: number, to: number): void {
    this.values[to] = this.values[from]!
    this.floats[to] = this.floats[from]!
    this.estimated = null
  }

  /** {@link passesSkewKurtosis} of the values: |skew| below its limit, or kurtosis below its limit. */
  passes(limits: SkewKurtosisLimits): boolean {
    const estimate = this.estimate()
    if (estimate !== undefined) {
      const skew =
        limits.skewFloat > 0 ? sideOf(Math.abs(estimate.skew), estimate.skewError, limits.skewFloat) : 1
      const kurtosis = sideOf(estimate.kurtosis, estimate.kurtosisError, limits.kurtosisFloat)
      if (skew === -1 || kurtosis === -1) return true
      if (skew === 1 && kurtosis === 1) return false
    }
    return passesSkewKurtosis(this.values, limits.skew, limits.kurtosis)
  }

  /** {@link skewIsNonNegative} of the values. */
  skewIsNonNegative(): boolean {
    const estimate = this.estimate()
    if (estimate !== undefined) {
      const side = sideOf(estimate.skew, estimate.skewError, 0)
      if (side !== 0) return side > 0
    }
    return skewIsNonNegative(this.values)
  }

  /** {@link describeSkewKurtosis} of the values: the same text, from the estimate when its digits are settled. */
  describe(): string {
    const estimate = this.estimate()
    if (estimate !== undefined) {
      const skew = settledDigits(estimate.skew, estimate.skewError)
      const kurtosis = settledDigits(estimate.kurtosis, estimate.kurtosisError)
      if (skew !== undefined && kurtosis !== undefined) return `skew ${skew}, kurtosis ${kurtosis}`
    }
    return describeSkewKurtosis(this.values)
  }
}

/**
 * Six significant digits as the moments are printed (`dec(dec(x).toSignificantDigits(6)).toFixed()`), if every
 * value within `value ± error` prints them. `toPrecision(6)` rounds a double's exact value half away from zero,
 * as decimal.js rounds: when both ends of the widened interval round alike, so does every number between them,
 * the printed value's shortest decimal included (it lies within half a unit in the last place of the value).
 */
function settledDigits(value: number, error: number): string | undefined {
  const margin = error + 4 * ROUNDOFF * Math.abs(value)
  const low = (value - margin).toPrecision(6)
  return low === (value + margin).toPrecision(6) ? plainOf(low) : undefined
}

/**
 * The text `dec(text).toFixed()` gives for a `toPrecision` result: without trailing zeros after the point (nor
 * the point itself); decimal.js for the exponent form.
 *
 * @example
 * ```ts
 * plainOf('1.50000') // '1.5'
 * ```
 */
export function plainOf(text: string): string {
  if (text.includes('e')) return dec(text).toFixed()
  if (!text.includes('.')) return text
  let end = text.length
  while (text.charCodeAt(end - 1) === 48) end--
  if (text.charCodeAt(end - 1) === 46) end--
  const plain = text.slice(0, end)
  return plain === '-0' ? '0' : plain
}
