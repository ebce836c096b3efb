import {
  ChisoError,
  type CompiledMethodology,
  type CompiledModel,
  type CompiledNode,
  type Dataset,
  type Dec,
  dec,
  leavesUnder,
  pathFromRoot,
  rankUnits,
  type Scorecard,
  toDecimalString,
  type UnitResult,
} from '@chiso/core'
import { decimalArgument, wholeNumber } from '../arguments.js'
import type { ObservationChange } from '../observation-change.js'
import { baseSession, rescore } from '../rescore.js'
import { type LeafOptions, leafOptions } from './choices.js'
import type { LeafCost, PlanCosts } from './costs.js'
import { type KnapsackGroup, MAX_KNAPSACK_STATES, solveKnapsack } from './knapsack.js'
import { linearCoefficients } from './linear-model.js'
import type { PeerProjection, PlanOutcome, PlanStep, RankPlan } from './plan-types.js'
import { indexBound, keyOf, type Peer, type RankTarget, requiredKey } from './target.js'

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

interface Candidate {
  readonly options: LeafOptions
  readonly costs: Dec[]
}

interface Context {
  readonly compiled: CompiledMethodology
  readonly dataset: Dataset
  readonly model: CompiledModel
  readonly baseline: Scorecard
  readonly me: UnitResult
  readonly peers: Peer[]
  readonly projected: boolean
  readonly targetRank: number
  readonly overtake: string | null
  readonly unit: string
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
  const methodology = compiled.methodology
  if (options.target.kind === 'rise') wholeNumber(options.target.ranks, ['target', 'ranks'], 0)
  if (options.target.kind === 'rank') wholeNumber(options.target.rank, ['target', 'rank'], 1)
  // Decimals given through the API are checked (and normalised: ' 2 ' → '2') like those read from a file.
  const maxCostOption =
    options.maxCost === undefined ? undefined : decimalArgument(options.maxCost, ['maxCost'], true)
  const peersOption: PeerProjection | undefined =
    options.peers?.kind === 'uniform'
      ? { kind: 'uniform', improvement: decimalArgument(options.peers.improvement, ['peers', 'improvement']) }
      : options.peers
  const baseline = baseSession(compiled, dataset).scorecard()
  const me = baseline.units.find((unit) => unit.unit === options.unit)
  if (me === undefined) throw new ChisoError('NOT_FOUND', `the data has no unit "${options.unit}"`)
  if (me.index === null || me.rank === null)
    throw new ChisoError('NOT_FOUND', `the unit "${options.unit}" is not ranked (see its diagnostics)`)
  const model = compiled.model
  const costs = options.costs ?? { nodes: {}, lock: [] }
  checkCodes(model, costs, options.lock ?? [])
  const projection = peersOption ?? { kind: 'fixed' }
  const peers = projectPeers(compiled, baseline, me, projection)

