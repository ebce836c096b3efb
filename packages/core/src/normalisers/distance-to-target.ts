import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { extent, orient } from './column.js'

/** Options of {@link distanceToTarget}. */
export const DistanceToTargetOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The target value (required), in the indicator's own unit. */
    target: DecimalStringSchema,
    /** The value of a unit that reaches the target; must be > 0. Default `'100'`. */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('100'),
    /** `true` (default): units beyond the target get `scale`, not more. */
    cap: z.boolean().default(true),
  }),
)

/**
 * Distance to a target (*khoảng cách tới mục tiêu*): how far each unit has come from the worst unit of the
 * cohort towards a fixed target, times `scale`.
 *
 * - `direction: 1`: `(x − min) / (target − min) × scale`
 * - `direction: -1` (lower is better): `(max − x) / (max − target) × scale`
 *
 * min and max are over the units that have a value, so the worst unit gets 0 and a unit at the target gets
 * `scale`; with `cap` (default) units beyond the target get `scale` too, else more. This is COINr's
 * `n_dist2targ` (values multiplied by the direction first), without its division by zero.
 *
 * Degenerate case: if the target is not beyond the worst unit (`target ≤ min`, or `target ≥ max` for
 * `direction: -1`), every unit has already reached it: it reports `NO_SPREAD` once and every unit gets
 * `scale`. `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/distance-to-target', with: { target: '80' } }
 * // values 40, 60, 90 → '0', '50', '100' (90 is beyond the target: capped; with cap: false '125')
 * // direction: -1, target '10', values 50, 30, 10 → '0', '50', '100'
 * ```
 */
export const distanceToTarget = defineNormaliser({
  id: 'chiso/distance-to-target',
  meta: {
    title: 'Distance to target',
    titleVi: 'Khoảng cách tới mục tiêu',
    description:
      'Progress from the worst unit of the cohort towards a fixed target, times scale (COINr n_dist2targ).',
  },
  options: DistanceToTargetOptionsSchema,
  normalise: ({ values, options, node, report }) => {
    const oriented = orient(values, node.direction)
    const range = extent(oriented)
    if (range === null) return oriented
    const scale = dec(options.scale)
    const target = dec(options.target).times(node.direction)
    const span = target.minus(range.min)
    if (span.lte(0)) {
      const worst = range.min.times(node.direction).toFixed()
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        `distance-to-target: the target ${options.target} is not beyond the worst value ${worst}; every unit has reached it and gets ${scale.toFixed()}`,
        'warning',
      )
      return oriented.map((value) => (value === null ? null : scale))
    }
    return oriented.map((value) => {
      if (value === null) return null
      const scaled = value.minus(range.min).times(scale).div(span)
      return options.cap && scaled.gt(scale) ? scale : scaled
    })
  },
})
