// A decimal whose digits are read from its string only when decimal.js first needs them. The engine's fast paths
// (engine/fast-min-max.ts, engine/fast-mean.ts) compute exactly on BigInt-scaled values and keep each result's
// string and exact form beside it (engine/decimal-cache.ts): most results are only ever printed or read again
// by another fast path, so parsing them into decimal.js digits would be wasted work.
import { Dec } from './decimal.js'

// decimal.js keeps a number in three own fields: `d` (digits in base 1e7), `e` (exponent) and `s` (sign); each
// instance also carries its class as an own `constructor` (every clone shares one prototype). A lazy decimal
// has the configured class's prototype behind a layer whose accessors parse the string on first read and put
// the three fields on the instance, so from then on it is an ordinary decimal.
const FIELDS = ['d', 'e', 's'] as const
const lazyPrototype: object = Object.create(Dec.prototype)

function materialise(lazy: Record<string, unknown>): void {
  const parsed = new Dec(lazy.text as string) as unknown as Record<(typeof FIELDS)[number], unknown>
  for (const field of FIELDS)
    Object.defineProperty(lazy, field, {
      value: parsed[field],
      writable: true,
      enumerable: true,
      configurable: true,
    })
}

for (const field of FIELDS) {
  Object.defineProperty(lazyPrototype, field, {
    get(this: Record<string, unknown>) {
      materialise(this)
      return this[field]
    },
    set(this: Record<string, unknown>, value: unknown) {
      materialise(this)
      this[field] = value
    },
    configurable: false,
  })
}

/**
 * A {@link Dec} of a canonical decimal string (as `toDecimalString` writes it), parsed only when an operation
 * first reads its digits; until then it costs one small object. It is an instance of `Dec` and behaves as
 * `dec(text)` in every operation (`lazy-decimal.prop.test.ts`).
 *
 * @example
 * ```ts
 * lazyDecimal('33.3333333333333333333333333333333333333').plus(1).toFixed()
 * // '34.3333333333333333333333333333333333333'
 * ```
 */
export function lazyDecimal(text: string): Dec {
  const lazy = Object.create(lazyPrototype) as Record<string, unknown>
  lazy.constructor = Dec
  lazy.text = text
  return lazy as unknown as Dec
}
