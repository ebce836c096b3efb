import { type AggregatorChild, type AggregatorDefinition, type Dec, dec, type NodeInfo } from '@chiso/core'
import * as fc from 'fast-check'
import { type DecimalStringArbOptions, decimalStringArb } from '../decimal-string-arb.js'
import { assertConformance, type ConformanceFailure, FailureCollector } from './failures.js'
import {
  asDecimal,
  type ConformanceOptions,
  checkIdentity,
  checkOptions,
  checkReports,
  close,
  DEFAULT_SEED,
  describe,
  mutationHint,
  nodeInfo,
  type Reported,
  text,
} from './shared.js'

/**
 * Options of {@link checkAggregatorConformance}.
 *
 * @example
 * ```ts
 * const options: AggregatorConformanceOptions = { options: { p: '2' }, mean: true }
 * checkAggregatorConformance(generalisedMean, options) // []
 * ```
 *
 * @category Testing
 */
export interface AggregatorConformanceOptions extends ConformanceOptions {
  /**
   * The aggregator is a mean (arithmetic, geometric, harmonic, power, minimum…): its value must lie between
   * the smallest and the largest child. Opt-in, default `false`.
   */
  mean?: boolean
  /** Range of the children's values. Default `{ min: '0', max: '100', scale: 2 }`. */
  values?: DecimalStringArbOptions
  /** Give children random positive weights (default `true`); else every weight is 1. */
  weights?: boolean
  /** Most children. Default `6`. */
  maxChildren?: number
  /**
   * Largest difference accepted between the results for the children in two orders. Default `'0'`: exactly
   * the same. Relax it only for aggregators that cut digits (logarithms, roots), and say why.
   */
  tolerance?: string
}

interface ChildSample {
  readonly value: string
  readonly weight: string
  readonly extra: string
}

/**
 * Checks an aggregator against the plugin contract and returns every failure (an empty list when it conforms):
 *
 * - the id, meta and options checks of {@link checkRuleConformance};
 * - on sampled children (1 to 6, random positive weights; for `meta.additive` aggregators each child also has
 *   a maximum ≥ its value; seeded): `aggregate` never throws, returns a finite `Dec` (or a decimal string) or
 *   `null` together with a report saying why; it is deterministic, does not change its input, and reports
 *   only known or namespaced codes;
 * - it does not depend on the children's order (reversed and shuffled children give the same value);
 * - additive aggregators stay within [0, Σ children's maxima];
 * - with `mean: true`: the value lies between the smallest and the largest child.
 *
 * @example
 * ```ts
 * const mean = builtinPlugin.aggregators!.find((a) => a.id === 'chiso/mean')!
 * checkAggregatorConformance(mean, { mean: true }) // []
 * ```
 *
 * @category Testing
 */
