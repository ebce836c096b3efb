import type { DecimalString, LocalizedText } from '@chiso/core'
import type { ObservationChange } from '../observation-change.js'
import type { RankTarget } from './target.js'

/**
 * How the other units (peers) move while the unit carries out its plan: not at all (default), each repeating
 * its change since last year (`lastYear` = last year's dataset, scored with the same methodology), or all
 * improving their index by the same amount.
 *
 * @example
 * ```ts
 * const fixed: PeerProjection = { kind: 'fixed' }
 * const trend: PeerProjection = { kind: 'last-year', lastYear: dataset2022 }
 * const uniform: PeerProjection = { kind: 'uniform', improvement: '1.5' }
 * ```
 *
 * @category Planning
 */
export type PeerProjection =
  | { readonly kind: 'fixed' }
  | { readonly kind: 'last-year'; readonly lastYear: unknown }
  | { readonly kind: 'uniform'; readonly improvement: DecimalString }

/**
 * One step of a plan: a criterion, its input from → to, the points it gains and what it costs.
 *
 * @example
 * ```ts
 * const step: PlanStep = {
 *   node: '1.1.1', title: { vi: 'Ban hành kế hoạch', en: 'Plan issued' }, from: 'no', to: 'yes',
 *   pointsFrom: '0', pointsTo: '1', pointsGained: '1', indexGain: '1', cost: '1', changes: [],
 * }
 * ```
 *
 * @category Planning
 */
export interface PlanStep {
  readonly node: string
  readonly title: LocalizedText
  /** The input before and after (`no` → `yes`, `12/20` → `19/20`, `6.3` → `7.1`). */
  readonly from: string
  readonly to: string
  /** The leaf's points (or value) before and after. */
  readonly pointsFrom: DecimalString
  readonly pointsTo: DecimalString
  readonly pointsGained: DecimalString
  /** What the step adds to the unit's index, when the methodology is additive; else `null`. */
  readonly indexGain: DecimalString | null
  readonly cost: DecimalString
  /** The observation changes that carry out the step. */
  readonly changes: ReadonlyArray<ObservationChange>
}

/**
 * The unit's result before or after a plan (after: re-scored by the engine).
 *
 * @example
 * ```ts
 * const outcome: PlanOutcome = { index: '81.5', indexDisplay: '81.50', rank: 7, band: 'B' }
 * ```
 *
 * @category Planning
 */
export interface PlanOutcome {
  readonly index: DecimalString
  readonly indexDisplay: string
  readonly rank: number
  readonly band: string | null
}

/**
 * A rank plan: the least-cost steps that reach the target (or why none does), verified by re-scoring.
 * `status`: `met` (nothing to do), `optimal` (exact knapsack, proven least cost), `best-found` (search with
 * full re-evaluation, or an exact solve whose optimality could not be proven), `unreachable`.
 *
 * @example
 * ```ts
 * const plan: RankPlan = planRank(compiled, dataset, { unit: 'nga-son', target: { kind: 'rise', ranks: 10 } })
 * plan.status        // 'optimal'
 * plan.after?.rank   // 9 (was 19)
 * plan.steps.map((s) => s.node) // ['2.3.2', '4.1.1', …]
 * ```
 *
 * @category Planning
 */
export interface RankPlan {
  readonly unit: string
  readonly target: RankTarget
  /** The rank to reach (for `overtake`, the rank the other unit had). */
  readonly targetRank: number
  readonly status: 'met' | 'optimal' | 'best-found' | 'unreachable'
  /** `knapsack` (exact, additive methodologies) or `search` (greedy search with full re-evaluation). */
  readonly method: 'knapsack' | 'search' | 'none'
  readonly peers: PeerProjection['kind']
  readonly before: PlanOutcome
  /** The unit after the plan, re-scored by the engine; `null` when unreachable. */
  readonly after: PlanOutcome | null
  readonly steps: ReadonlyArray<PlanStep>
  readonly cost: DecimalString
  /** A proven lower bound on the least cost, when the plan is best-found. */
  readonly lowerBound: DecimalString | null
  /** Units that were ranked at or ahead of the unit and are behind it after the plan. */
  readonly overtaken: ReadonlyArray<string>
  /** True when the engine re-scored the changed data and the target holds. */
  readonly verified: boolean
  /** Why the target is unreachable, or how the plan was found. */
  readonly reason: string | null
  /** Leaves that could not be planned, and why (locked, survey, not applicable…). */
  readonly excluded: ReadonlyArray<{ readonly node: string; readonly why: string }>
  /** The observation changes of the whole plan. */
  readonly changes: ReadonlyArray<ObservationChange>
}
