// Value targets as constraints of a plan ("3.4.1 ≥ 100 %"): the criterion must reach the value, its cost is
// counted, and a rank target (if any) is then planned on top of it. Kept apart from the rank planner: a value
// target fixes its leaf to one of the choices that reach the value, and the rank planner runs unchanged on the
// data so changed, with those leaves locked.
import {
  ChisoError,
  type CompiledMethodology,
  type Dataset,
  type Dec,
  type DecimalString,
  dec,
  toDecimalString,
  type UnitResult,
} from '@chiso/core'
import { decimalArgument } from '../arguments.js'
import { baseSession, rescore } from '../rescore.js'
import { changesOf, enumerate, stepsOf } from './candidates.js'
import { linearCoefficients } from './linear-model.js'
import type { Candidate, Context } from './plan-context.js'
import {
  type IndexTarget,
  type PlanRankOptions,
  planReach,
  type ReachPlan,
  unreachable as unreachablePlan,
} from './plan-rank.js'
import type { PlanOutcome, PlanStep, RankPlan } from './plan-types.js'
import type { RankTarget } from './target.js'

/**
 * A criterion's value to reach: its index (points ÷ maximum × 100, `index: '100'` for full points) or its
 * points (`points`). Only criteria (leaves) can be planned: an inner node's value is the sum of many choices.
 *
 * @example
 * ```ts
 * const onTime: ValueTarget = { node: '3.4.1', index: '100', label: '100 % hồ sơ đúng hạn' }
 * ```
 *
 * @category Planning
 */
export interface ValueTarget {
  readonly node: string
  readonly index?: DecimalString
  readonly points?: DecimalString
  readonly label?: string
}

/**
 * How a plan meets one value target: the points required, before and after the plan.
 *
 * @example
 * ```ts
 * const outcome: ValueOutcome = { node: '3.4.1', required: '2', before: '1', after: '2', met: true }
 * ```
 *
 * @category Planning
 */
export interface ValueOutcome {
  readonly node: string
  readonly label?: string
  /** The leaf's points (or value) the target requires. */
  readonly required: DecimalString
  readonly before: DecimalString | null
  /** After the plan, re-scored by the engine; `null` when the plan is unreachable. */
  readonly after: DecimalString | null
  readonly met: boolean
}

/**
 * How a plan meets a whole-index target (`index ≥ 80`, or `points ≥ 80`): the unit's index (or points) before
 * and after the plan, re-scored.
 *
 * @example
 * ```ts
 * const outcome: WholeIndexOutcome = { on: 'index', required: '80', before: '76.5', after: '80.5', met: true }
 * ```
 *
 * @category Planning
 */
export interface WholeIndexOutcome {
  readonly on: 'index' | 'points'
  readonly label?: string
  readonly required: DecimalString
  readonly before: DecimalString | null
  /** After the plan, re-scored by the engine; `null` when the plan is unreachable. */
  readonly after: DecimalString | null
  readonly met: boolean
}

/**
 * A plan for value targets, with or without a rank target: the rank plan's fields (`target` and `targetRank`
 * are `null` without a rank target), the steps of both, and each value target's outcome.
 *
 * @example
 * ```ts
 * const plan: TargetsPlan = planTargets(compiled, dataset, { unit: 'tho-xuan', values: [{ node: '3.4.1', index: '100' }] })
 * plan.values[0]?.met // true
 * ```
 *
 * @category Planning
 */
export interface TargetsPlan extends Omit<RankPlan, 'target' | 'targetRank'> {
  readonly target: RankTarget | null
  readonly targetRank: number | null
  readonly values: ReadonlyArray<ValueOutcome>
  /** The whole-index target's outcome; `null` without one. */
  readonly wholeIndex: WholeIndexOutcome | null
}

/**
 * Options of {@link planTargets}: those of {@link planRank} with the rank target optional, and the value
 * targets.
 *
 * @example
 * ```ts
 * const options: PlanTargetsOptions = { unit: 'tho-xuan', target: { kind: 'rise', ranks: 10 }, values: [{ node: '3.4.1', index: '100' }] }
 * ```
 *
 * @category Planning
 */
