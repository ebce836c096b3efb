// The improvements a plan can choose from: each leaf's options for the unit, with their costs, and the steps and
// observation changes a chosen set of them makes.
import {
  type CompiledModel,
  type CompiledNode,
  type Dataset,
  type Dec,
  dec,
  leavesUnder,
  pathFromRoot,
  toDecimalString,
} from '@chiso/core'
import type { ObservationChange } from '../observation-change.js'
import { leafOptions } from './choices.js'
import type { LeafCost, PlanCosts } from './costs.js'
import type { Candidate, Context } from './plan-context.js'
import type { PlanStep } from './plan-types.js'

/** The settings of a leaf: default, then every ancestor's entry, then the leaf's own (field by field). */
export function settingsOf(model: CompiledModel, leaf: CompiledNode, costs: PlanCosts): LeafCost {
  const chain = pathFromRoot(model, leaf)
  let settings: LeafCost = { ...(costs.default ?? {}) }
  for (const node of chain) {
    const own = costs.nodes[node.code]
    if (own) settings = { ...settings, ...own }
  }
  return settings
}

export function enumerate(
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

export function hasNormaliseAbove(model: CompiledModel, leaf: CompiledNode): boolean {
  return pathFromRoot(model, leaf).some((node) => node.normalise !== undefined)
}

export function changesOf(
  candidates: ReadonlyArray<Candidate>,
  picks: ReadonlyArray<number>,
): ObservationChange[] {
  return candidates.flatMap((candidate, i) => {
    const pick = picks[i]!
    return pick < 0 ? [] : candidate.options.choices[pick]!.changes
  })
}

export function stepsOf(
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
