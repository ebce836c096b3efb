import * as z from 'zod'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineAggregator } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'

/** Options of {@link min}: none. */
export const MinOptionsSchema = lazySchema(() => z.strictObject({}))

/**
 * The minimum (*giá trị nhỏ nhất*) of the children present: a fully non-compensatory aggregate where a node is
 * as good as its weakest child. Weights are ignored (a zero-weight child still counts).
 *
 * @example
 * ```ts
 * aggregate: { use: 'chiso/min' }
 * // children 7.5, 3.25, 9 → '3.25'
 * ```
 */
export const min = defineAggregator({
  id: 'chiso/min',
  meta: {
    title: 'Minimum',
    titleVi: 'Giá trị nhỏ nhất',
    description: 'The smallest value among the children present; weights are ignored.',
    weighted: false,
  },
  options: MinOptionsSchema,
  aggregate: ({ children, report }) => {
    if (children.length === 0) {
      report(DIAGNOSTIC_CODES.AGGREGATOR_DOMAIN, 'min: no child is present', 'error')
      return null
    }
    return children.reduce(
      (least, child) => (child.value.lt(least) ? child.value : least),
      children[0]!.value,
    )
  },
})
