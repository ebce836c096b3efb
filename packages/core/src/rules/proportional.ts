import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import type { InputSpec } from '../plugin/contract.js'
import { defineRule } from '../plugin/define.js'
import { NonNegativeDecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { checkPointsOption, decimalInput, PositiveDecimalStringSchema, pointsOrMax } from './shared.js'

/** Options of {@link proportional}. */
export const ProportionalOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Full points. Default: the node's maximum. */
    points: NonNegativeDecimalStringSchema.optional(),
    /** `share`: inputs `done` and `total`, x = done ÷ total (default). `value`: input `value` is x itself. */
    over: z.enum(['share', 'value']).default('share'),
    /** The x at which the full points are reached (> 0). Default `'1'`. */
    full: PositiveDecimalStringSchema.default('1'),
  }),
)

type ProportionalOptions = z.output<typeof ProportionalOptionsSchema>

/**
 * Points proportional to a share, with a cap (*tính theo tỷ lệ*): points × min(1, x ÷ full). With `full`
 * below 1 the full points are reached early (e.g. 80 % of the target is enough for all the points).
 *
 * Inputs: `done` and `total` (`over: 'share'`, the default; x = done ÷ total) or `value` (`over: 'value'`,
 * x given directly). The result is computed with one division, (points × done) ÷ (total × full), so it is
 * exact whenever the quotient terminates. Data problems, reported as `INPUT_RANGE`:
 * - x < 0, a negative `done` or `total`, or `total` = 0: scored 0 (error).
 * - `done` > `total`: scored as done = total (warning); values of x above `full` are simply capped.
 *
 * Continuous: no outcomes.
 *
 * @example
 * ```ts
 * // Share of administrative procedures offered online, full 2 points at 100 %.
 * const node = { code: '6.4', title: 'Tỷ lệ TTHC cung cấp trực tuyến', max: '2',
 *   rule: { use: 'chiso/proportional' } }
 * // done 3, total 4 → '1.5'; done 4, total 4 → '2'
 *
 * // Full points from 80 % on.
 * const early = { code: '6.5', title: 'Tỷ lệ hồ sơ trực tuyến', max: '1',
 *   rule: { use: 'chiso/proportional', with: { over: 'value', full: '0.8' } } }
 * // value 0.4 → '0.5'; value 0.9 → '1'
 * ```
 */
export const proportional = defineRule({
  id: 'chiso/proportional',
  meta: {
    title: 'Points proportional to a share',
    titleVi: 'Điểm theo tỷ lệ',
    description: 'Gives points × min(1, x ÷ full), where x is done ÷ total or a value given directly.',
    inputs: (options: ProportionalOptions): InputSpec =>
      options.over === 'share' ? { done: 'decimal', total: 'decimal' } : { value: 'decimal' },
  },
  options: ProportionalOptionsSchema,
  check: ({ options, node }) => checkPointsOption('points', options.points, node),
  score: ({ input, options, node, report }) => {
    const points = pointsOrMax(options.points, node)
    let numerator: Dec
    let denominator: Dec
    if (options.over === 'share') {
      numerator = decimalInput(input, 'done')
      denominator = decimalInput(input, 'total')
      if (numerator.isNegative() || denominator.isNegative()) {
        report(
          'INPUT_RANGE',
          `done ${numerator.toFixed()} and total ${denominator.toFixed()} must not be negative: scored 0`,
          'error',
        )
        return dec(0)
      }
      if (denominator.isZero()) {
        report('INPUT_RANGE', 'total is 0: the share is undefined, scored 0', 'error')
        return dec(0)
      }
      if (numerator.gt(denominator)) {
        report(
          'INPUT_RANGE',
          `done ${numerator.toFixed()} exceeds total ${denominator.toFixed()}: scored as done = total`,
          'warning',
        )
        numerator = denominator
      }
    } else {
      numerator = decimalInput(input, 'value')
      denominator = dec(1)
      if (numerator.isNegative()) {
        report('INPUT_RANGE', `value ${numerator.toFixed()} is negative: scored 0`, 'error')
        return dec(0)
      }
    }
    const reach = denominator.times(options.full)
    if (numerator.gte(reach)) return points
    return points.times(numerator).div(reach)
  },
})
