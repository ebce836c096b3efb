import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'
import { orient, rankColumn, TIES_METHODS } from './column.js'

/** Options of {@link percentileRank}. */
export const PercentileRankOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The value of the best unit; must be > 0. Default `'100'`. */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('100'),
    /**
     * Ranks shared by tied values before the percentile is taken: `'min'` (default, as COINr's `n_prank`, so two
     * units tied at the bottom both get 0), `'average'` or `'max'`.
     */
    ties: z.enum(TIES_METHODS).default('min'),
  }),
)

/**
 * Percentile rank (*thứ hạng phần trăm*): `(rank − 1) / (n − 1) × scale`, with ranks 1 (worst) … n (best)
 * among the n units that have a value and tied units sharing the lowest of their ranks (`ties: 'min'`, as
 * COINr), so the worst unit gets 0 and the best `scale`. Values are first multiplied by the node's
 * `direction`. With a single value it reports `NO_SPREAD` and that unit gets `scale`; when all values are
 * equal it reports `NO_SPREAD` (every unit then gets 0 with `min`, `scale / 2` with `average`, `scale` with
 * `max`). `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/percentile-rank' }
 * // values 10, 30, 10, 20 → ranks 1, 4, 1, 3 → '0', '100', '0', '66.6…7'
 * // with ties: 'average' → ranks 1.5, 4, 1.5, 3 → '16.6…7', '100', '16.6…7', '66.6…7'
 * // values 5, 6, 7 → '0', '50', '100'
 * ```
 */
export const percentileRank = defineNormaliser({
  id: 'chiso/percentile-rank',
  meta: {
    title: 'Percentile rank',
    titleVi: 'Thứ hạng phần trăm',
    description:
      'The share of the other units a unit beats, ties at the minimum by default, times scale (COINr n_prank).',
  },
  options: PercentileRankOptionsSchema,
  normalise: ({ values, options, node, report }) => {
    const oriented = orient(values, node.direction)
    const ranks = rankColumn(oriented, options.ties)
    const n = ranks.filter((value) => value !== null).length
    const scale = dec(options.scale)
    if (n === 0) return ranks
    if (n === 1) {
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        `percentile-rank: only one unit has a value; it gets ${scale.toFixed()}`,
        'warning',
      )
      return ranks.map((value) => (value === null ? null : scale))
    }
    // All values tied: every unit gets the same percentile; say that nothing separated them.
    const first = oriented.find((value) => value !== null)!
    if (oriented.every((value) => value === null || value.eq(first))) {
      const shared = ranks
        .find((value) => value !== null)!
        .minus(1)
        .times(scale)
        .div(n - 1)
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        `percentile-rank: all ${n} values are equal; every unit gets ${shared.toFixed()} (ties: ${options.ties})`,
        'warning',
      )
    }
    return ranks.map((value) =>
      value === null
        ? null
        : value
            .minus(1)
            .times(scale)
            .div(n - 1),
    )
  },
})
