// The multiple-choice knapsack behind exact plans: pick at most one choice per group (leaf) so the integer
// gains add up to at least `need` at the least total cost. Dynamic programming over the gain, capped at
// `need`, O(groups × choices × need).

/** One group's choices: integer gains (> 0) and their costs. */
export interface KnapsackGroup {
  readonly gains: ReadonlyArray<number>
  readonly costs: ReadonlyArray<number>
}

/** The least cost and the choice per group (-1 = none), or `null` when `need` cannot be reached. */
export interface KnapsackSolution {
  readonly cost: number
  readonly picks: number[]
}

/** Largest `need` the solver accepts: the choice table holds groups × (need + 1) bytes. */
export const MAX_KNAPSACK_STATES = 400_000

/**
 * Solves min Σ cost subject to Σ gain ≥ need, one choice (or none) per group. Costs are non-negative; gains
 * positive integers. Ties keep the earlier (cheaper-per-group) choice, so results are deterministic.
 */
export function solveKnapsack(groups: ReadonlyArray<KnapsackGroup>, need: number): KnapsackSolution | null {
  if (need <= 0) return { cost: 0, picks: groups.map(() => -1) }
  if (need > MAX_KNAPSACK_STATES)
    throw new RangeError(`knapsack of ${need} states exceeds ${MAX_KNAPSACK_STATES}`)
  const size = need + 1
  let dp = new Float64Array(size).fill(Number.POSITIVE_INFINITY)
  dp[0] = 0
  let next = new Float64Array(size)
  // choice[g × size + s] = 1 + index of the choice that reached state s at group g (0 = none).
  const choice = new Uint8Array(groups.length * size)
  // The capped state is reached from several states: remember where, per group.
  const fromAtCap = new Int32Array(groups.length).fill(-1)
  groups.forEach((group, g) => {
    if (group.gains.length > 254) throw new RangeError('at most 254 choices per group')
    next.set(dp)
    const offset = g * size
    for (let s = 0; s < size; s++) {
      const base = dp[s]!
      if (base === Number.POSITIVE_INFINITY) continue
      for (let c = 0; c < group.gains.length; c++) {
        const target = Math.min(need, s + group.gains[c]!)
        const cost = base + group.costs[c]!
        if (cost < next[target]!) {
          next[target] = cost
          choice[offset + target] = c + 1
          if (target === need) fromAtCap[g] = s
        }
      }
    }
    const swap = dp
    dp = next
    next = swap
  })
  if (dp[need] === Number.POSITIVE_INFINITY) return null
  const picks = groups.map(() => -1)
  let state = need
  for (let g = groups.length - 1; g >= 0; g--) {
    const c = choice[g * size + state]! - 1
    if (c < 0) continue
    picks[g] = c
    state = state === need ? fromAtCap[g]! : state - groups[g]!.gains[c]!
  }
  return { cost: dp[need]!, picks }
}
