import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineAggregator } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'

/** Options of {@link sum}: none. */
export const SumOptionsSchema = lazySchema(() => z.strictObject({}))

// The engine mirrors this aggregator in engine/aggregate-step.ts and engine/fast-paths.ts (an exact sum in
// integer millionths, without calling `aggregate`): a change to what it returns must be made there too.
/**
 * Sum of points (*tổng điểm*): the exact sum of the children's points, as in the PAR INDEX where points are
 * summed upward (area = Σ criteria = Σ sub-criteria). Weights are ignored: in a point methodology the points
 * already carry the weight (use `chiso/mean` for weighted composites).
 *
 * It is the one additive aggregator (`meta.additive`): the engine caps the node at its declared maximum and
 * tracks the applicable maximum (the sum of the children's that apply), from which index = points ÷ max × 100.
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/sum' }
 * // children 2.5, 1.75, 0 → '4.25'
 * ```
 */
export const sum = defineAggregator({
  id: 'chiso/sum',
  meta: {
    title: 'Sum of points',
    titleVi: 'Tổng điểm',
    description: 'Adds the points of the children present, exactly; weights are ignored.',
    additive: true,
    weighted: false,
  },
  options: SumOptionsSchema,
  aggregate: ({ children, report }) => {
    if (children.length === 0) {
      report(DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN, 'sum: no child is present, nothing to add', 'error')
      return null
    }
    return children.reduce((total, child) => total.plus(child.value), dec(0))
  },
})
