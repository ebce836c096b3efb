import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import type { InputSpec, OptionIssue, Reporter } from '../plugin/contract.js'
import { defineRule } from '../plugin/define.js'
import { DecimalStringSchema, NonNegativeDecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { checkPointsOption, decimalInput, pointsOrMax } from './shared.js'

/** A rating scale, e.g. `{ min: '1', max: '5' }` for a 5-point Likert scale. */
export const SurveyScaleSchema = lazySchema(() =>
  z.strictObject({
    /** The lowest answer (worth 0 points). */
    min: DecimalStringSchema,
    /** The highest answer (worth the full points). */
    max: DecimalStringSchema,
  }),
)

/** Options of {@link survey}. */
export const SurveyOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** `mean`: the input is a mean rating on `scale`. `share`: the input is the share of satisfied answers. */
    mode: z.enum(['mean', 'share']),
    /** The rating scale; required with `mode: 'mean'`, not allowed with `share`. */
    scale: SurveyScaleSchema.optional(),
    /** With `mode: 'share'`: `share` (default, input `value` in [0, 1]) or `counts` (inputs `done`, `total`). */
    over: z.enum(['share', 'counts']).optional(),
    /** Full points. Default: the node's maximum. */
    points: NonNegativeDecimalStringSchema.optional(),
  }),
)

type SurveyOptions = z.output<typeof SurveyOptionsSchema>

/**
 * Survey scaling (*điều tra xã hội học*): turns a survey result into points.
 * - `mode: 'mean'`: input `value` is the mean rating; points × (mean − scale.min) ÷ (scale.max − scale.min).
 * - `mode: 'share'`: input `value` is the share satisfied in [0, 1] (or, with `over: 'counts'`, inputs
 *   `done` satisfied answers out of `total`); points × share.
 *
 * `points` defaults to the node's maximum. A mean outside the scale or a share outside [0, 1] is reported
 * as `INPUT_RANGE` (warning) and clamped; with counts, `total` = 0 or a negative count is reported (error)
 * and scored 0, and `done` > `total` is clamped to a share of 1 (warning). Continuous: no outcomes.
 *
 * @example
 * ```ts
 * // Satisfaction with public services, mean of a 1–5 Likert scale, worth 2 points.
 * const node = { code: '8.1', title: 'Mức độ hài lòng', max: '2', source: 'survey',
 *   rule: { use: 'chiso/survey', with: { mode: 'mean', scale: { min: '1', max: '5' } } } }
 * // value 4 → '1.5'; value 5 → '2'; value 1 → '0'
 *
 * // Share of respondents satisfied, counted from the answers.
 * const share = { code: '8.2', title: 'Tỷ lệ hài lòng', max: '1', source: 'survey',
 *   rule: { use: 'chiso/survey', with: { mode: 'share', over: 'counts' } } }
 * // done 450, total 500 → '0.9'
 * ```
 */
export const survey = defineRule({
  id: 'chiso/survey',
  meta: {
    title: 'Survey scaling',
    titleVi: 'Điều tra xã hội học',
    description:
      'Scales a survey result to points: a mean rating over its scale, or the share of satisfied respondents.',
    inputs: (options: SurveyOptions): InputSpec =>
      options.mode === 'share' && options.over === 'counts'
        ? { done: 'decimal', total: 'decimal' }
        : { value: 'decimal' },
  },
  options: SurveyOptionsSchema,
  check: ({ options, node }) => {
    const issues: OptionIssue[] = [...checkPointsOption('points', options.points, node)]
    if (options.mode === 'mean') {
      if (options.scale === undefined) {
        issues.push({ path: ['scale'], message: 'mode mean needs a scale, e.g. { min: "1", max: "5" }' })
      } else if (!dec(options.scale.max).gt(options.scale.min)) {
        issues.push({
          path: ['scale', 'max'],
          message: `scale.max ${options.scale.max} must exceed scale.min ${options.scale.min}`,
        })
      }
      if (options.over !== undefined) {
        issues.push({ path: ['over'], message: 'over is only used with mode: share' })
      }
    } else if (options.scale !== undefined) {
      issues.push({ path: ['scale'], message: 'scale is only used with mode: mean' })
    }
    return issues
  },
  score: ({ input, options, node, report }) => {
    const points = pointsOrMax(options.points, node)
    if (options.mode === 'mean') {
      const min = dec(options.scale!.min)
      const max = dec(options.scale!.max)
      const mean = clamp(decimalInput(input, 'value'), min, max, 'mean', report)
      return points.times(mean.minus(min)).div(max.minus(min))
    }
    if (options.over === 'counts') {
      let done = decimalInput(input, 'done')
      const total = decimalInput(input, 'total')
      if (done.isNegative() || total.isNegative()) {
        report(
          'INPUT_RANGE',
          `done ${done.toFixed()} and total ${total.toFixed()} must not be negative: scored 0`,
          'error',
        )
        return dec(0)
      }
      if (total.isZero()) {
        report('INPUT_RANGE', 'total is 0: no answers, scored 0', 'error')
        return dec(0)
      }
      if (done.gt(total)) {
        report(
          'INPUT_RANGE',
          `done ${done.toFixed()} exceeds total ${total.toFixed()}: scored as done = total`,
          'warning',
        )
        done = total
      }
      return points.times(done).div(total)
    }
    return points.times(clamp(decimalInput(input, 'value'), dec(0), dec(1), 'share', report))
  },
})

function clamp(value: Dec, min: Dec, max: Dec, what: string, report: Reporter): Dec {
  if (value.lt(min) || value.gt(max)) {
    const bound = value.lt(min) ? min : max
    report(
      'INPUT_RANGE',
      `${what} ${value.toFixed()} is outside [${min.toFixed()}, ${max.toFixed()}]: scored as ${bound.toFixed()}`,
      'warning',
    )
    return bound
  }
  return value
}
