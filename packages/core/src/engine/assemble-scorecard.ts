// The last step of an evaluation: the scorecard assembled from the evaluated columns — whole (every unit's node
// results built at once) or by unit (node results built when a writer asks). Its parts: the root's figures
// (unit-head.ts), ranks and bands (ranked-units.ts), the node records (node-records.ts), the cohort marks
// (cohort-marks.ts), the readers of a scorecard by unit (node-readers.ts, shared-results-reader.ts), the orders
// of units and diagnostics (unit-order.ts, scorecard-diagnostics.ts).
import type { Diagnostic, Scorecard, UnitResult } from '../schema/scorecard.js'
import type { AssembledUnits } from './assembled-units.js'
import { markNodes } from './cohort-marks.js'
import type { EvaluationContext } from './evaluation-context.js'
import { positionReaders, unitNodesReader } from './node-readers.js'
import { buildAllNodes, nodesOf } from './node-records.js'
import { rankedUnits } from './ranked-units.js'
import type { ScorecardByUnit, UnitSummary } from './scorecard-by-unit.js'
import { diagnosticsOf } from './scorecard-diagnostics.js'
import { resultReaders } from './shared-results-reader.js'
import { sortUnitPositions, sortUnits } from './unit-order.js'

/**
 * Assembles the scorecard from the evaluated columns: each unit's node results, its index (points ÷ maximum ×
 * 100, or the composite × scale), display rounding, rank (overall and within groups), band, and every
 * diagnostic in a stable order.
 */
export function assembleScorecard(
  context: EvaluationContext,
  fingerprint: string,
  assembled: AssembledUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): Scorecard {
  const { dataset } = context
  if (dataset.units.length > 0 && assembled.nodes.every((nodes) => nodes === undefined))
    buildAllNodes(context, assembled)
  const ranked = rankedUnits(context, assembled, (u) => nodesOf(context, assembled, u))
  const units = ranked.units as UnitResult[]
  markNodes(context, units)
  return {
    methodology: {
      id: context.model.methodology.id,
      version: context.model.methodology.version,
      fingerprint,
    },
    units: sortUnits(units, ranked.byGroup),
    diagnostics: diagnosticsOf(context, ranked, dataDiagnostics),
  }
}

/**
 * Assembles the scorecard as {@link assembleScorecard} does, except that no unit's node results are built
 * here: `nodesOf(position)` builds those of one unit when asked (the records `assembleScorecard` would give,
 * keys in the same order) and keeps nothing. The reader holds the final columns, the decimal cache and the
 * cohort marks only, not the context: the dataset and its observations can be collected once the caller lets
 * go of them.
 */
export function assembleScorecardByUnit(
  context: EvaluationContext,
  fingerprint: string,
  assembled: AssembledUnits,
  dataDiagnostics: ReadonlyArray<Diagnostic>,
): ScorecardByUnit {
  const ranked = rankedUnits(context, assembled, undefined)
  const order = sortUnitPositions(
    ranked.units,
    ranked.units.map((_, u) => u),
    ranked.byGroup,
  )
  const units: UnitSummary[] = []
  for (const u of order) units.push(ranked.units[u]!)
  return {
    methodology: {
      id: context.model.methodology.id,
      version: context.model.methodology.version,
      fingerprint,
    },
    units,
    diagnostics: diagnosticsOf(context, ranked, dataDiagnostics),
    ...positionReaders(order, unitNodesReader(context, assembled)),
    ...resultReaders(order, context, assembled),
  }
}
