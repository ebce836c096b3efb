import * as z from 'zod'
import { defineNormaliser } from '../plugin/define.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { orient, rankColumn, TIES_METHODS } from './column.js'

/** Options of {@link borda}. */
export const BordaOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Ranks shared by tied values: `'min'` (default, as COINr's `n_borda`), `'average'` or `'max'`. */
    ties: z.enum(TIES_METHODS).default('min'),
  }),
)

/**
 * Borda score (*điểm Borda*): the number of units a unit beats, `rank − 1` with ranks 1 (worst) … n (best)
 * among the units that have a value, so n distinct values get 0 … n − 1. Values are first multiplied by the
 * node's `direction`. Tied values share the lowest of their ranks by default (`ties: 'min'`, COINr's
 * `n_borda`). `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/borda' }
 * // values 10, 30, 10, 20 → '0', '3', '0', '2'; with ties: 'average' → '0.5', '3', '0.5', '2'
 * ```
 */
export const borda = defineNormaliser({
  id: 'chiso/borda',
  meta: {
    title: 'Borda score',
    titleVi: 'Điểm Borda',
    description: 'rank − 1: how many units each unit beats, ties at the minimum by default (COINr n_borda).',
  },
  options: BordaOptionsSchema,
  normalise: ({ values, options, node }) =>
    rankColumn(orient(values, node.direction), options.ties).map((rank) =>
      rank === null ? null : rank.minus(1),
    ),
})
