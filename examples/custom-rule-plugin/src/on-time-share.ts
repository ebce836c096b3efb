// An invented illustration of a third-party rule, NOT an official criterion: "points by the share of
// administrative dossiers (hồ sơ thủ tục hành chính) settled on time". Real PAR INDEX decisions phrase
// similar criteria in their own way; read the decision before encoding one.
import {
  type Dec,
  DecimalStringSchema,
  DIAGNOSTIC_CODES,
  defineRule,
  NonNegativeDecimalStringSchema,
  type OptionIssue,
} from '@chiso/sdk'
import { z } from 'zod'

/** Options of {@link onTimeShare}. */
export const OnTimeShareOptionsSchema = z.strictObject({
  /** Full points. Default: the node's maximum. */
  points: NonNegativeDecimalStringSchema.optional(),
  /**
   * The share below which the unit earns nothing (in [0, 1), default `'0'`). From there the points grow
   * linearly up to the full points at a share of 1.
   */
  floor: DecimalStringSchema.default('0'),
  /**
   * What a unit that received no dossier at all (total 0) earns: `full` points (default; nothing was
   * late), `zero`, or `not-applicable`: the criterion does not apply, and its maximum leaves the unit's
   * maximum (as if the data said `NA`/KAD).
   */
  whenNone: z.enum(['full', 'zero', 'not-applicable']).default('full'),
})

/** The options of {@link onTimeShare}, with defaults applied. */
export type OnTimeShareOptions = z.output<typeof OnTimeShareOptionsSchema>

/**
 * `acme/on-time-share` — points by the share of dossiers settled on time (*tỷ lệ hồ sơ giải quyết đúng
 * hạn*): inputs `done` (settled on time) and `total` (settled); share = done ÷ total;
 * points × (share − floor) ÷ (1 − floor), and 0 below `floor`. Computed with one division, so the result is
 * exact whenever the quotient terminates.
 *
 * Data problems are diagnostics, never exceptions: a negative count is scored 0 (`INPUT_RANGE`, error);
 * `done` above `total` is scored as done = total (`INPUT_RANGE`, warning); no dossiers (total 0) gives
 * `whenNone` and an `acme/no-dossiers` info.
 *
 * @example
 * ```ts
 * const node = { code: '1.1', title: 'Hồ sơ giải quyết đúng hạn', max: '3',
 *   rule: { use: 'acme/on-time-share', with: { floor: '0.5' } } }
 * // done 90, total 100 → (0.9 − 0.5) ÷ 0.5 × 3 = '2.4'; done 40, total 100 → '0'; total 0 → '3'
 * ```
 */
export const onTimeShare = defineRule({
  id: 'acme/on-time-share',
  meta: {
    title: 'Points by share of dossiers settled on time',
    titleVi: 'Điểm theo tỷ lệ hồ sơ giải quyết đúng hạn',
    description: 'points × (share − floor) ÷ (1 − floor), share = done ÷ total; an invented example plugin.',
    inputs: { done: 'decimal', total: 'decimal' },
  },
  options: OnTimeShareOptionsSchema,
  check: ({ options, node, dec }) => {
    const issues: OptionIssue[] = []
    const floor = dec(options.floor)
    if (floor.isNegative() || floor.gte(1)) {
      issues.push({ path: ['floor'], message: `floor ${options.floor} must lie in [0, 1): it is a share` })
    }
    if (options.points === undefined && node.max === null) {
      issues.push({ path: ['points'], message: 'give "points" or a maximum (max) on the node' })
    }
    if (options.points !== undefined && node.max !== null && dec(options.points).gt(node.max)) {
      issues.push({
        path: ['points'],
        message: `points ${options.points} exceed the node maximum ${node.max.toFixed()}`,
      })
    }
    return issues
  },
  score: ({ input, options, node, dec, report }) => {
    const points = options.points === undefined ? node.max! : dec(options.points)
    let done = input.done as Dec
    const total = input.total as Dec
    if (done.isNegative() || total.isNegative()) {
      report(
        DIAGNOSTIC_CODES.INPUT_RANGE,
        `done ${done.toFixed()} and total ${total.toFixed()} must not be negative: scored 0`,
        'error',
      )
      return dec(0)
    }
    if (total.isZero()) {
      // A rule returns 'NA' to say the criterion does not apply to this unit: the engine then removes the
      // node's maximum from the unit's maximum, exactly as for an NA observation.
      if (options.whenNone === 'not-applicable') return 'NA'
      report(
        'acme/no-dossiers',
        `no dossiers: scored ${options.whenNone === 'full' ? 'the full points' : '0'} (whenNone)`,
        'info',
      )
      return options.whenNone === 'full' ? points : dec(0)
    }
    if (done.gt(total)) {
      report(
        DIAGNOSTIC_CODES.INPUT_RANGE,
        `done ${done.toFixed()} exceeds total ${total.toFixed()}: scored as done = total`,
        'warning',
      )
      done = total
    }
    // share ≥ floor ⇔ done ≥ floor × total; one division keeps the result exact when it terminates.
    const floor = dec(options.floor)
    const above = done.minus(floor.times(total))
    if (above.lte(0)) return dec(0)
    return points.times(above).div(total.times(dec(1).minus(floor)))
  },
})
