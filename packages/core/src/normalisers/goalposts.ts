import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { withErrorReason } from '../errors/error-reason.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'

/** Options of {@link goalposts}. */
export const GoalpostsOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The lower goalpost (required). */
    lower: DecimalStringSchema,
    /** The upper goalpost (required); must be greater than `lower`. */
    upper: DecimalStringSchema,
    /** The value of a unit at the best goalpost; must be > 0. Default `'100'`. */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('100'),
    /** `true` (default): clamp results to `[0, scale]` (values beyond the goalposts). */
    truncate: z.boolean().default(true),
  }),
)

/**
 * Rescaling between fixed goalposts (*ngưỡng cố định*), the same every year whatever the cohort:
 * `(x − lower) / (upper − lower) × scale`, and for `direction: -1` (lower is better)
 * `(upper − x) / (upper − lower) × scale`. With `truncate` (default) values beyond the goalposts are clamped
 * to `[0, scale]`. It does not look at the other units. `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/goalposts', with: { lower: '20', upper: '85' } }
 * // values 20, 52.5, 85, 90 → '0', '50', '100', '100'; with truncate: false the last is '107.6923…'
 * // with direction: -1 → '100', '50', '0', '0'
 * ```
 */
export const goalposts = defineNormaliser({
  id: 'chiso/goalposts',
  meta: {
    title: 'Goalposts',
    titleVi: 'Chuẩn hoá theo ngưỡng cố định',
    description: 'Rescales against fixed lower and upper goalposts, optionally clamped (COINr n_goalposts).',
  },
  options: GoalpostsOptionsSchema,
  check: ({ options }) =>
    dec(options.lower).lt(options.upper)
      ? []
      : [
          withErrorReason(
            {
              path: ['upper'],
              message: `upper (${options.upper}) must be greater than lower (${options.lower})`,
            },
            {
              code: 'options.order',
              params: {
                upper: 'upper',
                upperValue: options.upper,
                lower: 'lower',
                lowerValue: options.lower,
              },
            },
          ),
        ],
  normalise: ({ values, options, node }) => {
    const lower = dec(options.lower)
    const upper = dec(options.upper)
    const scale = dec(options.scale)
    const width = upper.minus(lower)
    return values.map((value) => {
      if (value === null) return null
      const distance = node.direction === 1 ? value.minus(lower) : upper.minus(value)
      const scaled = distance.times(scale).div(width)
      if (!options.truncate) return scaled
      return scaled.isNegative() ? dec(0) : scaled.gt(scale) ? scale : scaled
    })
  },
})
