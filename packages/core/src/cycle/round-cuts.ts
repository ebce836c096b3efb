import type { CompiledMethodology } from '../engine/engine-interfaces.js'
import type { Dataset, Observation } from '../schema/dataset.js'
import { parseDataset } from '../schema/parse.js'
import type { Scorecard } from '../schema/scorecard.js'

/**
 * A dataset scored as it stood after each assessment round: `cards[k]` is the scorecard of the observations of
 * rounds 0…k (the last one is the final result). Without declared rounds there is one cut, the whole dataset.
 *
 * @example
 * ```ts
 * const cuts: RoundCuts = roundCuts(compiled, dataset)
 * cuts.rounds // ['self', 'appraisal', 're-appraisal']
 * ```
 *
 * @category Assessment cycle
 */
export interface RoundCuts {
  /** The rounds in order (`[]` when none is declared). */
  readonly rounds: ReadonlyArray<string>
  /** One scorecard per round (one in all without rounds). */
  readonly cards: ReadonlyArray<Scorecard>
  /** The parsed dataset. */
  readonly dataset: Dataset
  /** The round position of an observation (0 without rounds; -1 for an undeclared round). */
  readonly roundOf: (observation: Observation) => number
}

/**
 * Scores a dataset as it stood after each round (see {@link RoundCuts}).
 *
 * @example
 * ```ts
 * const { cards } = roundCuts(compiled, dataset)
 * cards[0]?.units[0]?.score // the self-assessed total
 * ```
 *
 * @category Assessment cycle
 */
export function roundCuts(compiled: CompiledMethodology, input: unknown): RoundCuts {
  const dataset = parseDataset(input)
  const rounds = compiled.methodology.rounds?.map((round) => round.code) ?? dataset.rounds ?? []
  const index = new Map(rounds.map((code, at) => [code, at]))
  const roundOf = (observation: Observation): number => {
    if (rounds.length === 0) return 0
    if (observation.round !== undefined) return index.get(observation.round) ?? -1
    if (observation.source !== undefined && index.has(observation.source))
      return index.get(observation.source)!
    return 0
  }
  if (rounds.length === 0)
    return { rounds, cards: [compiled.evaluate(dataset, { trace: false })], dataset, roundOf }
  const cards = rounds.map((_, k) =>
    compiled.evaluate(
      { ...dataset, observations: dataset.observations.filter((o) => roundOf(o) <= k) },
      { trace: false },
    ),
  )
  return { rounds, cards, dataset, roundOf }
}
