// What an exact ASEM build cannot do without, as long as a scorecard holds each value as a decimal string of up
// to 40 significant digits computed on BigInt: print every such string once, and make every such value by at
// least one BigInt division (each min-max cell and each mean is a correctly rounded quotient). Timed beside
// the float64 kernel (`exact-floor.bench.ts`), this is a floor for the ratio exact ÷ float64: the engine does
// all of it and more (docs/performance.md, "Exact engine against float64").
import type { Scorecard } from '../src/index.js'

/** One 40-digit value of a scorecard as the engine holds it before printing: coefficient × 10^exponent. */
interface Coefficient {
  readonly c: bigint
  readonly e: number
}

/** The work of the floor, prepared once from a scorecard: only the timed loops run per build. */
export interface ExactFloor {
  /** The scorecard's long values (more than 15 significant digits), as the engine keeps them. */
  readonly values: ReadonlyArray<Coefficient>
  /** For each value, a dividend and a divisor whose BigInt quotient is its coefficient. */
  readonly dividends: ReadonlyArray<bigint>
  readonly divisors: ReadonlyArray<bigint>
}

/**
 * The long values of every node result of `scorecard` (the strings the engine printed from BigInt; the short
 * ones — 0, 100, values of a few digits — are left out, so the floor errs low), with one division per value:
 * the coefficient times a 17-digit divisor, plus a remainder, divided back (an ASEM min-max cell divides by
 * its column's spread, of about that size; a mean by its weight sum, smaller).
 */
export function exactFloorOf(scorecard: Scorecard): ExactFloor {
  const values: Coefficient[] = []
  for (const unit of scorecard.units)
    for (const result of Object.values(unit.nodes ?? {})) {
      const text = result.score
      if (text === null) continue
      const digits = text.replace(/^-|\./g, '')
      if (digits.replace(/^0+/, '').length <= 15) continue
      const point = text.indexOf('.')
      values.push({ c: BigInt(text.replace('.', '')), e: point === -1 ? 0 : point + 1 - text.length })
    }
  const divisors = values.map((_, at) => 12_345_678_901_234_567n + BigInt(at))
  const dividends = values.map((value, at) => value.c * divisors[at]! + BigInt(at))
  return { values, dividends, divisors }
}

/** Prints every value's coefficient (the digits alone: placing the point and a sign is extra); returns a length. */
export function printFloor({ values }: ExactFloor): number {
  let length = 0
  for (let at = 0; at < values.length; at++) length += values[at]!.c.toString().length
  return length
}

/** One BigInt division per value, the one each correctly rounded value needs at least, into `quotients`. */
export function divisionFloor({ dividends, divisors }: ExactFloor, quotients: bigint[]): void {
  for (let at = 0; at < dividends.length; at++) quotients[at] = dividends[at]! / divisors[at]!
}
