// Everything the page knows, in one object: what was opened, the scorecard, the unit being looked at, the
// what-if changes, the costs table, the plan and the simulation. Views read it; actions change it and re-render.
import type { CompiledMethodology, Dataset, ObservationChange, Scorecard } from '@chiso/core'
import type { RankPlan, SimulationResult, WhatIfResult } from '@chiso/scenarios'
import type { StudioLanguage } from './messages.js'

/** A costs file as the page writes it (decimals as strings). */
export interface PlanCostsInput {
  default: { perPoint?: string; perStep?: string }
  nodes: Record<string, { perPoint?: string; perStep?: string }>
  lock: string[]
}

/** One row of the editable costs table (empty strings: not set). */
export interface CostRow {
  perPoint: string
  perStep: string
  lock: boolean
}

/** A message for the official: what happened, and the located issues of an error. */
export interface StudioStatus {
  readonly kind: 'ok' | 'error'
  readonly text: string
  readonly issues?: ReadonlyArray<string>
  /** The error itself, said in the page's language when the page is drawn (see `errorWords`). */
  readonly error?: unknown
  /** The section it belongs to (default: the open section). */
  readonly where?: 'open' | 'ranking' | 'plan' | 'simulate'
}

/**
 * The studio's state.
 *
 * @example
 * ```ts
 * const state = createState('vi')
 * state.changes.size // 0
 * ```
 */
export interface StudioState {
  language: StudioLanguage
  catalogueReference: string
  methodologyFile?: { file: string; text: string }
  dataFile?: { file: string; bytes: Uint8Array }
  sheet: string
  compiled?: CompiledMethodology
  /** The periods of panel data, and the one shown. */
  periods?: ReadonlyArray<{ period: string; dataset: Dataset }>
  period?: string
  dataset?: Dataset
  scorecard?: Scorecard
  /** The same scorecard with every node's trace, made when a profile is first opened. */
  traced?: Scorecard
  /** Milliseconds from "score" to the ranking on screen. */
  scoredIn?: number
  unit?: string
  explainNode?: string
  /** What-if changes of the profiled unit, by `node:field`. */
  changes: Map<string, ObservationChange>
  whatIf?: WhatIfResult
  costDefault: CostRow
  costs: Map<string, CostRow>
  planTarget: 'rise' | 'rank'
  planNumber: string
  plan?: RankPlan
  /** The costs file the plan was made with (`undefined`: the default costs, no file). */
  planCosts?: PlanCostsInput
  simulation?: SimulationResult
  simulationInputs: { runs: string; seed: string; noise: string; targetRank: string }
  status?: StudioStatus
}

/**
 * A fresh state in a language.
 *
 * @example
 * ```ts
 * createState('en').language // 'en'
 * ```
 */
export function createState(language: StudioLanguage): StudioState {
  return {
    language,
    catalogueReference: '',
    sheet: '',
    changes: new Map(),
    costDefault: { perPoint: '1', perStep: '', lock: false },
    costs: new Map(),
    planTarget: 'rise',
    planNumber: '3',
    simulationInputs: { runs: '1000', seed: '42', noise: '0.1', targetRank: '' },
  }
}

/**
 * The scorecard on screen: after the what-if changes when there are any.
 *
 * @example
 * ```ts
 * shownScorecard(state)?.units[0]?.rank // 1
 * ```
 */
export function shownScorecard(state: StudioState): Scorecard | undefined {
  return state.whatIf?.after ?? state.scorecard
}
