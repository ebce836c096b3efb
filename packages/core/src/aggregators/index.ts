// The built-in aggregators.
import type { AggregatorDefinition } from '../plugin/contract.js'
import { generalisedMean } from './generalised-mean.js'
import { geometricMean } from './geometric-mean.js'
import { harmonicMean } from './harmonic-mean.js'
import { mean } from './mean.js'
import { min } from './min.js'
import { sum } from './sum.js'

export { GeneralisedMeanOptionsSchema, generalisedMean } from './generalised-mean.js'
export { GeometricMeanOptionsSchema, geometricMean } from './geometric-mean.js'
export { HarmonicMeanOptionsSchema, harmonicMean } from './harmonic-mean.js'
export { MeanOptionsSchema, mean } from './mean.js'
export { MinOptionsSchema, min } from './min.js'
export { SumOptionsSchema, sum } from './sum.js'

/**
 * The built-in aggregators, in the order they are documented: `chiso/sum` (the only additive one),
 * `chiso/mean`, `chiso/geometric-mean`, `chiso/harmonic-mean`, `chiso/generalised-mean`, `chiso/min`.
 *
 * @example
 * ```ts
 * BUILTIN_AGGREGATORS.map((item) => item.id) // ['chiso/sum', 'chiso/mean', …]
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: aggregators with different option types live in one list
export const BUILTIN_AGGREGATORS: ReadonlyArray<AggregatorDefinition<any>> = [
  sum,
  mean,
  geometricMean,
  harmonicMean,
  generalisedMean,
  min,
]
