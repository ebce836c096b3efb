import { type Dec, dec, type NodeInfo, type NormaliserDefinition } from '@chiso/core'
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
  show,
  text,
} from './shared.js'

/**
 * Options of {@link checkNormaliserConformance}.
 *
 * @example
 * ```ts
 * const options: NormaliserConformanceOptions = { options: { l: '1', u: '10' }, range: { min: '1', max: '10' } }
 * checkNormaliserConformance(minMax, options) // []
 * ```
 *
 * @category Testing
 */
export interface NormaliserConformanceOptions extends ConformanceOptions {
  /** Range of the sampled values. Default: a mix of `[-100, 100]` (2 decimals) and a few repeated values (ties). */
  values?: DecimalStringArbOptions
  /** Most units in a sampled column. Default `8`. */
  maxUnits?: number
  /** When given, every output must lie in `[min, max]` (e.g. `{ min: l, max: u }` for a min-max). */
  range?: { min: string; max: string }
  /**
   * Largest difference accepted between the outputs of a column and of the same column permuted. Default
   * `'0'`: exactly the same. Only relax it for normalisers that cut digits in an order-dependent way, and say
   * why.
   */
  tolerance?: string
  /** Try both directions (1 and −1) on random samples. Default `true`. */
  bothDirections?: boolean
}

interface Sample {
  readonly column: ReadonlyArray<string | null>
  readonly permutation: ReadonlyArray<number>
  readonly direction: 1 | -1
}

/**
 * Checks a cohort normaliser against the plugin contract and returns every failure (an empty list when it
 * conforms):
 *
 * - the id, meta and options checks of {@link checkRuleConformance};
 * - on sampled columns (1 to 8 units, some without a value, with ties, both directions; seeded):
 *   `normalise` never throws, returns exactly one value per unit, keeps `null` as `null` and gives every
 *   unit that has a value a finite decimal (or no unit any value, when it reports an `error` saying why);
 *   an imputation (`meta.stage: 'impute'`) may fill a `null` and must return every other value unchanged;
 *   it is deterministic, does not change its input, reports only known or namespaced codes with unit
 *   indexes in range; it is handed unit codes `u0`, `u1`… (`units`);
 * - it does not depend on unit order: normalising a permuted column gives the permuted output;
 * - with `range`: every output lies in it.
 *
 * @example
 * ```ts
 * const minMax = builtinPlugin.normalisers!.find((n) => n.id === 'chiso/min-max')!
 * checkNormaliserConformance(minMax, { options: { l: '1', u: '10' }, range: { min: '1', max: '10' } }) // []
 * ```
 *
 * @category Testing
 */
export function checkNormaliserConformance<O>(
  normaliser: NormaliserDefinition<O>,
  options: NormaliserConformanceOptions = {},
): ConformanceFailure[] {
  const failures = new FailureCollector(String(normaliser?.id))
  checkIdentity(normaliser as never, 'normaliser', options, failures)
  if (typeof normaliser.normalise !== 'function') {
    failures.fail('meta', 'normalise is not a function')
    return failures.list()
  }
  const baseNode = nodeInfo(options, null)
  const resolved = checkOptions<O>(normaliser as never, options, baseNode, 'normalise', failures)
  if (!resolved) return failures.list()
  const nodes = { 1: { ...baseNode, direction: 1 as const }, [-1]: { ...baseNode, direction: -1 as const } }
  const tolerance = dec(options.tolerance ?? '0')
  const range = options.range ? { min: dec(options.range.min), max: dec(options.range.max) } : undefined

  const samples = fc.sample(sampleArb(options, baseNode.direction), {
    numRuns: options.samples ?? 100,
    seed: options.seed ?? DEFAULT_SEED,
  })
  for (const sample of samples) {
    const node = Object.freeze(nodes[sample.direction])
    const example = { values: sample.column, direction: sample.direction }
    const first = run(normaliser, resolved.resolved, node, sample.column)
    if ('error' in first) {
      failures.fail('throws', `normalise threw ${describe(first.error)}${mutationHint(first.error)}`, example)
      continue
    }
    checkReports(first.reports, normaliser.id, failures, example)
    for (const report of first.reports) {
      if (
        report.unitIndex !== undefined &&
        !(
          Number.isInteger(report.unitIndex) &&
          report.unitIndex >= 0 &&
          report.unitIndex < sample.column.length
        )
      ) {
        failures.fail(
          'reports',
          `reported unit index ${show(report.unitIndex)} for a column of ${sample.column.length}`,
          example,
        )
      }
    }
    const rules = { stage: normaliser.meta?.stage ?? 'normalise', failed: hasError(first.reports) }
    const output = shape(first.output, sample.column, failures, example, rules)
    if (!output) continue
    if (range) {
      const outside = output.find((value) => value !== null && (value.lt(range.min) || value.gt(range.max)))
      if (outside)
        failures.fail(
          'bounds',
          `normalise gave ${text(outside)}, outside [${options.range!.min}, ${options.range!.max}]`,
          example,
        )
    }
    const second = run(normaliser, resolved.resolved, node, sample.column)
    const again =
      'error' in second
        ? undefined
        : shape(second.output, sample.column, undefined, example, {
            ...rules,
            failed: hasError(second.reports),
          })
    if (!again || again.some((value, i) => !same(value, output[i]!, dec(0)))) {
      failures.fail('deterministic', 'normalise gave different outputs for the same column', {
        ...example,
        first: output.map(text),
        second: again?.map(text),
      })
    }
    const permuted = sample.permutation.map((i) => sample.column[i]!)
    const third = run(
      normaliser,
      resolved.resolved,
      node,
      permuted,
      sample.permutation.map((i) => `u${i}`),
    )
    const shuffled =
      'error' in third
        ? undefined
        : shape(third.output, permuted, undefined, example, { ...rules, failed: hasError(third.reports) })
    const expected = sample.permutation.map((i) => output[i]!)
    if (!shuffled || shuffled.some((value, i) => !same(value, expected[i]!, tolerance))) {
      failures.fail(
        'order',
        'normalise depends on unit order: a permuted column did not give the permuted output',
        {
          ...example,
          permuted,
          expected: expected.map(text),
          got: shuffled?.map(text),
        },
      )
    }
  }
  return failures.list()
}

