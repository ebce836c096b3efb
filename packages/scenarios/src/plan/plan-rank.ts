import {
  ChisoError,
  type CompiledMethodology,
  type CompiledModel,
  type Dataset,
  type Dec,
  type DecimalString,
  dec,
  type Scorecard,
  toDecimalString,
} from '@chiso/core'
import { decimalArgument, wholeNumber } from '../arguments.js'
import { baseSession, rescore } from '../rescore.js'
import { changesOf, enumerate, stepsOf } from './candidates.js'
import type { PlanCosts } from './costs.js'
import { linearCoefficients } from './linear-model.js'
import {
  type Context,
  type IndexFloor,
  meets,
  outcomeOf,
  overtakenBy,
  projectPeers,
  rankNow,
  reachesFloor,
} from './plan-context.js'
import type { PeerProjection, RankPlan } from './plan-types.js'
import { search, solveExact } from './solve.js'
import type { RankTarget } from './target.js'

/**
 * Options of {@link planRank}: the unit, its target, costs, locks and how peers move. (Plugins are those of the
 * engine that compiled the methodology.)
 *
 * @example
 * ```ts
 * const options: PlanRankOptions = {
 *   unit: 'nga-son', target: { kind: 'rise', ranks: 10 }, costs: parsePlanCosts({ lock: ['1.1.1'] }),
 *   peers: { kind: 'uniform', improvement: '0.5' }, maxCost: '20',
 * }
 * ```
 *
 * @category Planning
 */
export interface PlanRankOptions {
  readonly unit: string
  readonly target: RankTarget
  readonly costs?: PlanCosts
  /** Extra locked leaves (or inner nodes), added to the costs file's. */
  readonly lock?: ReadonlyArray<string>
  /** Cap on the total cost (overrides the costs file's `maxCost`). */
  readonly maxCost?: string
  readonly peers?: PeerProjection
}

/**
 * Finds the least-cost set of improvements that brings a unit to a rank target, under the methodology's
 * ranking method and tie rules. Additive (linear) methodologies are solved exactly as a multiple-choice
 * knapsack (`optimal`); others — cohort-normalised, non-linear aggregation, capped sums — by a greedy search
 * with full re-evaluation (`best-found`). Every plan is verified by re-scoring the changed data.
 *
 * @example
 * ```ts
 * import { createEngine } from '@chiso/core'
 * import { planRank } from '@chiso/scenarios'
 *
 * const compiled = createEngine().compile(methodology)
 * const plan = planRank(compiled, dataset, { unit: 'nga-son', target: { kind: 'rise', ranks: 10 } })
 * plan.status                                   // 'optimal'
 * plan.steps.map((s) => `${s.node}: ${s.from} → ${s.to}`) // ['2.3.2: no → yes', …]
 * plan.after?.rank                              // 9
 * ```
 *
 * @category Planning
 */
export function planRank(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: PlanRankOptions,
): RankPlan {
  return planReach(compiled, dataset, options) as RankPlan
}

/**
 * A whole-index value to reach: the unit's index (`index: '80'`) or its points (`points: '80'`).
 *
 * @example
 * ```ts
 * const atLeast80: IndexTarget = { index: '80', label: 'chỉ số ≥ 80 năm 2026' }
 * ```
 *
 * @category Planning
 */
export interface IndexTarget {
  readonly index?: DecimalString
  readonly points?: DecimalString
  readonly label?: string
}

/**
 * Options of {@link planReach}: those of {@link planRank}, with the rank target optional and a whole-index
 * value to reach (at least one of the two).
 *
 * @example
 * ```ts
 * const options: PlanReachOptions = { unit: 'nga-son', floor: { index: '80' } }
 * ```
 */
export interface PlanReachOptions extends Omit<PlanRankOptions, 'target'> {
  readonly target?: RankTarget
  readonly floor?: IndexTarget
}

/** A plan toward a rank target, a whole-index value, or both: a rank plan whose rank target may be absent. */
export type ReachPlan = Omit<RankPlan, 'target' | 'targetRank'> & {
  readonly target: RankTarget | null
  readonly targetRank: number | null
}

/**
 * The planner behind {@link planRank} and the whole-index targets of {@link planTargets}: the least-cost set of
 * improvements that brings the unit to its rank target and/or to a floor on its own index (or points). The
 * floor is one more linear constraint on the root, so additive methodologies stay exact (`optimal`); the
 * others are searched (`best-found`). Verified by re-scoring like every plan.
 *
 * @example
 * ```ts
 * const plan = planReach(compiled, dataset, { unit: 'nga-son', floor: { index: '80' } })
 * plan.status       // 'optimal'
 * plan.after?.index // '80.5' (≥ 80, re-scored)
 * ```
 */
