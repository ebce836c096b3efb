import * as z from 'zod'
import { defineNormaliser } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { orient, rankColumn } from './column.js'

/** Options of {@link rank}. */
export const RankOptionsSchema = lazySchema(() =>
  z.strictObject({
    /**
     * Ranks shared by tied values: `'min'` (default, as COINr's `n_rank`: sport ranking, 1, 1, 3), `'average'`
     * (R's `rank()` default) or `'max'`.
     */
    ties: z.enum(['average', 'min', 'max']).default('min'),
  }),
)

/**
 * Replaces each value by its rank in the cohort, 1 for the worst unit, so that larger stays better (the
 * best of n units gets n). Values are first multiplied by the node's `direction`, so for `direction: -1` the
 * lowest value gets the highest rank. Tied values share a rank (`ties`, default `'min'` as in COINr: two units
 * tied for ranks 1 and 2 both get `'1'`; `'average'` gives both `'1.5'`). Units without a value are not ranked (`null` stays `null`).
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/rank' }
 * // values 10, 30, 10, 20 → '1', '4', '1', '3'; with ties: 'average' → '1.5', '4', '1.5', '3'
 * ```
 */
export const rank = defineNormaliser({
  id: 'chiso/rank',
  meta: {
    title: 'Rank in the cohort',
    titleVi: 'Thứ hạng trong nhóm',
    description: 'Ranks the units, 1 for the worst, ties at the minimum by default (COINr n_rank).',
  },
  options: RankOptionsSchema,
  normalise: ({ values, options, node }) => rankColumn(orient(values, node.direction), options.ties),
})
