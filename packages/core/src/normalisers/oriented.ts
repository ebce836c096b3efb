import * as z from 'zod'
import { defineNormaliser } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { orient } from './column.js'

/** Options of {@link oriented} (none). */
export const OrientedOptionsSchema = lazySchema(() => z.strictObject({}))

/**
 * The value times the node's `direction`, nothing else: what COINr's `Normalise` does with `f_n = "none"`, so
 * that a lower-is-better indicator still counts against the unit in a mean without being rescaled.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/oriented' }
 * // direction: -1, values 2, 5 → '-2', '-5'
 * ```
 */
export const oriented = defineNormaliser({
  id: 'chiso/oriented',
  meta: {
    title: 'Direction only',
    titleVi: 'Chỉ đổi chiều',
    description:
      'Multiplies each value by the node’s direction and does not rescale (COINr Normalise with f_n = "none").',
  },
  options: OrientedOptionsSchema,
  normalise: ({ values, node }) => orient(values, node.direction),
})
