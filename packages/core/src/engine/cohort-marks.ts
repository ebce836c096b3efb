// The marks on node results that depend on the whole cohort: imputed leaves, and each unit's rank on the nodes
// the methodology marks `ranked`.
import type { NodeResult, UnitResult } from '../schema/scorecard.js'
import { nodeIndexOf } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { rankUnits } from './rank.js'
import { rankingKeyOf } from './ranking-key.js'

/**
 * Marks the node results that depend on the whole cohort, on fresh objects (the cached results stay as they
 * are): imputed leaves (`imputed: true`) and, on every node the methodology marks `ranked`, each unit's rank
 * on that node's exact index, with the methodology's ranking method.
 */
export function markNodes(context: EvaluationContext, units: UnitResult[]): void {
  const marks = cohortMarksOf(context)
  if (marks === undefined) return
  units.forEach((result, u) => {
    result.nodes = markedNodes(result.nodes, u, marks)
  })
}

/** What {@link markNodes} writes on the node results: imputed leaves and the ranks on `ranked` nodes. */
export interface CohortMarks {
  readonly imputed: ReadonlyArray<{ readonly code: string; readonly set: ReadonlySet<number> }>
  readonly nodeRanks: ReadonlyArray<{ readonly code: string; readonly ranks: ReadonlyArray<number | null> }>
}

/** The cohort marks of the evaluation, or undefined when there are none (no ranked node, nothing imputed). */
export function cohortMarksOf(context: EvaluationContext): CohortMarks | undefined {
  const { model } = context
  const ranked = model.treeOrder.filter((node) => node.ranked)
  if (ranked.length === 0 && context.imputed.size === 0) return undefined
  const nodeRanks = ranked.map((node) => {
    const column = context.states[node.index]!.final
    const entries = context.dataset.units.map((unit, u) => {
      const index =
        column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null
      return { code: unit.code, key: index === null ? null : rankingKeyOf(index), breakers: [] }
    })
    return { code: node.code, ranks: rankUnits(entries, model.methodology.ranking.method) }
  })
  const imputed = [...context.imputed].map(([leaf, set]) => ({ code: model.nodes[leaf]!.code, set }))
  return { imputed, nodeRanks }
}

/** One unit's node results with the cohort marks of unit `u` on fresh node objects (and a fresh record). */
function markedNodes(
  given: Record<string, NodeResult>,
  u: number,
  marks: CohortMarks,
): Record<string, NodeResult> {
  // Copied only for a unit with a mark: copying a record of every node for every unit cost more than the rest of
  // marking (a unit without marks keeps its record, as when there are no marks at all).
  let nodes: Record<string, NodeResult> | undefined
  for (const { code, set } of marks.imputed) {
    if (!set.has(u)) continue
    nodes ??= { ...given }
    nodes[code] = { ...nodes[code]!, imputed: true }
  }
  for (const { code, ranks } of marks.nodeRanks) {
    nodes ??= { ...given }
    nodes[code] = { ...nodes[code]!, rank: ranks[u] ?? null }
  }
  return nodes ?? given
}