/**
 * Like {@link checkNormaliserConformance}, but throws a `ConformanceError` listing every failure.
 *
 * @example
 * ```ts
 * assertNormaliserConformance(myNormaliser, { options: { scale: '10' } })
 * ```
 *
 * @category Testing
 */
export function assertNormaliserConformance<O>(
  normaliser: NormaliserDefinition<O>,
  options: NormaliserConformanceOptions = {},
): void {
  assertConformance(checkNormaliserConformance(normaliser, options))
}

const hasError = (reports: ReadonlyArray<Reported>) => reports.some((report) => report.severity === 'error')

function run<O>(
  normaliser: NormaliserDefinition<O>,
  options: O,
  node: NodeInfo,
  column: ReadonlyArray<string | null>,
  units: ReadonlyArray<string> = column.map((_, i) => `u${i}`),
): { output: unknown; reports: Reported[] } | { error: unknown; reports: Reported[] } {
  const reports: Reported[] = []
  try {
    const output = normaliser.normalise({
      values: Object.freeze(column.map((value) => (value === null ? null : dec(value)))),
      options,
      node,
      dec,
      units: Object.freeze([...units]),
      report: (code, message, severity = 'warning', unitIndex) => {
        reports.push({ code, message, severity, ...(unitIndex === undefined ? {} : { unitIndex }) })
      },
    })
    return { output, reports }
  } catch (error) {
    return { error, reports }
  }
}

/**
 * Checks the output's shape: one finite decimal per unit with a value, null where there is none — except that
 * an imputation may fill a null (and must keep every value it was given), and a normaliser that reported an
 * error may give no value at all.
 */
function shape(
  output: unknown,
  column: ReadonlyArray<string | null>,
  failures: FailureCollector | undefined,
  example: unknown,
  rules: { stage: string; failed: boolean } = { stage: 'normalise', failed: false },
): Array<Dec | null> | undefined {
  if (!Array.isArray(output)) {
    failures?.fail('shape', `normalise returned ${show(output)}, not an array`, example)
    return undefined
  }
  if (output.length !== column.length) {
    failures?.fail(
      'shape',
      `normalise returned ${output.length} values for ${column.length} units (one per unit, in order)`,
      example,
    )
    return undefined
  }
  if (rules.failed && output.every((value) => value === null)) return output as null[]
  const imputes = rules.stage === 'impute'
  const out: Array<Dec | null> = []
  for (let i = 0; i < column.length; i++) {
    const value: unknown = output[i]
    if (column[i] === null && imputes) {
      const filled = value === null ? null : asDecimal(value)
      if (filled !== null && 'problem' in filled) {
        failures?.fail('result-type', `normalise ${filled.problem} for unit ${i}`, example)
        return undefined
      }
      out.push(filled === null ? null : filled.value)
      continue
    }
    if (column[i] === null) {
      if (value !== null) {
        failures?.fail(
          'nulls',
          `unit ${i} has no value but normalise gave it ${show(value)}: null must stay null`,
          example,
        )
        return undefined
      }
      out.push(null)
      continue
    }
    if (value === null || value === undefined) {
      failures?.fail(
        'nulls',
        `unit ${i} has the value ${column[i]} but normalise gave it ${show(value)}`,
        example,
      )
      return undefined
    }
    const converted = asDecimal(value)
    if ('problem' in converted) {
      failures?.fail('result-type', `normalise ${converted.problem} for unit ${i}`, example)
      return undefined
    }
    if (imputes && !converted.value.eq(column[i]!)) {
      failures?.fail(
        'nulls',
        `unit ${i} has the value ${column[i]} but the imputation changed it to ${text(converted.value)}`,
        example,
      )
      return undefined
    }
    out.push(converted.value)
  }
  return out
}

function same(a: Dec | null, b: Dec | null, tolerance: Dec): boolean {
  if (a === null || b === null) return a === b
  return close(a, b, tolerance)
}

function sampleArb(options: NormaliserConformanceOptions, direction: 1 | -1): fc.Arbitrary<Sample> {
  const value = options.values
    ? decimalStringArb(options.values)
    : fc.oneof(
        decimalStringArb({ min: '-100', max: '100', scale: 2 }),
        fc.constantFrom('0', '1', '2.5', '-3'),
      )
  const column = fc.array(fc.option(value, { freq: 4, nil: null }), {
    minLength: 1,
    maxLength: options.maxUnits ?? 8,
  })
  const directions =
    (options.bothDirections ?? true) ? fc.constantFrom<1 | -1>(1, -1) : fc.constant(direction)
  return fc.tuple(column, directions).chain(([values, dir]) =>
    fc
      .shuffledSubarray(
        values.map((_, i) => i),
        { minLength: values.length, maxLength: values.length },
      )
      .map((permutation): Sample => ({ column: values, permutation, direction: dir })),
  )
}
