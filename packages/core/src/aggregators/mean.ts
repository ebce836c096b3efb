import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { defineAggregator } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { weighted, withinChildren } from './weights.js'

/** Options of {@link mean}: none (the weights are the children's `weight`). */
export const MeanOptionsSchema = lazySchema(() => z.strictObject({}))

/**
 * Weighted arithmetic mean (*trung bình cộng có trọng số*): `Σ wᵢ xᵢ / Σ wᵢ` over the children present, so
 * the relative weights are rescaled when a child is missing (COINr's default aggregation). It divides once, so
 * the result is exact whenever the quotient is finite. Σw = 0 reports `ZERO_WEIGHTS` and gives no value.
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/mean' }
 * // children 70.1, 80.2, 60.3 with weights 0.35, 0.35, 0.30 → '70.695' (a double gives 70.69499…)
 * // same children, the third missing → (0.35·70.1 + 0.35·80.2) / 0.7 = '75.15'
 * ```
 */
export const mean = defineAggregator({
  id: 'chiso/mean',
  meta: {
    title: 'Weighted arithmetic mean',
    titleVi: 'Trung bình cộng có trọng số',
    description: 'Σ w·x / Σ w over the children present (weights rescaled over them, as in COINr).',
  },
  options: MeanOptionsSchema,
  aggregate: ({ children, report }) => {
    const prepared = weighted(children, report, 'mean')
    if (prepared === null) return null
    const total = prepared.children.reduce((acc, child) => acc.plus(child.weight.times(child.value)), dec(0))
    return withinChildren(total.div(prepared.total), prepared.children)
  },
})
