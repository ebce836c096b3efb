// A decimal whose digits are read from its string only when decimal.js first needs them. The engine's fast paths
// (engine/fast-min-max.ts, engine/fast-mean.ts) compute exactly on BigInt-scaled values and keep each result's
// string and exact form beside it (engine/decimal-cache.ts): most results are only ever printed or read again
// by another fast path, so parsing them into decimal.js digits would be wasted work.
import { Dec } from './decimal.js'
import { type Scaled, scaledText } from './scaled.js'

// decimal.js keeps a number in three own fields: `d` (digits in base 1e7), `e` (exponent) and `s` (sign); each
// instance also carries its class as an own `constructor` (every clone shares one prototype). A lazy decimal
// has the configured class's prototype behind a layer whose accessors parse the string on first read and put
// the three fields on the instance, so from then on it is an ordinary decimal.
const FIELDS = ['d', 'e', 's'] as const
const lazyPrototype: object = Object.create(Dec.prototype)
// On the shared prototype rather than on each instance: one field fewer to set per value (decimal.js reads
// `x.constructor`, wherever it is found).
Object.defineProperty(lazyPrototype, 'constructor', { value: Dec, writable: true, configurable: true })

/**
 * The two fields a lazy decimal carries: its canonical string (printed from `exact` on first use when made
 * without it) and, when known, its exact form.
 */
interface LazyFields {
  text: string | undefined
  readonly exact: Scaled | undefined
}

// A constructor function (not `Object.create` per value): every lazy decimal gets the same two fields in the same
// order, one object shape, so creating and reading them stays cheap.
const LazyDecimal = function (
  this: { text: string | undefined; exact: Scaled | undefined },
  text: string | undefined,
  exact: Scaled | undefined,
) {
  this.text = text
  this.exact = exact
} as unknown as new (
  text: string | undefined,
  exact: Scaled | undefined,
) => LazyFields
LazyDecimal.prototype = lazyPrototype

function materialise(lazy: Record<string, unknown>): void {
  const parsed = new Dec(keptText(lazy as unknown as Dec)!) as unknown as Record<
    (typeof FIELDS)[number],
    unknown
  >
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
 * first reads its digits; until then it costs one small object. `exact`, when given, must be the same value
 * (the engine's fast paths read it back with {@link keptExact} instead of parsing the string). It is an instance of `Dec` and behaves as
 * `dec(text)` in every operation (`lazy-decimal.prop.test.ts`).
 *
 * @example
 * ```ts
 * lazyDecimal('33.3333333333333333333333333333333333333').plus(1).toFixed()
 * // '34.3333333333333333333333333333333333333'
 * ```
 */
export function lazyDecimal(text: string, exact?: Scaled): Dec {
  return new LazyDecimal(text, exact) as unknown as Dec
}

/**
 * The canonical string a lazy decimal was made from (`toDecimalString` of its value), or `undefined` for any
 * other decimal.
 *
 * @example
 * ```ts
 * keptText(lazyDecimal('1.5')) // '1.5'
 * keptText(dec('1.5'))         // undefined
 * ```
 */
export function keptText(value: Dec): string | undefined {
  const lazy = value as unknown as Partial<LazyFields>
  const text = lazy.text
  if (text !== undefined || lazy.exact === undefined) return text
  lazy.text = scaledText(lazy.exact)
  return lazy.text
}

/**
 * A {@link Dec} of an exact value whose string is printed only when first asked for ({@link keptText}, or
 * decimal.js reading its digits): a leaf value that only an exact fast path reads is never printed.
 *
 * @example
 * ```ts
 * lazyExactDecimal({ c: -1250n, e: -2 }).toFixed() // '-12.5'
 * ```
 */
export function lazyExactDecimal(exact: Scaled): Dec {
  return new LazyDecimal(undefined, exact) as unknown as Dec
}

/**
 * The exact form a lazy decimal was made with, or `undefined` (not given, or not a lazy decimal).
 *
 * @example
 * ```ts
 * keptExact(lazyDecimal('1.5', { c: 15n, e: -1 })) // { c: 15n, e: -1 }
 * ```
 */
export function keptExact(value: Dec): Scaled | undefined {
  return (value as unknown as Partial<LazyFields>).exact
}