export function planReach(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: PlanReachOptions,
): ReachPlan {
  const methodology = compiled.methodology
  if (options.target === undefined && options.floor === undefined)
    throw new ChisoError('INVALID_TARGETS', 'a plan needs a rank target or a whole-index value to reach')
  if (options.target?.kind === 'rise') wholeNumber(options.target.ranks, ['target', 'ranks'], 0)
  if (options.target?.kind === 'rank') wholeNumber(options.target.rank, ['target', 'rank'], 1)
  const floor = floorOf(options.floor)
  // Decimals given through the API are checked (and normalised: ' 2 ' → '2') like those read from a file.
  const maxCostOption =
    options.maxCost === undefined ? undefined : decimalArgument(options.maxCost, ['maxCost'], true)
  const peersOption: PeerProjection | undefined =
    options.peers?.kind === 'uniform'
      ? { kind: 'uniform', improvement: decimalArgument(options.peers.improvement, ['peers', 'improvement']) }
      : options.peers
  const baseline = baseSession(compiled, dataset).scorecard()
  const me = baseline.units.find((unit) => unit.unit === options.unit)
  if (me === undefined)
    throw new ChisoError('NOT_FOUND', `the data has no unit "${options.unit}"`, {
      reason: { code: 'not-found.unit', params: { holder: 'data', unit: options.unit } },
    })
  if (me.index === null || me.rank === null)
    throw new ChisoError('NOT_FOUND', `the unit "${options.unit}" is not ranked (see its diagnostics)`, {
      reason: { code: 'not-found.unit-not-ranked', params: { unit: options.unit } },
    })
  const model = compiled.model
  const costs = options.costs ?? { nodes: {}, lock: [] }
  checkCodes(model, costs, options.lock ?? [])
  const projection = peersOption ?? { kind: 'fixed' }
  const peers = projectPeers(compiled, baseline, me, projection)

  // Without a rank target every rank qualifies: the context's rank is then no constraint at all.
  let targetRank: number
  let overtake: string | null = null
  if (options.target === undefined) targetRank = Number.MAX_SAFE_INTEGER
  else if (options.target.kind === 'rise') targetRank = Math.max(1, me.rank - options.target.ranks)
  else if (options.target.kind === 'rank') targetRank = Math.max(1, options.target.rank)
  else {
    overtake = options.target.unit
    const other = baseline.units.find((unit) => unit.unit === overtake)
    if (other === undefined || other.rank === null || overtake === me.unit)
      throw new ChisoError('NOT_FOUND', `cannot overtake "${overtake}": no other ranked unit has that code`)
    targetRank = other.rank
  }
  const context: Context = {
    compiled,
    dataset,
    model,
    baseline,
    me,
    peers,
    projected: projection.kind !== 'fixed',
    targetRank,
    overtake,
    unit: me.unit,
    floor,
  }
  const before = outcomeOf(me, rankNow(context, baseline))
  const common = {
    unit: me.unit,
    target: options.target ?? null,
    targetRank: options.target === undefined ? null : targetRank,
    peers: projection.kind,
    before,
  }

  if (meets(context, baseline)) {
    return {
      ...common,
      status: 'met',
      method: 'none',
      after: before,
      steps: [],
      cost: '0',
      lowerBound: null,
      overtaken: [],
      verified: true,
      reason: 'the target is already met: nothing to do',
      excluded: [],
      changes: [],
    }
  }

  const { candidates, excluded } = enumerate(context, costs, options.lock ?? [])
  const maxCostText = maxCostOption ?? costs.maxCost
  const maxCost = maxCostText === undefined ? null : dec(maxCostText)
  const coefficients = linearCoefficients(model, me)

  let found: {
    picks: number[]
    lowerBound: Dec | null
    method: 'knapsack' | 'search'
    note: string
    card: Scorecard | null
  } | null = null
  if (typeof coefficients !== 'string') found = solveExact(context, candidates, coefficients)
  if (found === null) {
    // No exact plan: either nothing reaches the target, or the exact solve could not settle it.
    const best = candidates.map((candidate) => candidate.options.choices.length - 1)
    const bestCard = rescore(compiled, dataset, changesOf(candidates, best)).scorecard
    if (!meets(context, bestCard)) {
      const top = bestCard.units.find((unit) => unit.unit === me.unit)!
      // The floor's shortfall is said first: it holds whatever the peers do.
      return unreachable(
        common,
        excluded,
        floor !== null && !reachesFloor(floor, top)
          ? `even with every plannable criterion at its best the ${floor.on === 'index' ? 'index' : 'points'} would be ${top[floor.on] ?? 'none'}, short of ${floor.on === 'index' ? 'index' : 'points'} ≥ ${toDecimalString(floor.value)}`
          : `even with every plannable criterion at its best the index would be ${top.indexDisplay} (rank ${rankNow(context, bestCard)}), short of rank ${targetRank}`,
      )
    }
    const picks = search(context, candidates)
    found = {
      picks,
      lowerBound: null,
      method: 'search',
      card: null,
      note:
        typeof coefficients === 'string'
          ? `best found by a greedy search with full re-evaluation, not proven optimal: ${coefficients}`
          : 'best found by a greedy search with full re-evaluation, not proven optimal',
    }
  }
  // Coefficients move the root (points, for a points methodology); its index is points ÷ maximum × 100.
  const indexPerRootUnit =
    methodology.result.type === 'points' && me.max !== null ? dec(100).div(me.max) : dec(1)
  const steps = stepsOf(
    candidates,
    found.picks,
    typeof coefficients === 'string' ? null : coefficients,
    indexPerRootUnit,
  )
  const cost = steps.reduce((total, step) => total.plus(step.cost), dec(0))
  const changes = changesOf(candidates, found.picks)
  const checked = found.card ?? rescore(compiled, dataset, changes).scorecard
  const after = checked.units.find((unit) => unit.unit === me.unit)!
  const verified = meets(context, checked) && dec(after.index!).gte(me.index)
  if (maxCost !== null && cost.gt(maxCost)) {
    return unreachable(
      common,
      excluded,
      `the cheapest plan found costs ${toDecimalString(cost)}, more than the cap ${toDecimalString(maxCost)}`,
    )
  }
  const optimal = found.method === 'knapsack' && found.lowerBound !== null && found.lowerBound.gte(cost)
  return {
    ...common,
    status: optimal ? 'optimal' : 'best-found',
    method: found.method,
    after: outcomeOf(after, rankNow(context, checked)),
    steps,
    cost: toDecimalString(cost),
    lowerBound: optimal || found.lowerBound === null ? null : toDecimalString(found.lowerBound),
    overtaken: overtakenBy(context, checked),
    verified,
    reason: optimal ? 'least cost, proven by the exact multiple-choice knapsack' : found.note,
    excluded,
    changes,
  }
}

