// What assembly keeps of each unit between evaluations of a session: its node results and its root's figures.
import type { Dec } from '../decimal/decimal.js'
import type { Diagnostic, NodeResult } from '../schema/scorecard.js'

/** The root's figures for one unit: what ranking reads and what its result shows. */
export interface UnitHead {
  readonly score: Dec | null
  readonly max: Dec | null
  readonly index: Dec | null
  readonly display: string | null
  readonly key: Dec | null
  readonly unranked: Diagnostic | undefined
}

/**
 * Per-unit results already built from the current columns; an incremental re-score clears the entries of the
 * units it changed (or all of them), and assembly rebuilds only those.
 */
export interface AssembledUnits {
  readonly nodes: Array<Record<string, NodeResult> | undefined>
  readonly heads: Array<UnitHead | undefined>
}
