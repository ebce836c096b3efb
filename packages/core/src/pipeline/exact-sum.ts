// The running sum the pipeline's means take (an imputed group mean, `meanOf`): values added in order, each
// partial sum rounded half up to 40 significant digits, as decimal.js adds. `addScaled` (decimal/scaled.ts) does
// that step by step, counting the digits of both operands and of the result at every step. Most sums never
// round at all: data of a few digits each stay far below 40 digits, so while they do, one BigInt addition and
// one comparison per value settle it.
import { addScaled, pow10, type Scaled } from '../decimal/scaled.js'

const DIGITS = 40
const LIMIT = pow10(DIGITS)

/**
 * `values` added in order from 0, each partial sum rounded half up to 40 significant digits as decimal.js
 * rounds it (`values.reduce((t, x) => t.plus(x), dec(0))`); `undefined` where `addScaled` declines (two
 * operands more than 40 places apart, where decimal.js adds on a shortened copy).
 *
 * While every partial sum, written as an integer at the finest unit seen so far, lies strictly between −10^40
 * and 10^40, it has at most 40 significant digits, so rounding it to 40 leaves it as it is and the sums are
 * exact: one addition (and an alignment when a value is finer or coarser) and one comparison per value. From
 * the first partial sum at or beyond 10^40 on, each step is `addScaled`'s, from the exact sum before it.
 *
 * @example
 * ```ts
 * sumForty([{ c: 15n, e: -1 }, { c: 2n, e: 0 }]) // { c: 35n, e: -1 }: 1.5 + 2 = 3.5
 * ```
 */
export function sumForty(values: ReadonlyArray<Scaled>): Scaled | undefined {
  let c = 0n
  // The unit of the sum so far (none before the first non-zero value).
  let unit = Number.POSITIVE_INFINITY
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!
    if (x.c === 0n) continue
    let next: bigint | undefined
    let nextUnit = unit
    if (unit === Number.POSITIVE_INFINITY) {
      next = x.c
      nextUnit = x.e
    } else if (x.e >= unit) {
      // Aligned, a value over 40 places coarser is 10^41 or more: beyond the limit whatever the sum was.
      if (x.e - unit <= DIGITS) next = c + x.c * pow10(x.e - unit)
    } else if (c === 0n || unit - x.e <= DIGITS) {
      next = c * pow10(unit - x.e) + x.c
      nextUnit = x.e
    }
    if (next !== undefined && next < LIMIT && next > -LIMIT) {
      c = next
      unit = nextUnit
      continue
    }
    return roundedFrom(unit === Number.POSITIVE_INFINITY ? { c: 0n, e: 0 } : { c, e: unit }, values, i)
  }
  return unit === Number.POSITIVE_INFINITY ? { c: 0n, e: 0 } : { c, e: unit }
}

/** The rest of {@link sumForty} from `values[from]` on, step by step. */
function roundedFrom(total: Scaled, values: ReadonlyArray<Scaled>, from: number): Scaled | undefined {
  let sum: Scaled | undefined = total
  for (let i = from; i < values.length && sum !== undefined; i++) sum = addScaled(sum, values[i]!, DIGITS)
  return sum
}
