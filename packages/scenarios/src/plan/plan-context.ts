// What a plan is checked against: the unit, its peers (projected when they improve too) and the rank target.
import {
  type CompiledMethodology,
  type CompiledModel,
  type Dataset,
  type Dec,
  dec,
  rankUnits,
  type Scorecard,
  type UnitResult,
} from '@chiso/core'
import type { LeafOptions } from './choices.js'
import type { PeerProjection, PlanOutcome } from './plan-types.js'
import { keyOf, type Peer } from './target.js'

/** One leaf the plan may improve: its options for the unit and the cost of each. */
export interface Candidate {
  readonly options: LeafOptions
  readonly costs: Dec[]
}

/** What a plan is worked out against: the scored data, the unit, its peers and the rank it must reach. */
export interface Context {
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
  /** A floor on the unit's own result (a whole-index value target), checked beside the rank; `null`: none. */
  readonly floor?: IndexFloor | null
}

/**
 * A floor the unit's whole result must reach: its index (`index ≥ 80`) or its points (`score ≥ 80`).
 *
 * @example
 * ```ts
 * const floor: IndexFloor = { on: 'index', value: dec('80') }
 * ```
 */
export interface IndexFloor {
  readonly on: 'index' | 'score'
  readonly value: Dec
}

/** Whether a unit's result reaches the floor (no floor: always). */
export function reachesFloor(floor: IndexFloor | null | undefined, unit: UnitResult): boolean {
  if (floor === null || floor === undefined) return true
  const value = unit[floor.on]
  return value !== null && dec(value).gte(floor.value)
}

export function outcomeOf(unit: UnitResult, rank: number): PlanOutcome {
  return { index: unit.index!, indexDisplay: unit.indexDisplay!, rank, band: unit.band }
}

/** The peers as ranking sees them, projected as asked. */
export function projectPeers(
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

export function breakersOf(compiled: CompiledMethodology, unit: UnitResult): Array<Dec | null> {
  return compiled.methodology.ranking.tieBreakers.map((breaker) => {
    const index = unit.nodes[breaker.node]?.index
    return index === null || index === undefined ? null : dec(index)
  })
}

/** Ranks of the unit (re-scored) and its projected peers, by unit code. */
export function projectedRanks(context: Context, card: Scorecard): Map<string, number> {
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
export function rankNow(context: Context, card: Scorecard): number {
  if (!context.projected) return card.units.find((u) => u.unit === context.unit)!.rank!
  return projectedRanks(context, card).get(context.unit)!
}

export function meets(context: Context, card: Scorecard): boolean {
  const unit = card.units.find((u) => u.unit === context.unit)
  if (unit === undefined || unit.index === null || unit.rank === null) return false
  if (!reachesFloor(context.floor, unit)) return false
  if (context.overtake === null) return rankNow(context, card) <= context.targetRank
  if (!context.projected) {
    const other = card.units.find((u) => u.unit === context.overtake)!
    return other.rank === null || unit.rank < other.rank
  }
  const ranks = projectedRanks(context, card)
  return ranks.get(context.unit)! < ranks.get(context.overtake)!
}

export function overtakenBy(context: Context, card: Scorecard): string[] {
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