/**
 * A plan that cannot reach its target: no steps, nothing changed, the reason said. `common` carries what the
 * caller's plan kind adds (the rank plan's target, or the targets plan's nullable one).
 *
 * @example
 * ```ts
 * unreachable({ unit: 'a', target, targetRank: 1, peers: 'fixed', before }, [], 'already at its best').status // 'unreachable'
 * ```
 */
export function unreachable<Common extends Pick<RankPlan, 'unit' | 'peers' | 'before'>>(
  common: Common,
  excluded: RankPlan['excluded'],
  reason: string,
): Common & Omit<RankPlan, 'unit' | 'peers' | 'before' | 'target' | 'targetRank'> {
  return {
    ...common,
    status: 'unreachable',
    method: 'none',
    after: null,
    steps: [],
    cost: '0',
    lowerBound: null,
    overtaken: [],
    verified: true,
    reason,
    excluded,
    changes: [],
  }
}

/** The floor of a whole-index target, its decimal checked like one read from a file. */
function floorOf(target: IndexTarget | undefined): IndexFloor | null {
  if (target === undefined) return null
  if ((target.index === undefined) === (target.points === undefined))
    throw new ChisoError('INVALID_TARGETS', 'whole-index target: give exactly one of index or points')
  return target.index !== undefined
    ? { on: 'index', value: dec(decimalArgument(target.index, ['floor', 'index'])) }
    : { on: 'score', value: dec(decimalArgument(target.points!, ['floor', 'points'])) }
}

function checkCodes(model: CompiledModel, costs: PlanCosts, lock: ReadonlyArray<string>): void {
  const issues: Array<{ path: Array<string | number>; message: string }> = []
  for (const code of Object.keys(costs.nodes)) {
    if (!model.byCode.has(code))
      issues.push({ path: ['nodes', code], message: `no node "${code}" in the methodology` })
  }
  costs.lock.forEach((code, index) => {
    if (!model.byCode.has(code))
      issues.push({ path: ['lock', index], message: `no node "${code}" in the methodology` })
  })
  for (const code of lock) {
    if (!model.byCode.has(code))
      issues.push({ path: [], message: `--lock: no node "${code}" in the methodology` })
  }
  if (issues.length > 0) throw new ChisoError('NOT_FOUND', 'the costs refer to unknown nodes', { issues })
}
