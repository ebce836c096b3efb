import { type Methodology, type Scorecard, type ScorecardByUnit, scorecardByUnitOf } from '@chiso/core'
import { nodeLevels, nodeRankText, rankingRows } from '../export/scorecard-rows.js'
import { csvRecord } from './write-csv.js'

/**
 * Writes a scorecard as CSV: one row per unit in rank order — rank, unit, name, group, index, indexDisplay,
 * score, max, band — then the score of every node of the tree (`<code>` columns, level by level), then the
 * rank of every node the methodology marks `ranked: true` (`<code> rank` columns). Decimals are exact strings;
 * cells that could start a formula are neutralised. A `ScorecardByUnit` (from `compiled.evaluateByUnit`) gives
 * the same text, its units' nodes read one unit at a time.
 *
 * @example
 * ```ts
 * scorecardToCsv(card, methodology).split('\n')[0]
 * // 'rank,unit,name,group,index,indexDisplay,score,max,band,1,2,1.1,1.2,2.1'
 * ```
 *
 * @category Export
 */
export function scorecardToCsv(scorecard: Scorecard | ScorecardByUnit, methodology: Methodology): string {
  const byUnit = 'nodesOf' in scorecard ? scorecard : scorecardByUnitOf(scorecard)
  const { header, rows } = rankingRows(byUnit)
  const nodes = nodeLevels(methodology).flat()
  const codes = nodes.map((node) => node.code)
  const rankedCodes = nodes.filter((node) => node.ranked).map((node) => node.code)
  const positions = new Map(byUnit.units.map((u, position) => [u.unit, position]))
  const lines = [csvRecord([...header, ...codes, ...rankedCodes.map((code) => `${code} rank`)])]
  for (const row of rows) {
    const unitNodes = byUnit.nodesOf(positions.get(row[1] as string)!)
    const scores = codes.map((code) => unitNodes[code]?.score ?? '')
    const ranks = rankedCodes.map((code) => nodeRankText(unitNodes[code]?.rank))
    lines.push(csvRecord([...row, ...scores, ...ranks]))
  }
  return `${lines.join('\n')}\n`
}
