import {
  localize,
  type Methodology,
  type MethodologyNode,
  type Scorecard,
  type ScorecardSummary,
} from '@chiso/core'

/**
 * The nodes of a methodology level by level: level 1 holds the top-level nodes (areas), level 2 their
 * children, and so on.
 *
 * @example
 * ```ts
 * nodeLevels(methodology) // [[area 1, area 2, …], [1.1, 1.2, 2.1, …], …]
 * ```
 *
 * @category Export
 */
export function nodeLevels(methodology: Methodology): MethodologyNode[][] {
  const levels: MethodologyNode[][] = []
  const walk = (nodes: ReadonlyArray<MethodologyNode>, depth: number) => {
    for (const node of nodes) {
      const level = levels[depth] ?? []
      levels[depth] = level
      level.push(node)
      if (node.children) walk(node.children, depth + 1)
    }
  }
  walk(methodology.tree, 0)
  return levels
}

/**
 * The ranking as a table of text: a header and one row per unit in rank order (unranked units last, by
 * code), with every decimal as its exact string.
 *
 * @example
 * ```ts
 * rankingRows(card).header // ['rank', 'unit', 'name', 'group', 'index', 'indexDisplay', 'score', 'max', 'band']
 * ```
 *
 * @category Export
 */
export function rankingRows(scorecard: ScorecardSummary): { header: string[]; rows: string[][] } {
  const units = [...scorecard.units].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  )
  return {
    header: ['rank', 'unit', 'name', 'group', 'index', 'indexDisplay', 'score', 'max', 'band'],
    rows: units.map((u) => [
      u.rank === null ? '' : String(u.rank),
      u.unit,
      u.name ?? '',
      u.group ?? '',
      u.index ?? '',
      u.indexDisplay ?? '',
      u.score ?? '',
      u.max ?? '',
      u.band ?? '',
    ]),
  }
}

/**
 * One level of the scorecard as a table of text: per unit (in rank order) the score, maximum and index of
 * every node of the level, and its rank on the node when the methodology marks the node `ranked: true`.
 * Headers are `code score`, `code max`, `code index` (and `code rank`); `titles` gives each node's title.
 *
 * @example
 * ```ts
 * levelRows(card, nodeLevels(methodology)[0]!).header // ['rank', 'unit', 'name', '1 score', '1 max', '1 index', …]
 * ```
 *
 * @category Export
 */
export function levelRows(
  scorecard: Scorecard,
  nodes: ReadonlyArray<MethodologyNode>,
): { header: string[]; rows: string[][]; titles: string[] } {
  const ranking = rankingRows(scorecard)
  const byCode = new Map(scorecard.units.map((u) => [u.unit, u]))
  const header = ['rank', 'unit', 'name']
  const titles = ['', '', '']
  for (const node of nodes) {
    header.push(`${node.code} score`, `${node.code} max`, `${node.code} index`)
    const title = localize(node.title, 'vi')
    titles.push(title, '', '')
    if (node.ranked) {
      header.push(`${node.code} rank`)
      titles.push('')
    }
  }
  const rows = ranking.rows.map((row) => {
    const unit = byCode.get(row[1] as string)!
    const out = [row[0] as string, row[1] as string, row[2] as string]
    for (const node of nodes) {
      const result = unit.nodes[node.code]
      out.push(result?.score ?? '', result?.max ?? '', result?.index ?? '')
      if (node.ranked) out.push(nodeRankText(result?.rank))
    }
    return out
  })
  return { header, rows, titles }
}

/**
 * A unit's rank on a node as table text: the rank, or empty when the unit is unranked on it.
 *
 * @example
 * ```ts
 * nodeRankText(3) // '3'
 * nodeRankText(null) // ''
 * ```
 *
 * @category Export
 */
export function nodeRankText(rank: number | null | undefined): string {
  return rank === null || rank === undefined ? '' : String(rank)
}
