import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { extent, orient } from './column.js'

/** Options of {@link distanceToReference}. */
export const DistanceToReferenceOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The code of the reference unit (required): the unit every other one is compared with. */
    unit: z.string().min(1),
    /** The value of a unit level with the reference; must be > 0. Default `'1'` (COINr's `n_dist2ref`). */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('1'),
    /** `true`: units beyond the reference get `scale`, not more. Default `false` (COINr's `cap_max`). */
    cap: z.boolean().default(false),
  }),
)

/**
 * Distance to a reference unit (*khoảng cách tới đơn vị tham chiếu*): `(1 − (ref − x) / (ref − min)) × scale`,
 * that is `(x − min) / (ref − min) × scale`, where `ref` is the reference unit's value and min the worst value
 * of the cohort: the worst unit gets 0, the reference `scale`, and (with `cap`) units beyond it `scale` too.
 * Values are first multiplied by the node's `direction`, as COINr's `n_dist2ref` does.
 *
 * When the reference unit is not in the dataset or has no value, or is itself the worst unit, the distances
 * are undefined: it reports `NO_SPREAD` as an error naming the unit and no unit gets a value. `null` stays
 * `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/distance-to-reference', with: { unit: 'AUT', scale: '100' } }
 * // values 2 (AUT: 6), 4, 6, 8 → '0', '50', '100', '150'; with cap: true the last is '100'
 * ```
 */
export const distanceToReference = defineNormaliser({
  id: 'chiso/distance-to-reference',
  meta: {
    title: 'Distance to a reference unit',
    titleVi: 'Khoảng cách tới đơn vị tham chiếu',
    description:
      'Progress from the worst unit towards a chosen reference unit, times scale (COINr n_dist2ref).',
  },
  options: DistanceToReferenceOptionsSchema,
  normalise: ({ values, options, node, report, units }) => {
    const oriented = orient(values, node.direction)
    const range = extent(oriented)
    if (range === null) return oriented
    const at = units?.indexOf(options.unit) ?? -1
    const reference = at < 0 ? null : (oriented[at] ?? null)
    const fail = (why: string) => {
      report(DIAGNOSTIC_CODES.NO_SPREAD, `distance-to-reference: ${why}`, 'error')
      return oriented.map(() => null)
    }
    if (at < 0) return fail(`the reference unit "${options.unit}" is not in the dataset`)
    if (reference === null) return fail(`the reference unit "${options.unit}" has no value`)
    const span = reference.minus(range.min)
    if (span.isZero())
      return fail(`the reference unit "${options.unit}" is the worst unit; no distance is defined`)
    const scale = dec(options.scale)
    return oriented.map((value) => {
      if (value === null) return null
      const scaled = value.minus(range.min).times(scale).div(span)
      return options.cap && scaled.gt(scale) ? scale : scaled
    })
  },
})