export function checkAggregatorConformance<O>(
  aggregator: AggregatorDefinition<O>,
  options: AggregatorConformanceOptions = {},
): ConformanceFailure[] {
  const failures = new FailureCollector(String(aggregator?.id))
  checkIdentity(aggregator as never, 'aggregator', options, failures)
  if (typeof aggregator.aggregate !== 'function') {
    failures.fail('meta', 'aggregate is not a function')
    return failures.list()
  }
  const node = nodeInfo(options, null)
  const resolved = checkOptions<O>(aggregator as never, options, node, 'aggregate', failures)
  if (!resolved) return failures.list()
  const additive = aggregator.meta?.additive === true
  const tolerance = dec(options.tolerance ?? '0')

  const samples = fc.sample(sampleArb(options), {
    numRuns: options.samples ?? 100,
    seed: options.seed ?? DEFAULT_SEED,
  })
  for (const { children: raw, permutation } of samples) {
    const children = raw.map(
      (child, index): AggregatorChild => ({
        code: `c${index + 1}`,
        value: dec(child.value),
        weight: dec(child.weight),
        max: additive ? dec(child.value).plus(child.extra) : null,
      }),
    )
    const example = {
      children: children.map((child) => ({
        code: child.code,
        value: text(child.value),
        weight: text(child.weight),
        max: text(child.max),
      })),
    }
    const first = run(aggregator, resolved.resolved, node, children)
    if ('error' in first) {
      failures.fail(
        'throws',
        `aggregate threw ${describe(first.error)}${mutationHint(first.error)}; report and return null instead`,
        example,
      )
      continue
    }
    checkReports(first.reports, aggregator.id, failures, example)
    const value = result(first.output, first.reports, failures, example)
    if (value === undefined) continue
    const second = run(aggregator, resolved.resolved, node, children)
    const again = 'error' in second ? undefined : result(second.output, second.reports, undefined, example)
    if (again === undefined || !same(again, value, dec(0))) {
      failures.fail(
        'deterministic',
        `aggregate is not deterministic: ${text(value)} then ${again === undefined ? 'a failure' : text(again)}`,
        example,
      )
    }
    for (const order of [[...children].reverse(), permutation.map((i) => children[i]!)]) {
      const other = run(aggregator, resolved.resolved, node, order)
      const reordered = 'error' in other ? undefined : result(other.output, other.reports, undefined, example)
      if (reordered === undefined || !same(reordered, value, tolerance)) {
        failures.fail(
          'order',
          `aggregate depends on the children's order: ${text(value)} for ${children.map((c) => c.code).join(', ')} but ${reordered === undefined ? 'a failure' : text(reordered)} for ${order.map((c) => c.code).join(', ')}`,
          example,
        )
        break
      }
    }
    if (value === null) continue
    if (additive) {
      const total = children.reduce((sum, child) => sum.plus(child.max!), dec(0))
      if (value.isNegative() || value.gt(total)) {
        failures.fail(
          'bounds',
          `additive aggregate gave ${text(value)}, outside [0, ${text(total)}] (the children's maxima)`,
          example,
        )
      }
    }
    if (options.mean) {
      const values = children.map((child) => child.value)
      const low = values.reduce((a, b) => (b.lt(a) ? b : a))
      const high = values.reduce((a, b) => (b.gt(a) ? b : a))
      if (value.lt(low) || value.gt(high)) {
        failures.fail(
          'between-children',
          `a mean gave ${text(value)}, outside the children's range [${text(low)}, ${text(high)}]`,
          example,
        )
      }
    }
  }
  return failures.list()
}

/**
 * Like {@link checkAggregatorConformance}, but throws a `ConformanceError` listing every failure.
 *
 * @example
 * ```ts
 * assertAggregatorConformance(myMean, { mean: true })
 * ```
 *
 * @category Testing
 */
export function assertAggregatorConformance<O>(
  aggregator: AggregatorDefinition<O>,
  options: AggregatorConformanceOptions = {},
): void {
  assertConformance(checkAggregatorConformance(aggregator, options))
}

function run<O>(
  aggregator: AggregatorDefinition<O>,
  options: O,
  node: NodeInfo,
  children: ReadonlyArray<AggregatorChild>,
): { output: unknown; reports: Reported[] } | { error: unknown; reports: Reported[] } {
  const reports: Reported[] = []
  try {
    const output = aggregator.aggregate({
      children: Object.freeze(children.map((child) => Object.freeze({ ...child }))),
      options,
      node,
      dec,
      report: (code, message, severity = 'warning') => {
        reports.push({ code, message, severity })
      },
    })
    return { output, reports }
  } catch (error) {
    return { error, reports }
  }
}

/** The result as a Dec, `null` (with a report), or `undefined` after recording a failure. */
function result(
  output: unknown,
  reports: ReadonlyArray<Reported>,
  failures: FailureCollector | undefined,
  example: unknown,
): Dec | null | undefined {
  if (output === null) {
    if (reports.length === 0) {
      failures?.fail('reports', 'aggregate returned null without reporting why', example)
    }
    return null
  }
  const converted = asDecimal(output)
  if ('problem' in converted) {
    failures?.fail('result-type', `aggregate ${converted.problem}`, example)
    return undefined
  }
  return converted.value
}

function same(a: Dec | null, b: Dec | null, tolerance: Dec): boolean {
  if (a === null || b === null) return a === b
  return close(a, b, tolerance)
}

function sampleArb(
  options: AggregatorConformanceOptions,
): fc.Arbitrary<{ children: ReadonlyArray<ChildSample>; permutation: ReadonlyArray<number> }> {
  const child: fc.Arbitrary<ChildSample> = fc.record({
    value: decimalStringArb(options.values ?? { min: '0', max: '100', scale: 2 }),
    weight:
      (options.weights ?? true) ? decimalStringArb({ min: '0.1', max: '5', scale: 1 }) : fc.constant('1'),
    extra: decimalStringArb({ min: '0', max: '10', scale: 2 }),
  })
  return fc.array(child, { minLength: 1, maxLength: options.maxChildren ?? 6 }).chain((children) =>
    fc
      .shuffledSubarray(
        children.map((_, i) => i),
        { minLength: children.length, maxLength: children.length },
      )
      .map((permutation) => ({ children, permutation })),
  )
}
