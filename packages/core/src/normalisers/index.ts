// The built-in cohort normalisers.
import type { NormaliserDefinition } from '../plugin/contract.js'
import { distanceToTarget } from './distance-to-target.js'
import { goalposts } from './goalposts.js'
import { minMax } from './min-max.js'
import { percentileRank } from './percentile-rank.js'
import { rank } from './rank.js'
import { zScore } from './z-score.js'

export { DistanceToTargetOptionsSchema, distanceToTarget } from './distance-to-target.js'
export { GoalpostsOptionsSchema, goalposts } from './goalposts.js'
export { MinMaxOptionsSchema, minMax } from './min-max.js'
export { PercentileRankOptionsSchema, percentileRank } from './percentile-rank.js'
export { RankOptionsSchema, rank } from './rank.js'
export { ZScoreOptionsSchema, zScore } from './z-score.js'

/**
 * The built-in cohort normalisers, in the order they are documented: `chiso/min-max`, `chiso/z-score`,
 * `chiso/rank`, `chiso/percentile-rank`, `chiso/goalposts`, `chiso/distance-to-target`.
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
]
