import type { Dataset, Methodology } from '@chiso/core'
import type * as fc from 'fast-check'
import { type CompositeMethodologyArbOptions, compositeMethodologyArb } from './composite-methodology-arb.js'
import { type DatasetArbOptions, datasetArb } from './dataset-arb.js'
import { type PointsMethodologyArbOptions, pointsMethodologyArb } from './points-methodology-arb.js'

/**
 * A methodology and a dataset that fits it, ready to score.
 *
 * @example
 * ```ts
 * const [{ methodology, dataset }] = fc.sample(scoredCaseArb({ kind: 'points' }), 1) as [ScoredCase]
 * createEngine().score(methodology, dataset).units.length // dataset.units.length
 * ```
 *
 * @category Testing
 */
export interface ScoredCase {
  readonly methodology: Methodology
  readonly dataset: Dataset
}

/**
 * Options of {@link scoredCaseArb}.
 *
 * @example
 * ```ts
 * const options: ScoredCaseArbOptions = { kind: 'composite', maxDepth: 2, data: { units: 4 } }
 * fc.sample(scoredCaseArb(options), 1)
 * ```
 *
 * @category Testing
 */
export type ScoredCaseArbOptions =
  | ({ kind?: 'points'; data?: DatasetArbOptions } & PointsMethodologyArbOptions)
  | ({ kind: 'composite'; data?: DatasetArbOptions } & CompositeMethodologyArbOptions)

/**
 * A methodology ({@link pointsMethodologyArb}, the default, or {@link compositeMethodologyArb} with
 * `kind: 'composite'`) together with a dataset for it ({@link datasetArb}, options under `data`): the input of
 * an end-to-end property. Score it with `createEngine().score(methodology, dataset)`.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check'
 * import { createEngine } from '@chiso/core'
 * import { scoredCaseArb } from '@chiso/sdk/testing'
 *
 * fc.assert(
 *   fc.property(scoredCaseArb({ maxDepth: 2, data: { units: { min: 1, max: 5 } } }), ({ methodology, dataset }) => {
 *     const card = createEngine().score(methodology, dataset, { trace: false })
 *     return card.units.length === dataset.units.length
 *   }),
 * )
 * ```
 *
 * @category Testing
 */
export function scoredCaseArb(options: ScoredCaseArbOptions = {}): fc.Arbitrary<ScoredCase> {
  const methodologies =
    options.kind === 'composite' ? compositeMethodologyArb(options) : pointsMethodologyArb(options)
  return methodologies.chain((methodology) =>
    datasetArb(methodology, options.data).map((dataset) => ({ methodology, dataset })),
  )
}
