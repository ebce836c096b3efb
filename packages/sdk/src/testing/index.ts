/**
 * `@chiso/sdk/testing` — test plugin items and the engine the way chiso tests itself.
 *
 * - fast-check arbitraries: {@link decimalStringArb}, {@link pointsMethodologyArb},
 *   {@link compositeMethodologyArb}, {@link datasetArb} and {@link scoredCaseArb} generate exact decimal
 *   strings, methodologies and datasets for property tests.
 * - Conformance checks: {@link checkRuleConformance}, {@link checkNormaliserConformance} and
 *   {@link checkAggregatorConformance} return every way an item breaks the plugin contract (`assert*` variants
 *   throw a {@link ConformanceError}); they sample inputs with fast-check from a fixed seed.
 *
 * `fast-check` is a peer dependency of this subpath: install it (as a dev dependency) to use it.
 *
 * @example
 * ```ts
 * import { describe, it, expect } from 'vitest'
 * import { checkRuleConformance } from '@chiso/sdk/testing'
 * import { onTimeShare } from '../src/on-time-share.js'
 *
 * it('conforms to the plugin contract', () => {
 *   expect(checkRuleConformance(onTimeShare, { options: {}, node: { max: '2' } })).toEqual([])
 * })
 * ```
 *
 * @packageDocumentation
 */

export type { CompositeMethodologyArbOptions } from './composite-methodology-arb.js'
export { compositeMethodologyArb } from './composite-methodology-arb.js'
export type { AggregatorConformanceOptions } from './conformance/aggregator.js'
export { assertAggregatorConformance, checkAggregatorConformance } from './conformance/aggregator.js'
export type { ConformanceCheck, ConformanceFailure } from './conformance/failures.js'
export { assertConformance, ConformanceError, formatFailures } from './conformance/failures.js'
export type { NormaliserConformanceOptions } from './conformance/normaliser.js'
export { assertNormaliserConformance, checkNormaliserConformance } from './conformance/normaliser.js'
export type { RawRuleInput, RuleConformanceOptions } from './conformance/rule.js'
export { assertRuleConformance, checkRuleConformance } from './conformance/rule.js'
export type { ConformanceOptions } from './conformance/shared.js'
export type { DatasetArbOptions, ObservationValue } from './dataset-arb.js'
export { datasetArb, leavesOf } from './dataset-arb.js'
export type { DecimalStringArbOptions } from './decimal-string-arb.js'
export { decimalStringArb } from './decimal-string-arb.js'
export type { PointsMethodologyArbOptions } from './points-methodology-arb.js'
export { pointsMethodologyArb } from './points-methodology-arb.js'
export type { ScoredCase, ScoredCaseArbOptions } from './scored-case-arb.js'
export { scoredCaseArb } from './scored-case-arb.js'
export type { TreeSizeOptions } from './tree-shape.js'
