// The two ways a plan is found: the exact knapsack of a linear methodology, and a greedy search with re-scoring.
import { type Dec, dec, type Scorecard } from '@chiso/core'
import { rescore } from '../rescore.js'
import { changesOf } from './candidates.js'
import { type KnapsackGroup, MAX_KNAPSACK_STATES, solveKnapsack } from './knapsack.js'
import { type Candidate, type Context, meets } from './plan-context.js'
import { indexBound, keyOf, requiredKey } from './target.js'

/**
 * The exact plan of a linear methodology: knapsack on integer gains. Gains that are not whole on the chosen
 * grid are rounded down (a plan that surely reaches the target) and up (a bound no plan can beat); when the
 * two costs agree the plan is optimal. Tie rules the bound cannot see are settled by re-scoring.
 */
export function solveExact(
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
  const floor = context.floor ?? null
  // A floor on a composite index's points has no linear relation to the root the bound can use: searched.
  if (floor !== null && floor.on === 'score' && !isPoints) return null
  const peersAndTarget =
    context.overtake === null
      ? requiredKey(methodology, context.peers, { rank: context.targetRank })
      : requiredKey(methodology, context.peers, {
          overtake: context.peers.find((p) => p.code === context.overtake)!,
        })
  if (peersAndTarget === null && floor === null)
    return { picks: candidates.map(() => -1), lowerBound: dec(0), method: 'knapsack', note: '', card: null }
  const attempts: boolean[] =
    peersAndTarget === null || peersAndTarget.tie === 'enough'
      ? [false]
      : peersAndTarget.tie === 'maybe'
        ? [false, true]
        : [true]
  const maxGain = gains.reduce((total, list) => total.plus(list[list.length - 1] ?? dec(0)), dec(0))
  const places = Math.max(0, ...gains.flat().map((gain) => gain.decimalPlaces()))
  const costOf = (chosen: number[]) =>
    chosen.reduce((total, pick, i) => (pick < 0 ? total : total.plus(candidates[i]!.costs[pick]!)), dec(0))
  const gainOf = (chosen: number[]) =>
    chosen.reduce((total, pick, i) => (pick < 0 ? total : total.plus(gains[i]![pick]!)), dec(0))
  // The key the unit gets at a given root value, computed as the engine does (points ÷ maximum × 100).
  const indexAt = (root: Dec) => (isPoints ? root.div(me.max!).times(100) : root)
  const keyAt = (root: Dec) => keyOf(methodology, indexAt(root))
  // The floor (a whole-index value target) as a root value to reach, and its exact check at a root value.
  const floorRoot =
    floor === null
      ? null
      : floor.on === 'score' || !isPoints
        ? floor.value
        : floor.value.times(me.max!).div(100)
  const floorMet = (root: Dec) =>
    floor === null || (floor.on === 'score' ? root : indexAt(root)).gte(floor.value)
  for (const strict of attempts) {
    const bound = peersAndTarget === null ? null : indexBound(methodology, peersAndTarget.key, strict)
    const rankRoot = bound === null ? null : isPoints ? bound.index.times(me.max!).div(100) : bound.index
    const root =
      rankRoot === null ? floorRoot! : floorRoot === null || rankRoot.gte(floorRoot) ? rankRoot : floorRoot
    const approximate = root.minus(base)
    let digits = Math.min(places, 12)
    while (digits > 0 && approximate.times(dec(10).pow(digits)).gt(MAX_KNAPSACK_STATES)) digits -= 1
    if (approximate.times(dec(10).pow(digits)).gt(MAX_KNAPSACK_STATES) || maxGain.lt(approximate)) return null
    const scale = dec(10).pow(digits)
    // The least whole number of grid steps whose gain gives the required key, found with the engine's own
    // arithmetic next to the estimate (a 40-digit index turned back into points can be off in its last digit).
    const reaches = (steps: number) => {
      const at = base.plus(dec(steps).div(scale))
      if (!floorMet(at)) return false
      if (peersAndTarget === null) return true
      const key = keyAt(at)
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
export function search(context: Context, candidates: ReadonlyArray<Candidate>): number[] {
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