export interface PlanTargetsOptions extends Omit<PlanRankOptions, 'target'> {
  readonly target?: RankTarget
  readonly values: ReadonlyArray<ValueTarget>
  /** A value of the whole index (or its points) to reach, planned together with the rank target. */
  readonly wholeIndex?: IndexTarget
}

/** Beyond this many combinations of qualifying choices, each leaf takes its cheapest qualifying choice. */
const MAX_COMBINATIONS = 64

/**
 * Plans a unit's value targets, alone or with a rank target: each value target's criterion is brought to a
 * choice that reaches the value (cost counted), then the least-cost plan for the rank target is found on the
 * data so changed, with those criteria locked. Every combination of qualifying choices is tried (up to 64), so
 * the plan is least-cost whenever the rank plan is. Verified by re-scoring all changes together.
 *
 * @example
 * ```ts
 * const plan = planTargets(compiled, dataset, {
 *   unit: 'tho-xuan', target: { kind: 'rise', ranks: 10 }, values: [{ node: '3.4.1', index: '100' }],
 * })
 * plan.steps.map((step) => step.node) // ['3.4.1', '1.1.2', …]
 * plan.values[0]?.met                 // true
 * ```
 *
 * @category Planning
 */
export function planTargets(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: PlanTargetsOptions,
): TargetsPlan {
  const model = compiled.model
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
  const required = options.values.map((value, i) => requiredPoints(compiled, me.nodes[value.node], value, i))
  const whole = wholeIndexOf(options.wholeIndex)
  const wholeOutcome = (after: UnitResult | null): WholeIndexOutcome | null => {
    if (whole === null) return null
    const field = whole.on === 'index' ? 'index' : 'score'
    const value = after?.[field] ?? null
    return {
      on: whole.on,
      ...(options.wholeIndex?.label === undefined ? {} : { label: options.wholeIndex.label }),
      required: whole.required,
      before: me[field],
      after: value,
      met: value !== null && dec(value).gte(whole.required),
    }
  }
  const before: PlanOutcome = {
    index: me.index,
    indexDisplay: me.indexDisplay ?? me.index,
    rank: me.rank,
    band: me.band,
  }
  const costs = options.costs ?? { nodes: {}, lock: [] }
  // The candidate choices of every leaf, as the rank planner sees them (its context needs only these fields).
  const context = { compiled, dataset, model, baseline, me, unit: me.unit } as unknown as Context
  const { candidates, excluded } = enumerate(context, costs, options.lock ?? [])
  const targetRank =
    options.target === undefined
      ? null
      : options.target.kind === 'rise'
        ? Math.max(1, me.rank - options.target.ranks)
        : options.target.kind === 'rank'
          ? options.target.rank
          : (baseline.units.find((unit) => unit.unit === (options.target as { unit: string }).unit)?.rank ??
            null)
  // A rise is counted from today's rank, not from the rank after the value targets' steps.
  const rankTarget: RankTarget | undefined =
    options.target?.kind === 'rise' ? { kind: 'rank', rank: targetRank! } : options.target
  const common = {
    unit: me.unit,
    target: options.target ?? null,
    targetRank,
    peers: options.peers?.kind ?? 'fixed',
    before,
  } as const
  const unreachable = (reason: string): TargetsPlan => ({
    ...unreachablePlan(common, excluded, reason),
    values: options.values.map((value, i) => ({
      node: value.node,
      ...(value.label === undefined ? {} : { label: value.label }),
      required: toDecimalString(required[i]!),
      before: me.nodes[value.node]?.score ?? null,
      after: null,
      met: false,
    })),
    wholeIndex: wholeOutcome(null),
  })

  // For each unmet value target: its leaf's candidate and the choices that reach the value.
  const forced: Array<{ index: number; candidate: Candidate; picks: number[] }> = []
  for (const [i, value] of options.values.entries()) {
    const now = me.nodes[value.node]?.score
    if (now !== null && now !== undefined && dec(now).gte(required[i]!)) continue
    const index = candidates.findIndex((candidate) => candidate.options.leaf.code === value.node)
    if (index < 0) {
      const why = excluded.find((entry) => entry.node === value.node)?.why ?? 'no choice reaches it'
      return unreachable(`${describe(value)} cannot be planned: ${why}`)
    }
    const candidate = candidates[index]!
    const picks = candidate.options.choices
      .map((choice, pick) => (choice.points.gte(required[i]!) ? pick : -1))
      .filter((pick) => pick >= 0)
    if (picks.length === 0) {
      const best = candidate.options.choices[candidate.options.choices.length - 1]!
      return unreachable(
        `${describe(value)} cannot be reached: at its best (${best.to}) ${value.node} gives ${toDecimalString(best.points)}, short of ${toDecimalString(required[i]!)}`,
      )
    }
    forced.push({ index, candidate, picks })
  }

  const combinations = forced.reduce((product, entry) => product * entry.picks.length, 1)
  const exhaustive = combinations <= MAX_COMBINATIONS
  const options_ = exhaustive
    ? forced.reduce<number[][]>(
        (all, entry) => all.flatMap((combo) => entry.picks.map((pick) => [...combo, pick])),
        [[]],
      )
    : [forced.map((entry) => cheapest(entry.candidate, entry.picks))]
  const coefficients = linearCoefficients(model, me)
  const indexPerRootUnit =
    compiled.methodology.result.type === 'points' && me.max !== null ? dec(100).div(me.max) : dec(1)
  const valueLeaves = options.values.map((value) => value.node)

  let best: { forcedSteps: PlanStep[]; forcedCost: Dec; rank: ReachPlan | null } | null = null
  let lastFailure: string | null = null
  for (const combo of options_) {
    const subset = forced.map((entry) => entry.candidate)
    const forcedSteps = stepsOf(
      subset,
      combo,
      typeof coefficients === 'string' ? null : coefficients,
      indexPerRootUnit,
    )
    const forcedCost = forcedSteps.reduce((total, step) => total.plus(step.cost), dec(0))
    let rank: ReachPlan | null = null
    // The rank target and the whole-index floor are planned together, on the data the value steps changed.
    if (rankTarget !== undefined || options.wholeIndex !== undefined) {
      const changed =
        forcedSteps.length === 0 ? dataset : rescore(compiled, dataset, changesOf(subset, combo)).dataset()
      // The cap applies to the whole plan (checked below), not to the rank part alone.
      const { maxCost: _cap, values: _values, target: _target, wholeIndex, ...rest } = options
      rank = planReach(compiled, changed, {
        ...rest,
        ...(rankTarget === undefined ? {} : { target: rankTarget }),
        ...(wholeIndex === undefined ? {} : { floor: wholeIndex }),
        lock: [...(options.lock ?? []), ...valueLeaves],
      })
      if (rank.status === 'unreachable') {
        lastFailure = rank.reason
        continue
      }
    }
    const total = forcedCost.plus(rank?.cost ?? '0')
    if (best === null || total.lt(best.forcedCost.plus(best.rank?.cost ?? '0')))
      best = { forcedSteps, forcedCost, rank }
  }
  if (best === null)
    return unreachable(
      forced.length === 0 && lastFailure !== null
        ? lastFailure
        : `with the value targets met, ${lastFailure ?? 'the rank target is out of reach'}`,
    )

  const steps = [...best.forcedSteps, ...(best.rank?.steps ?? [])]
  const cost = best.forcedCost.plus(best.rank?.cost ?? '0')
  const maxCostText =
    options.maxCost === undefined ? costs.maxCost : decimalArgument(options.maxCost, ['maxCost'], true)
  if (maxCostText !== undefined && cost.gt(maxCostText))
    return unreachable(
      `the cheapest plan found costs ${toDecimalString(cost)}, more than the cap ${maxCostText}`,
    )
  const changes = steps.flatMap((step) => step.changes)
  const checked = rescore(compiled, dataset, changes).scorecard
  const after = checked.units.find((unit) => unit.unit === me.unit)!
  const values: ValueOutcome[] = options.values.map((value, i) => {
    const score = after.nodes[value.node]?.score ?? null
    return {
      node: value.node,
      ...(value.label === undefined ? {} : { label: value.label }),
      required: toDecimalString(required[i]!),
      before: me.nodes[value.node]?.score ?? null,
      after: score,
      met: score !== null && dec(score).gte(required[i]!),
    }
  })
  const rank = best.rank
  const wholeIndex = wholeOutcome(after)
  const nothing = steps.length === 0
  const optimal = exhaustive && (rank === null || rank.status === 'optimal' || rank.status === 'met')
  const valuesText =
    forced.length === 0
      ? 'the value targets are already met'
      : `value targets first (${forced.length} criteri${forced.length === 1 ? 'on' : 'a'}, cost ${toDecimalString(best.forcedCost)}${exhaustive ? '' : '; each at its cheapest qualifying choice'})`
  return {
    ...common,
    status: nothing ? 'met' : optimal ? 'optimal' : 'best-found',
    method: rank?.method ?? (nothing ? 'none' : 'knapsack'),
    after: {
      index: after.index!,
      indexDisplay: after.indexDisplay ?? after.index!,
      rank: rank?.after?.rank ?? after.rank!,
      band: after.band,
    },
    steps,
    cost: toDecimalString(cost),
    lowerBound: null,
    overtaken: rank?.overtaken ?? [],
    verified:
      values.every((value) => value.met) && (wholeIndex?.met ?? true) && (rank === null || rank.verified),
    reason: nothing
      ? 'every target is already met: nothing to do'
      : rank === null
        ? `${valuesText}: the cheapest choice of each criterion that reaches its value`
        : options.values.length === 0
          ? (rank.reason ?? rank.status)
          : `${valuesText}; then ${rank.reason ?? rank.status}`,
    excluded: [
      ...excluded.filter((entry) => !valueLeaves.includes(entry.node)),
      ...(rank?.excluded ?? []).filter(
        (entry) => entry.why !== 'locked' || !valueLeaves.includes(entry.node),
      ),
    ].filter((entry, i, all) => all.findIndex((other) => other.node === entry.node) === i),
    changes,
    values,
    wholeIndex,
  }
}

