import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { extent, orient } from './column.js'

/** Options of {@link fractionOfMax}. */
export const FractionOfMaxOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The value of the best unit; must be > 0. Default `'1'` (COINr's `n_fracmax`). */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('1'),
  }),
)

/**
 * Fraction of the maximum (*tỷ lệ so với giá trị lớn nhất*): `x / max × scale`, with max the largest value of
 * the cohort, so the best unit gets `scale`. Values are first multiplied by the node's `direction`, as COINr's
 * `n_fracmax` does (so with `direction: -1` the maximum is the smallest value's negation). When the maximum is
 * zero there is nothing to divide by: it reports `NO_SPREAD` as an error and no unit gets a value.
 * `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/fraction-of-max' }
 * // values 2, 4, 8 → '0.25', '0.5', '1'; with scale: '100' → '25', '50', '100'
 * ```
 */
export const fractionOfMax = defineNormaliser({
  id: 'chiso/fraction-of-max',
  meta: {
    title: 'Fraction of the maximum',
    titleVi: 'Tỷ lệ so với giá trị lớn nhất',
    description: 'Each value divided by the largest value of the cohort, times scale (COINr n_fracmax).',
  },
  options: FractionOfMaxOptionsSchema,
  normalise: ({ values, options, node, report }) => {
    const oriented = orient(values, node.direction)
    const range = extent(oriented)
    if (range === null) return oriented
    if (range.max.isZero()) {
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        'fraction-of-max: the largest value is 0; nothing to divide by',
        'error',
      )
      return oriented.map(() => null)
    }
    const scale = dec(options.scale)
    return oriented.map((value) => (value === null ? null : value.times(scale).div(range.max)))
  },
})
