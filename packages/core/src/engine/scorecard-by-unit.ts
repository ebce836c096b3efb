import type { Diagnostic, NodeResult, Scorecard, UnitResult } from '../schema/scorecard.js'

/**
 * One unit's result without its node results: index, rank and band (what a ranking table shows). A
 * {@link UnitResult} is one, with `nodes` added.
 *
 * @example
 * ```ts
 * const summary: UnitSummary = { unit: 'dong-son', score: '85.5', max: '100', index: '85.5',
 *   indexDisplay: '85.50', rank: 3, band: 'B' }
 * ```
 *
 * @category Scorecards
 */
export type UnitSummary = Omit<UnitResult, 'nodes'>

/**
 * A scorecard whose units may leave out their node results: the methodology, every unit's summary in
 * scorecard order (by rank, unranked last, ties by unit code) and the diagnostics. A {@link Scorecard} is
 * one; so is a {@link ScorecardByUnit}.
 *
 * @example
 * ```ts
 * const summary: ScorecardSummary = card // a Scorecard
 * summary.units.map((u) => u.indexDisplay) // ['100.00', '90.00']
 * ```
 *
 * @category Scorecards
 */
export interface ScorecardSummary {
  readonly methodology: Scorecard['methodology']
  readonly units: ReadonlyArray<UnitSummary>
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/**
 * A scorecard that hands out each unit's node results one unit at a time: `nodesOf(position)` builds the node
 * results of `units[position]` when asked and keeps nothing, so a writer that goes through the units once never
 * holds every node of every unit (at 10 000 units × 100 leaves those are over a million objects and their
 * strings). Everything else is built at once, as in a {@link Scorecard}. Make one with
 * {@link CompiledMethodology.evaluateByUnit}, or view a scorecard so with {@link scorecardByUnitOf}.
 *
 * `nodesOf(position)` gives the same records (as JSON) as `compiled.evaluate(dataset).units[position].nodes`,
 * keys in the same order; a new record on each call.
 *
 * @example
 * ```ts
 * // methodology and dataset of the createEngine example
 * const card = createEngine().compile(methodology).evaluateByUnit(dataset, { trace: false })
 * card.units.map((u) => [u.unit, u.indexDisplay, u.rank]) // [['B', '100.00', 1], ['A', '90.00', 2]]
 * card.nodesOf(0)['1']?.score // '4' (unit B's first node)
 * card.nodeEntriesOf(0).map(([code]) => code) // ['1', '2']
 * card.nodeCodes // ['1', '2']
 * card.nodeResultsOf?.(0)[0]?.score // '4'
 * ```
 *
 * @category Scorecards
 */
export interface ScorecardByUnit extends ScorecardSummary {
  /** The node results of `units[position]`, keyed by node code in tree order; built anew on each call. */
  nodesOf(position: number): Record<string, NodeResult>
  /**
   * The same node results as `nodesOf(position)`, as `[code, result]` pairs, without building the record (a
   * writer that walks the tree needs no lookup by code). From `evaluateByUnit` they come in tree order (each
   * node, then its children); from {@link scorecardByUnitOf}, in the order of the record's keys.
   */
  nodeEntriesOf(position: number): ReadonlyArray<readonly [string, NodeResult]>
  /**
   * The codes of the node results `nodeResultsOf` gives, in tree order. Given by `evaluateByUnit`; not by
   * {@link scorecardByUnitOf}, whose units may hold different nodes.
   */
  readonly nodeCodes?: ReadonlyArray<string>
  /**
   * The same node results as `nodeEntriesOf(position)`, in the order of `nodeCodes`, without a pair per node.
   * Equal cells of one node may share one frozen result object (read them, never change them), so a writer
   * can remember what it made of a result: at 10 000 units × 100 leaves a few thousand results stand for a
   * million cells. Given by `evaluateByUnit`, with `nodeCodes`.
   */
  nodeResultsOf?(position: number): ReadonlyArray<NodeResult>
}

/**
 * Views a finished scorecard as a {@link ScorecardByUnit} (its units' own `nodes`), so one writer serves both.
 *
 * @example
 * ```ts
 * const byUnit = scorecardByUnitOf(card)
 * byUnit.nodesOf(0) === card.units[0]?.nodes // true
 * ```
 *
 * @category Scorecards
 */
export function scorecardByUnitOf(scorecard: Scorecard): ScorecardByUnit {
  const { methodology, units, diagnostics } = scorecard
  return {
    methodology,
    units,
    diagnostics,
    nodesOf: (position) => units[position]!.nodes,
    nodeEntriesOf: (position) => Object.entries(units[position]!.nodes),
  }
}