/** The whole-index target's floor, its decimal checked like one read from a file; `null` without one. */
function wholeIndexOf(
  target: IndexTarget | undefined,
): { on: 'index' | 'points'; required: DecimalString } | null {
  if (target === undefined) return null
  if ((target.index === undefined) === (target.points === undefined))
    throw new ChisoError('INVALID_TARGETS', 'whole-index target: give exactly one of index or points')
  return target.index !== undefined
    ? { on: 'index', required: decimalArgument(target.index, ['wholeIndex', 'index']) }
    : { on: 'points', required: decimalArgument(target.points!, ['wholeIndex', 'points']) }
}

function requiredPoints(
  compiled: CompiledMethodology,
  result: { max: string | null } | undefined,
  value: ValueTarget,
  i: number,
): Dec {
  const node = compiled.model.byCode.get(value.node)
  if (node === undefined)
    throw new ChisoError('NOT_FOUND', `value target ${i + 1}: the methodology has no node "${value.node}"`)
  if (node.rule === undefined) {
    throw new ChisoError(
      'INVALID_TARGETS',
      `value target ${i + 1}: ${value.node} is not a criterion (leaf)`,
      {
        issues: [
          {
            path: ['values', i, 'node'],
            message: `${value.node} groups other criteria: the planner reaches values on criteria (leaves), whose choices it knows`,
            hint: `set the target on the criteria under ${value.node}, or plan its rank with --rise/--rank`,
          },
        ],
      },
    )
  }
  if ((value.index === undefined) === (value.points === undefined))
    throw new ChisoError('INVALID_TARGETS', `value target ${i + 1}: give exactly one of index or points`)
  if (value.points !== undefined) return dec(decimalArgument(value.points, ['values', String(i), 'points']))
  const index = dec(decimalArgument(value.index!, ['values', String(i), 'index']))
  const max = result?.max ?? node.declaredMax ?? null
  // A composite leaf's index is its value itself; an additive leaf's is points ÷ maximum × 100.
  return max === null ? index : dec(max).times(index).div(100)
}

function cheapest(candidate: Candidate, picks: ReadonlyArray<number>): number {
  return picks.reduce((a, b) => (candidate.costs[b]!.lt(candidate.costs[a]!) ? b : a))
}

function describe(value: ValueTarget): string {
  return `${value.node} ${value.index !== undefined ? `≥ ${value.index} %` : `≥ ${value.points} points`}`
}
