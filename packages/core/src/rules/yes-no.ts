import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { defineRule } from '../plugin/define.js'
import { NonNegativeDecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { booleanInput, checkAtMostMax, checkPointsOption, distinctAscending, pointsOrMax } from './shared.js'

/** Options of {@link yesNo}. */
export const YesNoOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Points for "yes" (or for "no" when `invert`). Default: the node's maximum. */
    points: NonNegativeDecimalStringSchema.optional(),
    /** Points for the other answer. Default `'0'`. */
    whenNo: NonNegativeDecimalStringSchema.default('0'),
    /** When true, "no" earns the points (e.g. "no violations were found"). Default false. */
    invert: z.boolean().default(false),
  }),
)

/**
 * Yes/no points (*có/không*): the full points when the unit did the thing, `whenNo` (default 0) otherwise.
 * Reads one boolean input, `value`. With `invert: true` a "no" earns the points, for criteria phrased as
 * the absence of something (no violations, no late reports).
 *
 * Options: `points` (default: the node's `max`; one of the two is required), `whenNo` (default `'0'`),
 * `invert` (default `false`). Outcomes: `whenNo` and `points`.
 *
 * @example
 * ```ts
 * // Criterion 1.1 of a PAR INDEX: "the annual PAR plan was issued on time" — 1 point or nothing.
 * const node = { code: '1.1', title: 'Ban hành kế hoạch CCHC năm', max: '1', rule: { use: 'chiso/yes-no' } }
 * // value true → '1', value false → '0'
 *
 * // "No violations found in inspections": the points go to "no".
 * const clean = { code: '5.3', title: 'Không có vi phạm', max: '0.5',
 *   rule: { use: 'chiso/yes-no', with: { invert: true } } }
 * // value false → '0.5', value true → '0'
 * ```
 */
export const yesNo = defineRule({
  id: 'chiso/yes-no',
  meta: {
    title: 'Yes/no points',
    titleVi: 'Có/không',
    description:
      'Gives the points when the answer is yes (or no, with invert) and whenNo (default 0) otherwise.',
    inputs: { value: 'boolean' },
  },
  options: YesNoOptionsSchema,
  check: ({ options, node }) => {
    const issues = [
      ...checkPointsOption('points', options.points, node),
      ...checkAtMostMax(['whenNo'], options.whenNo, node),
    ]
    if (issues.length > 0) return issues
    const points = pointsOrMax(options.points, node)
    if (dec(options.whenNo).gt(points)) {
      return [
        {
          path: ['whenNo'],
          message: `whenNo ${options.whenNo} exceeds the points ${points.toFixed()}: use invert to reward "no"`,
        },
      ]
    }
    return []
  },
  score: ({ input, options, node }) => {
    const yes = booleanInput(input, 'value')
    return yes !== options.invert ? pointsOrMax(options.points, node) : dec(options.whenNo)
  },
  outcomes: ({ options, node }) =>
    distinctAscending([dec(options.whenNo), pointsOrMax(options.points, node)]),
})
