// Exact decimals as a BigInt coefficient and a power of ten, with the four operations rounded exactly as the
// configured Decimal class rounds them (half up, to a number of significant digits). The engine's fast paths
// (engine/fast-min-max.ts, engine/fast-mean.ts) compute whole columns with them instead of allocating a
// decimal.js object per step; every result is the decimal.js result digit for digit (scaled.prop.test.ts).

/**
 * An exact decimal `c × 10^e`: `c` a BigInt (its sign is the number's), `e` an integer exponent. Not
 * normalised: `15n, -1` and `150n, -2` are both 1.5.
 *
 * @example
 * ```ts
 * const x: Scaled = { c: 15n, e: -1 } // 1.5
 * ```
 */
export interface Scaled {
  readonly c: bigint
  readonly e: number
}

// 10^0 … 10^POW10_SIZE−1, so digit counts and scalings of the usual sizes are table look-ups.
const POW10_SIZE = 256
const POW10: bigint[] = [1n]
for (let i = 1; i < POW10_SIZE; i++) POW10.push(POW10[i - 1]! * 10n)

/**
 * 10^n as a BigInt (from a table for the usual sizes).
 *
 * @example
 * ```ts
 * pow10(3) // 1000n
 * ```
 */
export function pow10(n: number): bigint {
  return n < POW10_SIZE ? POW10[n]! : 10n ** BigInt(n)
}

const HALF_POW10: bigint[] = [0n]
for (let i = 1; i < POW10_SIZE; i++) HALF_POW10.push(POW10[i]! / 2n)

/**
 * Half of 10^n (n ≥ 1), the threshold of rounding half up when n digits are dropped: a remainder from it up
 * rounds away from zero.
 *
 * @example
 * ```ts
 * halfPow10(3) // 500n
 * ```
 */
export function halfPow10(n: number): bigint {
  return n < POW10_SIZE ? HALF_POW10[n]! : 5n * 10n ** BigInt(n - 1)
}

/**
 * The number of decimal digits of a positive BigInt.
 *
 * @example
 * ```ts
 * digitCount(1000n) // 4
 * ```
 */
