import { dec } from '../decimal/decimal.js'
import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { Scorecard } from '../schema/scorecard.js'
import { type RankMethod, rankUnits } from './rank.js'
import { rankingKeyOf } from './ranking-key.js'

/**
 * A scorecard ranked on one node instead of the index: each unit's `rank` becomes its rank on that node's
 * exact value (compared to the same 34 significant digits as the index, ties by `method`), units are sorted by
 * it (unranked last), and the group ranks, which belong to the index, are left out. Everything else is kept.
 * Throws a `NOT_FOUND` ChisoError when the scorecard has no such node.
 *
 * @example
 * ```ts
 * const bySubIndex = rankByNode(card, 'Conn', 'competition')
 * bySubIndex.units[0]?.unit // the unit with the highest Conn
 * ```
 *
 * @category Ranking
 */
export function rankByNode(scorecard: Scorecard, node: string, method: RankMethod): Scorecard {
  if (scorecard.units.length > 0 && scorecard.units.every((unit) => unit.nodes[node] === undefined))
    throw new ChisoError(ERROR_CODES.NOT_FOUND, `the scorecard has no node "${node}" to rank by`, {
      reason: { code: 'not-found.rank-node', params: { node } },
    })
  const entries = scorecard.units.map((unit) => {
    const index = unit.nodes[node]?.index ?? null
    return { code: unit.unit, key: index === null ? null : rankingKeyOf(dec(index)) }
  })
  const ranks = rankUnits(entries, method)
  const units = scorecard.units
    .map((unit, u) => {
      const { groupRank: _group, overallRank: _overall, ...rest } = unit
      return { ...rest, rank: ranks[u] ?? null }
    })
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
    )
  return { ...scorecard, units }
}
