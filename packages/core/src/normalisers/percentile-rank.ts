import { z } from 'zod'
import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { orient, rankColumn } from './column.js'

/** Options of {@link percentileRank}. */
export const PercentileRankOptionsSchema = z.strictObject({
  /** The value of the best unit; must be > 0. Default `'100'`. */
  scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
    message: 'expected a decimal string > 0',
  }).default('100'),
})

/**
 * Percentile rank (*thứ hạng phần trăm*): `(rank − 1) / (n − 1) × scale`, with ranks 1 (worst) … n (best)
 * among the n units that have a value and ties averaged, so the worst unit gets 0 and the best `scale`.
 * Values are first multiplied by the node's `direction`. With a single value it reports `NO_SPREAD` and
 * that unit gets `scale`; when all values are equal it reports `NO_SPREAD` and every unit gets `scale / 2`.
 * `null` stays `null`.
 *
 * @example
 * ```ts
 * normalise: { use: 'chiso/percentile-rank' }
 * // values 10, 30, 10, 20 → ranks 1.5, 4, 1.5, 3 → '16.6…7', '100', '16.6…7', '66.6…7'
 * // values 5, 6, 7 → '0', '50', '100'
 * ```
 */
export const percentileRank = defineNormaliser({
  id: 'chiso/percentile-rank',
  meta: {
    title: 'Percentile rank',
    titleVi: 'Thứ hạng phần trăm',
    description: 'The share of the other units a unit beats, ties averaged, times scale (COINr n_prank).',
  },
  options: PercentileRankOptionsSchema,
  normalise: ({ values, options, node, report }) => {
    const ranks = rankColumn(orient(values, node.direction), 'average')
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
    // All values tied: every rank is (n + 1) / 2, so every unit gets scale / 2; say that nothing separated them.
    if (ranks.every((value) => value === null || value.eq(dec(n + 1).div(2)))) {
      report(
        DIAGNOSTIC_CODES.NO_SPREAD,
        `percentile-rank: all ${n} values are equal; every unit gets ${scale.div(2).toFixed()}`,
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
