import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import type { OptionIssue } from '../plugin/contract.js'
import { defineRule } from '../plugin/define.js'
import { NonNegativeDecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { checkPointsOption, decimalInput, PositiveDecimalStringSchema, pointsOrMax } from './shared.js'

/**
 * The most outcomes {@link deduction} lists. Past it (e.g. start 100, per 0.01) the list holds the first
 * `DEDUCTION_MAX_OUTCOMES - 1` steps from `start` and then `floor`: the few-occurrence end is what a rank
 * planner can realistically move, and `floor` bounds the rest.
 */
export const DEDUCTION_MAX_OUTCOMES = 1000

/** Options of {@link deduction}. */
export const DeductionOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Points before any deduction. Default: the node's maximum. */
    start: NonNegativeDecimalStringSchema.optional(),
    /** Points deducted per occurrence (> 0). Required. */
    per: PositiveDecimalStringSchema,
    /** The result never goes below it. Default `'0'`. */
    floor: NonNegativeDecimalStringSchema.default('0'),
  }),
)

/**
 * Deduction per occurrence with a floor (*trừ điểm*): max(floor, start − per × count). The input `value` is
 * the number of occurrences (late reports, violations, complaints…).
 *
 * Options: `start` (default: the node's `max`; one of the two is required), `per` (required, > 0), `floor`
 * (default `'0'`, at most `start`). A count that is not a non-negative integer is reported as `INPUT_RANGE`
 * (error) and scored as the nearest valid count that does not reward it: a negative count as 0, a fraction
 * rounded up (every begun occurrence counts).
 *
 * Outcomes: start, start − per, start − 2 × per, … down to floor (at most {@link DEDUCTION_MAX_OUTCOMES}).
 *
 * @example
 * ```ts
 * // 1 point, minus 0.25 for every report sent late.
 * const node = { code: '2.3', title: 'Báo cáo đúng hạn', max: '1',
 *   rule: { use: 'chiso/deduction', with: { per: '0.25' } } }
 * // value 0 → '1'; value 2 → '0.5'; value 7 → '0'
 * // outcomes: ['0', '0.25', '0.5', '0.75', '1']
 * ```
 */
export const deduction = defineRule({
  id: 'chiso/deduction',
  meta: {
    title: 'Deduction per occurrence',
    titleVi: 'Trừ điểm',
    description: 'Gives max(floor, start − per × count), where the input is a number of occurrences.',
    inputs: { value: 'decimal' },
  },
  options: DeductionOptionsSchema,
  check: ({ options, node }) => {
    const issues: OptionIssue[] = checkPointsOption('start', options.start, node)
    if (issues.length > 0) return issues
    const start = pointsOrMax(options.start, node)
    if (dec(options.floor).gt(start)) {
      issues.push({ path: ['floor'], message: `floor ${options.floor} exceeds start ${start.toFixed()}` })
    }
    return issues
  },
  score: ({ input, options, node, report }) => {
    let count = decimalInput(input, 'value')
    if (count.isNegative()) {
      report('INPUT_RANGE', `count ${count.toFixed()} is negative: scored as 0 occurrences`, 'error')
      count = dec(0)
    } else if (!count.isInteger()) {
      const rounded = count.ceil()
      report(
        'INPUT_RANGE',
        `count ${count.toFixed()} is not a whole number: scored as ${rounded.toFixed()} occurrences`,
        'error',
      )
      count = rounded
    }
    return deduct(pointsOrMax(options.start, node), dec(options.per), dec(options.floor), count)
  },
  outcomes: ({ options, node }) => {
    const start = pointsOrMax(options.start, node)
    const per = dec(options.per)
    const floor = dec(options.floor)
    const out: Dec[] = []
    for (let count = 0; out.length < DEDUCTION_MAX_OUTCOMES - 1; count++) {
      const value = start.minus(per.times(count))
      if (value.lte(floor)) break
      out.push(value)
    }
    out.push(floor)
    return out.reverse()
  },
})

function deduct(start: Dec, per: Dec, floor: Dec, count: Dec): Dec {
  const value = start.minus(per.times(count))
  return value.lt(floor) ? floor : value
}
