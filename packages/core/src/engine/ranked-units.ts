// Every unit's summary in the scorecard: index, display rounding, rank (overall and within groups) and band.
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { Diagnostic, NodeResult, UnitResult } from '../schema/scorecard.js'
import type { AssembledUnits, UnitHead } from './assembled-units.js'
import { bandOf } from './bands.js'
import { nodeIndexOf } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { rankUnits } from './rank.js'
import { rankingKeyOf } from './ranking-key.js'
import type { UnitSummary } from './scorecard-by-unit.js'
import { headOf } from './unit-head.js'

/** Each unit's summary in dataset order, and what the diagnostics need (heads, band notes). */
export interface RankedUnits {
  readonly units: Array<UnitSummary | UnitResult>
  readonly heads: ReadonlyArray<UnitHead>
  readonly noBand: ReadonlyArray<Diagnostic>
  readonly byGroup: boolean
}

/**
 * Every unit's index, display rounding, rank (overall and within groups) and band, in dataset order; with
 * `nodesFor`, each unit's node results as well (`nodes` in its place among the keys).
 */
export function rankedUnits(
  context: EvaluationContext,
  assembled: AssembledUnits,
  nodesFor: ((unit: number) => Record<string, NodeResult>) | undefined,
): RankedUnits {
  const { dataset, model, cache } = context
  const { methodology } = model
  const { ranking, bands } = methodology
  const heads = dataset.units.map((_, unit) => headOf(context, assembled, unit))
  const breakerColumns = ranking.tieBreakers.map(
    (breaker) => context.states[model.byCode.get(breaker.node)!.index]!.final,
  )
  const orders = ranking.tieBreakers.map((breaker) => breaker.order)
  const entries = dataset.units.map((unit, u) => ({
    code: unit.code,
    key: heads[u]!.key,
    breakers: breakerColumns.map((column) => {
      const index =
        column.status[u] === 'ok' ? nodeIndexOf(column.values[u] ?? null, column.maxes[u] ?? null) : null
      return index === null ? null : rankingKeyOf(index)
    }),
  }))
  const overall = rankUnits(entries, ranking.method, orders)
  const hasGroups = dataset.units.some((unit) => unit.group !== undefined)
  const groupRanks = hasGroups ? rankWithinGroups(context, entries, orders) : []
  const byGroup = ranking.within === 'group'

  const noBand: Diagnostic[] = []
  const units = dataset.units.map((unit, u) => {
    const head = heads[u]!
    let band: string | null = null
    if (bands.length > 0 && head.key !== null) {
      band = bandOf(head.key, bands)
      if (band === null) {
        noBand.push({
          code: DIAGNOSTIC_CODES.NO_BAND,
          severity: 'info',
          unit: unit.code,
          message: `index ${head.display} is below every band's threshold`,
        })
      }
    }
    // Keys in the order earlier versions wrote them (groupRank, then overallRank, last): the JSON of a
    // methodology ranked among all units stays byte-identical.
    const result: UnitSummary & { nodes?: Record<string, NodeResult> } = {
      unit: unit.code,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      ...(unit.group === undefined ? {} : { group: unit.group }),
      score: head.score === null ? null : cache.str(head.score),
      max: head.max === null ? null : cache.str(head.max),
      index: head.index === null ? null : cache.str(head.index),
      indexDisplay: head.display,
      rank: byGroup ? (groupRanks[u] ?? overall[u]!) : overall[u]!,
      band,
    }
    if (nodesFor) result.nodes = nodesFor(u)
    if (hasGroups) result.groupRank = groupRanks[u]!
    if (byGroup) result.overallRank = overall[u]!
    return result
  })
  return { units, heads, noBand, byGroup }
}

/** Each unit's rank among the units of its group (units without a group form one group). */
function rankWithinGroups(
  context: EvaluationContext,
  entries: Parameters<typeof rankUnits>[0],
  orders: Parameters<typeof rankUnits>[2],
): Array<number | null> {
  const { dataset, model } = context
  const ranks: Array<number | null> = new Array<number | null>(dataset.units.length).fill(null)
  const groups = new Map<string, number[]>()
  dataset.units.forEach((unit, index) => {
    const group = unit.group ?? ''
    const members = groups.get(group)
    if (members) members.push(index)
    else groups.set(group, [index])
  })
  for (const members of groups.values()) {
    const within = rankUnits(
      members.map((index) => entries[index]!),
      model.methodology.ranking.method,
      orders,
    )
    members.forEach((index, position) => {
      ranks[index] = within[position] ?? null
    })
  }
  return ranks
}