  let targetRank: number
  let overtake: string | null = null
  if (options.target.kind === 'rise') targetRank = Math.max(1, me.rank - options.target.ranks)
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
  }
  const before = outcomeOf(me, rankNow(context, baseline))
  const common = { unit: me.unit, target: options.target, targetRank, peers: projection.kind, before }

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
      return unreachable(
        common,
        excluded,
        `even with every plannable criterion at its best the index would be ${top.indexDisplay} (rank ${rankNow(context, bestCard)}), short of rank ${targetRank}`,
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

function unreachable(
  common: Pick<RankPlan, 'unit' | 'target' | 'targetRank' | 'peers' | 'before'>,
  excluded: RankPlan['excluded'],
  reason: string,
): RankPlan {
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

function outcomeOf(unit: UnitResult, rank: number): PlanOutcome {
  return { index: unit.index!, indexDisplay: unit.indexDisplay!, rank, band: unit.band }
}

/** The peers as ranking sees them, projected as asked. */
function projectPeers(
  compiled: CompiledMethodology,
  card: Scorecard,
  me: UnitResult,
  projection: PeerProjection,
): Peer[] {
  const methodology = compiled.methodology
  const sameGroup = methodology.ranking.within === 'group'
  let shift: (unit: UnitResult) => Dec = () => dec(0)
  if (projection.kind === 'uniform') shift = () => dec(projection.improvement)
  else if (projection.kind === 'last-year') {
    const last = new Map(
      compiled.evaluate(projection.lastYear, { trace: false }).units.map((u) => [u.unit, u.index]),
    )
    shift = (unit) => {
      const before = last.get(unit.unit)
      return before === null || before === undefined ? dec(0) : dec(unit.index!).minus(before)
    }
  }
  const ceiling = methodology.result.type === 'points' ? dec(100) : null
  return card.units
    .filter((unit) => unit.unit !== me.unit && unit.index !== null && (!sameGroup || unit.group === me.group))
    .map((unit) => {
      let index = dec(unit.index!).plus(shift(unit))
      if (ceiling !== null && index.gt(ceiling)) index = ceiling
      return { code: unit.unit, index, key: keyOf(methodology, index), breakers: breakersOf(compiled, unit) }
    })
}

function breakersOf(compiled: CompiledMethodology, unit: UnitResult): Array<Dec | null> {
  return compiled.methodology.ranking.tieBreakers.map((breaker) => {
    const index = unit.nodes[breaker.node]?.index
    return index === null || index === undefined ? null : dec(index)
  })
}

/** Ranks of the unit (re-scored) and its projected peers, by unit code. */
function projectedRanks(context: Context, card: Scorecard): Map<string, number> {
  const methodology = context.compiled.methodology
  const unit = card.units.find((u) => u.unit === context.unit)!
  const me: Peer = {
    code: unit.unit,
    index: dec(unit.index!),
    key: keyOf(methodology, dec(unit.index!)),
    breakers: breakersOf(context.compiled, unit),
  }
  const entries = [...context.peers, me]
  const orders = methodology.ranking.tieBreakers.map((breaker) => breaker.order)
  const ranks = rankUnits(
    entries.map((entry) => ({ code: entry.code, key: entry.key, breakers: entry.breakers })),
    methodology.ranking.method,
    orders,
  )
  return new Map(entries.map((entry, i) => [entry.code, ranks[i]!]))
}

/** The unit's rank in a scorecard: the engine's when peers are fixed, else among the projected peers. */
function rankNow(context: Context, card: Scorecard): number {
  if (!context.projected) return card.units.find((u) => u.unit === context.unit)!.rank!
  return projectedRanks(context, card).get(context.unit)!
}

function meets(context: Context, card: Scorecard): boolean {
  const unit = card.units.find((u) => u.unit === context.unit)
  if (unit === undefined || unit.index === null || unit.rank === null) return false
  if (context.overtake === null) return rankNow(context, card) <= context.targetRank
  if (!context.projected) {
    const other = card.units.find((u) => u.unit === context.overtake)!
    return other.rank === null || unit.rank < other.rank
  }
  const ranks = projectedRanks(context, card)
  return ranks.get(context.unit)! < ranks.get(context.overtake)!
}

function overtakenBy(context: Context, card: Scorecard): string[] {
  const beforeRank = context.me.rank!
  if (context.projected) return []
  const ranks = new Map(card.units.map((unit) => [unit.unit, unit.rank]))
  const mine = ranks.get(context.unit)!
  return context.baseline.units
    .filter((unit) => unit.unit !== context.unit && unit.rank !== null && unit.rank <= beforeRank)
    .filter((unit) => {
      const now = ranks.get(unit.unit)
      return now !== null && now !== undefined && mine !== null && now > mine
    })
    .map((unit) => unit.unit)
}

/** The settings of a leaf: default, then every ancestor's entry, then the leaf's own (field by field). */
function settingsOf(model: CompiledModel, leaf: CompiledNode, costs: PlanCosts): LeafCost {
  const chain = pathFromRoot(model, leaf)
  let settings: LeafCost = { ...(costs.default ?? {}) }
  for (const node of chain) {
    const own = costs.nodes[node.code]
    if (own) settings = { ...settings, ...own }
  }
  return settings
}

function enumerate(
  context: Context,
  costs: PlanCosts,
  lock: ReadonlyArray<string>,
): { candidates: Candidate[]; excluded: Array<{ node: string; why: string }> } {
  const locked = new Set<string>()
  for (const code of [...costs.lock, ...lock])
    for (const leaf of leavesUnder(context.model, context.model.byCode.get(code)!)) locked.add(leaf.code)
  const byLeaf = new Map<string, Dataset['observations']>()
  const all = new Map<string, Dataset['observations']>()
  for (const observation of context.dataset.observations) {
    const list = all.get(observation.node) ?? []
    list.push(observation)
    all.set(observation.node, list)
    if (observation.unit !== context.unit) continue
    const mine = byLeaf.get(observation.node) ?? []
    mine.push(observation)
    byLeaf.set(observation.node, mine)
  }
  const candidates: Candidate[] = []
  const excluded: Array<{ node: string; why: string }> = []
  for (const leaf of context.model.leaves) {
    const settings = settingsOf(context.model, leaf, costs)
    const status = context.me.nodes[leaf.code]?.status
    const uncontrollable =
      leaf.source === 'survey' || leaf.source === 'statistic' || leaf.rule!.def.id === 'chiso/survey'
    if (locked.has(leaf.code)) excluded.push({ node: leaf.code, why: 'locked' })
    else if (settings.controllable === false)
      excluded.push({ node: leaf.code, why: 'not controllable (costs file)' })
    else if (settings.controllable === undefined && uncontrollable)
      excluded.push({
        node: leaf.code,
        why: `not controllable by the unit (${leaf.source ?? 'survey'} result)`,
      })
    else if (status !== 'ok')
      excluded.push({ node: leaf.code, why: `status ${status ?? 'unknown'} for the unit` })
    else {
      const lowerIsBetter =
        !leaf.rule!.producesPoints && leaf.info.direction === -1 && hasNormaliseAbove(context.model, leaf)
      const values = (all.get(leaf.code) ?? [])
        .filter((o) => o.field === 'value' && typeof o.value === 'string' && o.value !== 'NA')
        .map((o) => dec(o.value as string))
      const cohortBest =
        values.length === 0
          ? null
          : values.reduce((a, b) => (lowerIsBetter ? (b.lt(a) ? b : a) : b.gt(a) ? b : a))
      const result = leafOptions(
        leaf,
        context.unit,
        byLeaf.get(leaf.code) ?? [],
        settings,
        cohortBest,
        lowerIsBetter,
      )
      if ('skipped' in result) excluded.push({ node: leaf.code, why: result.skipped })
      else if (result.options.choices.length === 0)
        excluded.push({ node: leaf.code, why: 'already at its best' })
      else {
        const costsOf = result.options.choices.map((choice) =>
          settings.perStep !== undefined
            ? dec(settings.perStep).times(choice.steps)
            : dec(settings.perPoint ?? '1').times(choice.points.minus(result.options.points).abs()),
        )
        candidates.push({ options: result.options, costs: costsOf })
      }
    }
  }
  return { candidates, excluded }
}

function hasNormaliseAbove(model: CompiledModel, leaf: CompiledNode): boolean {
  return pathFromRoot(model, leaf).some((node) => node.normalise !== undefined)
}

function changesOf(candidates: ReadonlyArray<Candidate>, picks: ReadonlyArray<number>): ObservationChange[] {
  return candidates.flatMap((candidate, i) => {
    const pick = picks[i]!
    return pick < 0 ? [] : candidate.options.choices[pick]!.changes
  })
}

function stepsOf(
  candidates: ReadonlyArray<Candidate>,
  picks: ReadonlyArray<number>,
  coefficients: ReadonlyMap<string, Dec> | null,
  indexPerRootUnit: Dec,
): PlanStep[] {
  const steps: PlanStep[] = []
  candidates.forEach((candidate, i) => {
    const pick = picks[i]!
    if (pick < 0) return
    const { leaf, points, from } = candidate.options
    const choice = candidate.options.choices[pick]!
    const gained = choice.points.minus(points)
    const coefficient = coefficients?.get(leaf.code)
    steps.push({
      node: leaf.code,
      title: leaf.title,
      from,
      to: choice.to,
      pointsFrom: toDecimalString(points),
      pointsTo: toDecimalString(choice.points),
      pointsGained: toDecimalString(gained),
      indexGain:
        coefficient === undefined ? null : toDecimalString(gained.times(coefficient).times(indexPerRootUnit)),
      cost: toDecimalString(candidate.costs[pick]!),
      changes: choice.changes,
    })
  })
  return steps
}

/**
 * The exact plan of a linear methodology: knapsack on integer gains. Gains that are not whole on the chosen
 * grid are rounded down (a plan that surely reaches the target) and up (a bound no plan can beat); when the
 * two costs agree the plan is optimal. Tie rules the bound cannot see are settled by re-scoring.
 */
function solveExact(
  context: Context,
  candidates: ReadonlyArray<Candidate>,
  coefficients: ReadonlyMap<string, Dec>,
): {
  picks: number[]
  lowerBound: Dec | null
  method: 'knapsack'
  note: string
  card: Scorecard | null
} | null {
  const methodology = context.compiled.methodology
  const isPoints = methodology.result.type === 'points'
  const me = context.me
  const base = dec(isPoints ? me.score! : me.index!)
  const gains = candidates.map((candidate) => {
    const coefficient = coefficients.get(candidate.options.leaf.code) ?? dec(0)
    return candidate.options.choices.map((choice) =>
      choice.points.minus(candidate.options.points).times(coefficient),
    )
  })
  const peersAndTarget =
    context.overtake === null
      ? requiredKey(methodology, context.peers, { rank: context.targetRank })
      : requiredKey(methodology, context.peers, {
          overtake: context.peers.find((p) => p.code === context.overtake)!,
        })
  if (peersAndTarget === null)
    return { picks: candidates.map(() => -1), lowerBound: dec(0), method: 'knapsack', note: '', card: null }
  const attempts: boolean[] =
    peersAndTarget.tie === 'enough' ? [false] : peersAndTarget.tie === 'maybe' ? [false, true] : [true]
  const maxGain = gains.reduce((total, list) => total.plus(list[list.length - 1] ?? dec(0)), dec(0))
  const places = Math.max(0, ...gains.flat().map((gain) => gain.decimalPlaces()))
  const costOf = (chosen: number[]) =>
    chosen.reduce((total, pick, i) => (pick < 0 ? total : total.plus(candidates[i]!.costs[pick]!)), dec(0))
  const gainOf = (chosen: number[]) =>
    chosen.reduce((total, pick, i) => (pick < 0 ? total : total.plus(gains[i]![pick]!)), dec(0))
  // The key the unit gets at a given root value, computed as the engine does (points ÷ maximum × 100).
  const keyAt = (root: Dec) => keyOf(methodology, isPoints ? root.div(me.max!).times(100) : root)
  for (const strict of attempts) {
    const bound = indexBound(methodology, peersAndTarget.key, strict)
    const approximate = (isPoints ? bound.index.times(me.max!).div(100) : bound.index).minus(base)
    let digits = Math.min(places, 12)
    while (digits > 0 && approximate.times(dec(10).pow(digits)).gt(MAX_KNAPSACK_STATES)) digits -= 1
    if (approximate.times(dec(10).pow(digits)).gt(MAX_KNAPSACK_STATES) || maxGain.lt(approximate)) return null
    const scale = dec(10).pow(digits)
    // The least whole number of grid steps whose gain gives the required key, found with the engine's own
    // arithmetic next to the estimate (a 40-digit index turned back into points can be off in its last digit).
    const reaches = (steps: number) => {
      const key = keyAt(base.plus(dec(steps).div(scale)))
      return strict ? key.gt(peersAndTarget.key) : key.gte(peersAndTarget.key)
    }
    let need = Math.max(0, approximate.times(scale).ceil().toNumber())
    while (need > 0 && reaches(need - 1)) need -= 1
    for (let guard = 0; !reaches(need) && guard < 1000; guard++) need += 1
    if (!reaches(need)) return null
    const required = dec(need).div(scale)
    const groups = (round: 'floor' | 'ceil'): Array<KnapsackGroup & { index: number[] }> =>
      candidates.map((candidate, i) => {
        const list = gains[i]!.map((gain) => gain.times(scale)[round]().toNumber())
        const keep = list.map((gain, c) => ({ gain, c })).filter((entry) => entry.gain > 0)
        return {
          gains: keep.map((e) => e.gain),
          costs: keep.map((e) => candidate.costs[e.c]!.toNumber()),
          index: keep.map((e) => e.c),
        }
      })
    const exactGrid = places <= digits
    const safe = groups('floor')
    const optimistic = exactGrid ? null : groups('ceil')
    // The relaxation (gains rounded up) bounds every plan's cost from below; exact gains need no relaxation.
    const relaxed = optimistic === null ? null : solveKnapsack(optimistic, need)
    const lowerBound =
      optimistic === null || relaxed === null
        ? null
        : costOf(relaxed.picks.map((pick, i) => (pick < 0 ? -1 : optimistic[i]!.index[pick]!)))
    // Tie-breakers and composite roots can still decide against a plan the bound accepts: re-score, and
    // ask for one more grid step if needed.
    for (let extra = 0; extra < 4; extra++) {
      const solution = solveKnapsack(safe, need + extra)
      if (solution === null) break
      let picks = solution.picks.map((pick, i) => (pick < 0 ? -1 : safe[i]!.index[pick]!))
      if (relaxed !== null && optimistic !== null && extra === 0) {
        // When the relaxation's own plan is feasible with the exact gains, it is optimal.
        const relaxedPicks = relaxed.picks.map((pick, i) => (pick < 0 ? -1 : optimistic[i]!.index[pick]!))
        if (gainOf(relaxedPicks).gte(required)) picks = relaxedPicks
      }
      const card = rescore(context.compiled, context.dataset, changesOf(candidates, picks)).scorecard
      if (!meets(context, card)) continue
      const proven = exactGrid ? (extra === 0 ? costOf(picks) : null) : lowerBound
      return {
        picks,
        // After a failed tie (strict retry) no bound covers the plans that might have won the tie.
        lowerBound: strict && attempts.length > 1 ? null : proven,
        method: 'knapsack',
        card,
        note: 'exact knapsack; optimality not proven (gains rounded to the grid, or a tie settled by re-scoring)',
      }
    }
  }
  return null
}

/**
 * Greedy search with full re-evaluation: repeatedly take the next level of the leaf that raises the unit's
 * index most per unit of cost, until the target is met; then drop or lower steps that are not needed.
 */
function search(context: Context, candidates: ReadonlyArray<Candidate>): number[] {
  const picks = candidates.map(() => -1)
  const evaluate = (trial: number[]) =>
    rescore(context.compiled, context.dataset, changesOf(candidates, trial)).scorecard
  const indexIn = (card: Scorecard) => dec(card.units.find((unit) => unit.unit === context.unit)!.index!)
  const costOf = (i: number, pick: number) => (pick < 0 ? dec(0) : candidates[i]!.costs[pick]!)
  let card = context.baseline
  let current = indexIn(card)
  for (let round = 0; round < 2000 && !meets(context, card); round++) {
    let chosen = -1
    let chosenCard: Scorecard | null = null
    let chosenScore: Dec | null = null
    let chosenIndex = current
    candidates.forEach((candidate, i) => {
      const next = picks[i]! + 1
      if (next >= candidate.options.choices.length) return
      const trial = [...picks]
      trial[i] = next
      const trialCard = evaluate(trial)
      const gain = indexIn(trialCard).minus(current)
      const cost = costOf(i, next).minus(costOf(i, picks[i]!))
      const score = meets(context, trialCard)
        ? dec(Number.MAX_SAFE_INTEGER).minus(cost)
        : cost.isZero()
          ? gain.times(1e12)
          : gain.div(cost)
      if (chosenScore === null || score.gt(chosenScore)) {
        chosen = i
        chosenCard = trialCard
        chosenScore = score
        chosenIndex = indexIn(trialCard)
      }
    })
    if (chosen < 0 || chosenCard === null) break
    picks[chosen]! += 1
    card = chosenCard
    current = chosenIndex
  }
  // Prune: lower each step (most expensive first) as far as the target still holds.
  const order = picks.map((_, i) => i).sort((a, b) => costOf(b, picks[b]!).comparedTo(costOf(a, picks[a]!)))
  for (const i of order) {
    while (picks[i]! >= 0) {
      const trial = [...picks]
      trial[i] = picks[i]! - 1
      if (!meets(context, evaluate(trial))) break
      picks[i] = trial[i]!
    }
  }
  return picks
}