export function digitCount(a: bigint): number {
  // Smallest n with a < 10^n, by binary search over the table: first within 64 digits, where the engine's
  // values are (at most 62-digit quotients), so six comparisons settle it.
  let low = 1
  let high = a < POW10[64]! ? 64 : POW10_SIZE - 1
  if (high === POW10_SIZE - 1 && a >= POW10[high]!) return a.toString().length
  while (low < high) {
    const middle = (low + high) >> 1
    if (a < POW10[middle]!) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * {@link digitCount} of a positive `a` known to have at most `most` digits (a part of a whole of that many
 * digits), counted down from there: one or two comparisons for the usual parts.
 *
 * @example
 * ```ts
 * digitCountBelow(42n, 5) // 2
 * ```
 */
export function digitCountBelow(a: bigint, most: number): number {
  let count = most
  while (count > 1 && a < pow10(count - 1)) count--
  return count
}

/**
 * {@link digitCount} of `a` when it is known to be `guess` or one more (a sum of two positive numbers of at
 * most `guess` digits, at least one of them that long): one comparison.
 *
 * @example
 * ```ts
 * digitCountNear(1000n, 3) // 4
 * ```
 */
export function digitCountNear(a: bigint, guess: number): number {
  return a >= pow10(guess) ? guess + 1 : guess
}

const ZERO: Scaled = { c: 0n, e: 0 }

/**
 * `c × 10^e` rounded to `digits` significant digits, half away from zero (decimal.js `ROUND_HALF_UP`).
 *
 * @example
 * ```ts
 * roundScaled(123456n, -3, 4) // { c: 1235n, e: -1 }: 123.456 → 123.5
 * ```
 */
export function roundScaled(c: bigint, e: number, digits: number): Scaled {
  if (c === 0n) return ZERO
  const negative = c < 0n
  const magnitude = negative ? -c : c
  const drop = digitCount(magnitude) - digits
  if (drop <= 0) return { c, e }
  // Half up: away from zero when the dropped part is at least half a unit of the last kept digit, which is
  // ⌊(magnitude + half a unit) ÷ unit⌋ in one addition and one division.
  const kept = (magnitude + halfPow10(drop)) / pow10(drop)
  return { c: negative ? -kept : kept, e: e + drop }
}

/** The exponent of a non-zero value's most significant digit (decimal.js's `e`). */
function topExponent(x: Scaled): number {
  return x.e + digitCount(x.c < 0n ? -x.c : x.c) - 1
}

// decimal.js adds operands whose most significant digits lie far apart on a shortened copy of the smaller one
// (a few base-1e7 words), which need not round as the exact sum does. Beyond this gap the fast paths decline;
// decimal.js only shortens beyond about 49 digits at 40 significant digits and 70 at 60.
const MAX_ADD_GAP = 40

/**
 * `x + y` rounded to `digits` significant digits as decimal.js rounds it; `undefined` when the operands' most
 * significant digits lie more than 40 places apart (decimal.js shortens the smaller one there, so the caller
 * computes that case with decimal.js itself).
 *
 * @example
 * ```ts
 * addScaled({ c: 1n, e: 0 }, { c: 5n, e: -1 }, 40) // { c: 15n, e: -1 }: 1 + 0.5 = 1.5
 * ```
 */
export function addScaled(x: Scaled, y: Scaled, digits: number): Scaled | undefined {
  if (x.c === 0n) return roundScaled(y.c, y.e, digits)
  if (y.c === 0n) return roundScaled(x.c, x.e, digits)
  const gap = topExponent(x) - topExponent(y)
  if (gap > MAX_ADD_GAP || gap < -MAX_ADD_GAP) return undefined
  if (x.e === y.e) return roundScaled(x.c + y.c, x.e, digits)
  return x.e > y.e
    ? roundScaled(x.c * pow10(x.e - y.e) + y.c, y.e, digits)
    : roundScaled(x.c + y.c * pow10(y.e - x.e), x.e, digits)
}

/**
 * `x − y` rounded as decimal.js rounds it; see {@link addScaled}.
 *
 * @example
 * ```ts
 * subtractScaled({ c: 1n, e: 0 }, { c: 5n, e: -1 }, 40) // { c: 5n, e: -1 }
 * ```
 */
export function subtractScaled(x: Scaled, y: Scaled, digits: number): Scaled | undefined {
  return addScaled(x, { c: -y.c, e: y.e }, digits)
}

/**
 * `x × y` rounded to `digits` significant digits (decimal.js multiplies exactly, then rounds).
 *
 * @example
 * ```ts
 * multiplyScaled({ c: 15n, e: -1 }, { c: 3n, e: 0 }, 40) // { c: 45n, e: -1 }
 * ```
 */
export function multiplyScaled(x: Scaled, y: Scaled, digits: number): Scaled {
  return roundScaled(x.c * y.c, x.e + y.e, digits)
}

/**
 * `x ÷ y` (y ≠ 0) correctly rounded to `digits` significant digits, as decimal.js divides: the quotient is
 * taken to more than `digits` digits and the remainder decides the rounding.
 *
 * @example
 * ```ts
 * divideScaled({ c: 2n, e: 0 }, { c: 3n, e: 0 }, 4) // { c: 6667n, e: -4 }
 * ```
 */
export function divideScaled(x: Scaled, y: Scaled, digits: number): Scaled {
  if (x.c === 0n) return ZERO
  const negative = x.c < 0n !== y.c < 0n
  const a = x.c < 0n ? -x.c : x.c
  const b = y.c < 0n ? -y.c : y.c
  // Scale the dividend so the integer quotient has at least digits + 1 digits; then the remainder only says
  // whether anything was cut (a sticky digit), which cannot turn a digit below half into a half.
  const shift = Math.max(0, digits + 2 - (digitCount(a) - digitCount(b)))
  const scaled = a * pow10(shift)
  let quotient = scaled / b
  const exponent = x.e - y.e - shift
  if (scaled - quotient * b !== 0n) {
    // Append a non-zero sticky digit: the rounding below sees "more than nothing" past the quotient's digits.
    quotient = quotient * 10n + 1n
    return roundScaled(negative ? -quotient : quotient, exponent - 1, digits)
  }
  return roundScaled(negative ? -quotient : quotient, exponent, digits)
}

/**
 * Compares two exact decimals: −1, 0 or 1.
 *
 * @example
 * ```ts
 * compareScaled({ c: 15n, e: -1 }, { c: 150n, e: -2 }) // 0
 * ```
 */
export function compareScaled(x: Scaled, y: Scaled): -1 | 0 | 1 {
  if (x.e === y.e) return x.c < y.c ? -1 : x.c > y.c ? 1 : 0
  const signX = x.c < 0n ? -1 : x.c > 0n ? 1 : 0
  const signY = y.c < 0n ? -1 : y.c > 0n ? 1 : 0
  if (signX !== signY) return signX < signY ? -1 : 1
  if (signX === 0) return 0
  const a = x.e > y.e ? x.c * pow10(x.e - y.e) : x.c
  const b = y.e > x.e ? y.c * pow10(y.e - x.e) : y.c
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The exact decimal of a plain decimal string (`'-12.50'`, `'.5'`, `'3.'`), or `undefined` for anything else.
 *
 * @example
 * ```ts
 * scaledOf('-12.50') // { c: -1250n, e: -2 }
 * ```
 */
export function scaledOf(text: string): Scaled | undefined {
  // One pass over the characters (no regular expression, no substrings): up to 15 digits are gathered in a
  // float64, where such integers are exact, and become a BigInt in one step.
  const length = text.length
  const first = text.charCodeAt(0)
  const start = first === 45 || first === 43 ? 1 : 0
  let point = -1
  let digits = 0
  let small = 0
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 46) {
      if (point !== -1) return undefined
      point = i
      continue
    }
    if (code < 48 || code > 57) return undefined
    digits++
    if (digits <= 15) small = small * 10 + (code - 48)
  }
  if (digits === 0) return undefined
  const magnitude =
    digits <= 15
      ? BigInt(small)
      : BigInt(point === -1 ? text.slice(start) : text.slice(start, point) + text.slice(point + 1))
  return { c: first === 45 ? -magnitude : magnitude, e: point === -1 ? 0 : point + 1 - length }
}

/**
 * The canonical decimal string of an exact decimal, as `toDecimalString` writes a decimal: no exponent, no
 * trailing zeros, never `-0`.
 *
 * @example
 * ```ts
 * scaledText({ c: -1250n, e: -2 }) // '-12.5'
 * ```
 */
export function scaledText(x: Scaled): string {
  if (x.c === 0n) return '0'
  const negative = x.c < 0n
  let digits = (negative ? -x.c : x.c).toString()
  let e = x.e
  if (e >= 0) return (negative ? '-' : '') + digits + '0'.repeat(e)
  let end = digits.length
  while (end > 0 && e < 0 && digits.charCodeAt(end - 1) === 48) {
    end--
    e++
  }
  if (end < digits.length) digits = digits.slice(0, end)
  if (e === 0) return (negative ? '-' : '') + digits
  const point = digits.length + e
  const text =
    point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`
  return negative ? `-${text}` : text
}
