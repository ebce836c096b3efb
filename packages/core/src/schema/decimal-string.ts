import * as z from 'zod'
import { dec, isDecimalString, numberToDecimalString, toDecimalString } from '../decimal/decimal.js'
import { DECIMAL_EXPECTED as MESSAGE } from '../errors/zod-reason.js'

/**
 * A decimal string already in the form `toDecimalString` writes: no sign on zero, no leading or trailing zeros.
 * The schema keeps such a string as it is; the readers that skip zod accept only these.
 *
 * @example
 * ```ts
 * CANONICAL_DECIMAL.test('2.5') // true
 * CANONICAL_DECIMAL.test('2.50') // false
 * ```
 */
export const CANONICAL_DECIMAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/

/**
 * A decimal written as a string (`"2.5"`), normalised to its plain form (`"2.50"` → `"2.5"`).
 *
 * Numbers are accepted only when they convert losslessly (at most 15 significant digits), because YAML and
 * JSON readers turn unquoted `2.5` into a number; anything else fails with `expected a decimal string`.
 *
 * @example
 * ```ts
 * DecimalStringSchema.parse('2.50') // '2.5'
 * DecimalStringSchema.parse(10)     // '10'
 * DecimalStringSchema.safeParse('abc').success // false
 * ```
 *
 * @category Decimal
 */
export const DecimalStringSchema = z
  .union([z.string(), z.number()], { error: MESSAGE })
  .transform((value, ctx) => {
    if (typeof value === 'number') {
      const text = numberToDecimalString(value)
      if (text !== undefined) return text
      ctx.addIssue({
        code: 'custom',
        message: `${MESSAGE} (the number ${String(value)} cannot be represented exactly: write it as a quoted string)`,
        // The reason and values a translation of this message needs (see `zodReason`).
        params: { reason: 'decimal.inexact', number: String(value) },
      })
      return z.NEVER
    }
    // Most data is already canonical ("7.98", "0", "-2.5"): keep it without building a Decimal.
    if (CANONICAL_DECIMAL.test(value)) return value
    const trimmed = value.trim()
    if (!isDecimalString(trimmed)) {
      ctx.addIssue({
        code: 'custom',
        message: `${MESSAGE}, got ${JSON.stringify(value)}`,
        params: { reason: 'decimal.expected', got: JSON.stringify(value) },
      })
      return z.NEVER
    }
    return toDecimalString(dec(trimmed))
  })
  .meta({
    description:
      'A decimal number written as a string, e.g. "2.5" (numbers with at most 15 significant digits are accepted).',
  })

/**
 * A non-negative decimal string, for maxima, weights and points.
 *
 * @example
 * ```ts
 * NonNegativeDecimalStringSchema.parse('2.50')         // '2.5'
 * NonNegativeDecimalStringSchema.safeParse('-1').success // false
 * ```
 *
 * @category Decimal
 */
export const NonNegativeDecimalStringSchema = DecimalStringSchema.refine((text) => !dec(text).isNegative(), {
  message: 'expected a decimal string ≥ 0',
  params: { reason: 'decimal.negative' },
})

/**
 * A decimal string (the output type of {@link DecimalStringSchema}): plain, no exponent, no trailing zeros.
 *
 * @example
 * ```ts
 * const max: DecimalString = DecimalStringSchema.parse(2.5) // '2.5'
 * ```
 *
 * @category Decimal
 */
export type DecimalString = z.output<typeof DecimalStringSchema>
