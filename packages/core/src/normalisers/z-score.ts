import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { orient } from './column.js'

/** Options of {@link zScore}. */
export const ZScoreOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The mean of the output. Default `'0'`. */
    mean: DecimalStringSchema.default('0'),
    /** The standard deviation of the output; must be > 0. Default `'1'`. */
    sd: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('1'),
    /** `true` (default): σ with n − 1 in the denominator, like R's `sd()` used by COINr; `false`: with n. */
    sample: z.boolean().default(true),
  }),
)

/**
 * Standardisation (*chuẩn hoá z-score*): `mean + sd · (x − μ) / σ`, with μ and σ the cohort's mean and
 * standard deviation over the units that have a value (σ with n − 1 unless `sample: false`).
 *
 * Values are first multiplied by the node's `direction` (COINr), so for `direction: -1` the output is
 * `mean − sd · (x − μ) / σ`. With fewer than two values or σ = 0 it reports `NO_SPREAD` once and every unit
 * gets `mean`. `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/z-score', with: { mean: '100', sd: '10' } }
 * // values 1, 2, 3 (μ = 2, σ = 1) → '90', '100', '110'; with direction: -1 → '110', '100', '90'
 * ```
 */
export const zScore = defineNormaliser({
  id: 'chiso/z-score',
  meta: {
    title: 'Z-score standardisation',
    titleVi: 'Chuẩn hoá z-score',
    description: 'Rescales the cohort to a given mean and standard deviation (COINr n_zscore).',
  },
  options: ZScoreOptionsSchema,
  normalise: ({ values, options, node, report }) => {
    const oriented = orient(values, node.direction)
    const present = oriented.filter((value) => value !== null)
    const target = dec(options.mean)
    const n = present.length
    if (n === 0) return oriented
    // Mean, σ and the quotients with guard digits, each result rounded once to 40 digits.
    const total = present.reduce((sum, value) => sum.plus(value), new WideDec(0))
    const mu = total.div(n)
    const squares = present.reduce(
      (sum, value) => sum.plus(new WideDec(value).minus(mu).pow(2)),
      new WideDec(0),
    )
    const divisor = options.sample ? n - 1 : n
    const sigma = divisor === 0 ? new WideDec(0) : squares.div(divisor).sqrt()
    if (sigma.isZero()) {
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        n < 2
          ? `z-score: only ${n} value, no standard deviation; every unit gets ${target.toFixed()}`
          : `z-score: all ${n} values are equal (σ = 0); every unit gets ${target.toFixed()}`,
        'warning',
      )
      return oriented.map((value) => (value === null ? null : target))
    }
    const sd = dec(options.sd)
    return oriented.map((value) =>
      value === null ? null : narrow(new WideDec(value).minus(mu).times(sd).div(sigma).plus(target)),
    )
  },
})
