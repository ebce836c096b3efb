import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { withErrorReason } from '../errors/error-reason.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { extent, orient } from './column.js'

/** Options of {@link minMax}. */
export const MinMaxOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The value given to the worst unit. Default `'0'` (COINr); PCI and DDCI use `'1'`. */
    l: DecimalStringSchema.default('0'),
    /** The value given to the best unit; must be greater than `l`. Default `'100'` (COINr); PCI and DDCI use `'10'`. */
    u: DecimalStringSchema.default('100'),
    /** What every unit gets when all values are equal: `u`, the middle `(l + u) / 2` (default) or `l`. */
    whenNoSpread: z.enum(['upper', 'middle', 'lower']).default('middle'),
  }),
)

/**
 * Min-max rescaling (*chuẩn hoá min-max*) between the lowest and the highest unit of the cohort:
 * `l + (x − min) / (max − min) · (u − l)`, with min and max over the units that have a value.
 *
 * As in COINr, values are first multiplied by the node's `direction`, so for `direction: -1` (lower is better)
 * this is `l + (max − x) / (max − min) · (u − l)`: the best unit gets `u`, the worst `l`. The result always
 * lies in `[l, u]`; it is computed with guard digits and rounded once, so results are exact whenever they
 * can be and correctly rounded otherwise.
 * When all values are equal (or only one unit has a value) it reports `NO_SPREAD` once and gives every unit
 * the `whenNoSpread` value. `null` stays `null`.
 *
 * @example
 * ```ts
 * // methodology node (PCI / DDCI indicator rescaled to 1–10)
 * normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } }
 * // values 2, 4, 6 → '1', '5.5', '10'; with direction: -1 → '10', '5.5', '1'
 * ```
 */
export const minMax = defineNormaliser({
  id: 'chiso/min-max',
  meta: {
    title: 'Min-max rescaling',
    titleVi: 'Chuẩn hoá min-max',
    description:
      'Rescales the cohort linearly so that the worst unit gets l and the best gets u (COINr n_minx; PCI/DDCI 1–10).',
  },
  options: MinMaxOptionsSchema,
  check: ({ options }) =>
    dec(options.l).lt(options.u)
      ? []
      : [
          withErrorReason(
            { path: ['u'], message: `u (${options.u}) must be greater than l (${options.l})` },
            {
              code: 'options.order',
              params: { upper: 'u', upperValue: options.u, lower: 'l', lowerValue: options.l },
            },
          ),
        ],
  normalise: ({ values, options, node, report }) => {
    const oriented = orient(values, node.direction)
    const range = extent(oriented)
    if (range === null) return oriented
    const l = dec(options.l)
    const u = dec(options.u)
    const spread = range.max.minus(range.min)
    if (spread.isZero()) {
      const fallback =
        options.whenNoSpread === 'upper' ? u : options.whenNoSpread === 'lower' ? l : l.plus(u).div(2)
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        `min-max: all ${range.count} value(s) are equal (${range.min.times(node.direction).toFixed()}); every unit gets ${fallback.toFixed()} (whenNoSpread: ${options.whenNoSpread})`,
        'warning',
      )
      return oriented.map((value) => (value === null ? null : fallback))
    }
    const width = u.minus(l)
    const rescale = columnRescaling(spread, width, l)
    return oriented.map((value) => {
      if (value === null) return null
      // Guard digits, then one rounding to 40 digits: exact whenever the result is.
      const scaled = narrow(rescale(new WideDec(value).minus(range.min)))
      // Rounding at 40 digits is monotone, so this clamp never moves a value by more than that rounding.
      return scaled.lt(l) ? l : scaled.gt(u) ? u : scaled
    })
  },
})

/**
 * `(x − min) × width ÷ spread + l` on guard digits for a whole column, with what is constant computed once:
 * when the width is a power of ten (the default 0–100, or 0–1, 0–10), `× width ÷ spread` is one division by
 * `spread ÷ width`, which is exact (only the decimal point moves), so the quotient — and its rounding — is the
 * same; `+ 0` changes nothing, so it is left out. Otherwise every step is taken as written.
 */
function columnRescaling(spread: Dec, width: Dec, l: Dec): (shifted: WideDec) => WideDec {
  const widthDigits = width.toFixed()
  const divisor = /^(?:10*|0\.0*1)$/.test(widthDigits) ? new WideDec(spread).div(width) : null
  if (divisor !== null && l.isZero()) return (shifted) => shifted.div(divisor)
  if (divisor !== null) return (shifted) => shifted.div(divisor).plus(l)
  return (shifted) => shifted.times(width).div(spread).plus(l)
}
