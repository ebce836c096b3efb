// The built-in cohort normalisers.
import type { NormaliserDefinition } from '../plugin/contract.js'
import { borda } from './borda.js'
import { distanceToReference } from './distance-to-reference.js'
import { distanceToTarget } from './distance-to-target.js'
import { fractionOfMax } from './fraction-of-max.js'
import { goalposts } from './goalposts.js'
import { minMax } from './min-max.js'
import { oriented } from './oriented.js'
import { percentileRank } from './percentile-rank.js'
import { rank } from './rank.js'
import { zScore } from './z-score.js'

export { BordaOptionsSchema, borda } from './borda.js'
export { DistanceToReferenceOptionsSchema, distanceToReference } from './distance-to-reference.js'
export { DistanceToTargetOptionsSchema, distanceToTarget } from './distance-to-target.js'
export { FractionOfMaxOptionsSchema, fractionOfMax } from './fraction-of-max.js'
export { GoalpostsOptionsSchema, goalposts } from './goalposts.js'
export { MinMaxOptionsSchema, minMax } from './min-max.js'
export { OrientedOptionsSchema, oriented } from './oriented.js'
export { PercentileRankOptionsSchema, percentileRank } from './percentile-rank.js'
export { RankOptionsSchema, rank } from './rank.js'
export { ZScoreOptionsSchema, zScore } from './z-score.js'

/**
 * The built-in cohort normalisers, in the order they are documented: `chiso/min-max`, `chiso/z-score`,
 * `chiso/rank`, `chiso/percentile-rank`, `chiso/goalposts`, `chiso/distance-to-target`, `chiso/borda`,
 * `chiso/fraction-of-max`, `chiso/distance-to-reference`, `chiso/oriented`.
 *
 * @example
 * ```ts
 * BUILTIN_NORMALISERS.map((item) => item.id) // ['chiso/min-max', 'chiso/z-score', …]
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: normalisers with different option types live in one list
export const BUILTIN_NORMALISERS: ReadonlyArray<NormaliserDefinition<any>> = [
  minMax,
  zScore,
  rank,
  percentileRank,
  goalposts,
  distanceToTarget,
  borda,
  fractionOfMax,
  distanceToReference,
  oriented,
]
