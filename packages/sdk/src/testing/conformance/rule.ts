import {
  type Dec,
  dec,
  type InputField,
  inputFields,
  NOT_APPLICABLE,
  type NodeInfo,
  type RuleDefinition,
  type RuleInputValue,
} from '@chiso/core'
import * as fc from 'fast-check'
import { decimalStringArb } from '../decimal-string-arb.js'
import { assertConformance, type ConformanceFailure, FailureCollector } from './failures.js'
import {
  asDecimal,
  type ConformanceOptions,
  checkIdentity,
  checkOptions,
  checkReports,
  DEFAULT_SEED,
  describe,
  frozen,
  mutationHint,
  nodeInfo,
  type Reported,
  show,
  text,
} from './shared.js'

/**
 * A rule input as a test writes it: decimals as strings, yes/no as booleans; an absent key is not observed.
 *
 * @example
 * ```ts
 * const input: RawRuleInput = { done: '37', total: '41' }
 * ```
 *
 * @category Testing
 */
export type RawRuleInput = Readonly<Record<string, string | boolean>>

/**
 * Options of {@link checkRuleConformance}.
 *
 * @example
 * ```ts
 * const options: RuleConformanceOptions = { options: { points: '2' }, node: { max: '2' } }
 * checkRuleConformance(yesNo, options) // []
 * ```
 *
 * @category Testing
 */
export interface RuleConformanceOptions extends ConformanceOptions {
  /**
   * The node the rule runs on. Default for rules producing points: `max: '10'` (so rules that default their
   * points to the node's maximum work); for value rules: no maximum.
   */
  node?: ConformanceOptions['node']
  /** Inputs that are always tried, besides the random ones (e.g. the edge cases of your rule). */
  examples?: ReadonlyArray<RawRuleInput>
  /**
   * Random inputs to try instead of the default: every declared field, decimals mixing shares in [0, 1],
   * percents in [0, 100], counts in [−10, 1000] and 0; booleans; optional fields sometimes left out.
   */
  inputs?: fc.Arbitrary<RawRuleInput>
}

/**
 * Checks a leaf rule against the plugin contract, the way chiso's own tests check the built-in rules, and
 * returns every failure (an empty list when it conforms):
 *
 * - the id is `namespace/name` and `meta.title` is set;
 * - the options schema accepts `options` and rejects garbage (a string, a number, an array, `true`, unknown
 *   keys) with a `ChisoError` `INVALID_OPTIONS` located under `rule.with`;
 * - on sampled inputs (seeded, so runs are reproducible) `score` never throws, returns a `Dec` or a decimal
 *   string, gives the same result and the same reports when called twice (pure), does not change its input,
 *   and reports only known or namespaced diagnostic codes;
 * - for rules producing points: every result lies in [0, node max];
 * - `outcomes`, when defined: decimals in strictly ascending order, the same each call, within [0, max], and
 *   every sampled score is one of them.
 *
 * @example
 * ```ts
 * import { builtinPlugin } from '@chiso/core'
 * import { checkRuleConformance } from '@chiso/sdk/testing'
 *
 * const yesNo = builtinPlugin.rules!.find((rule) => rule.id === 'chiso/yes-no')!
 * checkRuleConformance(yesNo, { options: { points: '2' }, node: { max: '2' } }) // []
 * ```
 *
 * @category Testing
 */
export function checkRuleConformance<O>(
  rule: RuleDefinition<O>,
  options: RuleConformanceOptions = {},
): ConformanceFailure[] {
  const failures = new FailureCollector(String(rule?.id))
  checkIdentity(rule as never, 'rule', options, failures)
  const producesPoints = (rule.meta?.produces ?? 'points') === 'points'
  if (
    rule.meta?.produces !== undefined &&
    rule.meta.produces !== 'points' &&
    rule.meta.produces !== 'value'
  ) {
    failures.fail('meta', `meta.produces is ${show(rule.meta.produces)}, expected "points" or "value"`)
  }
  if (typeof rule.score !== 'function') {
    failures.fail('meta', 'score is not a function')
    return failures.list()
  }
  const node = nodeInfo(options, producesPoints ? '10' : null)
  const resolved = checkOptions<O>(rule as never, options, node, 'rule', failures)
  if (!resolved) return failures.list()

  let fields: Readonly<Record<string, InputField>>
  try {
    fields = inputFields(rule, resolved.resolved)
  } catch (error) {
    failures.fail('meta', `meta.inputs failed: ${describe(error)}`)
    return failures.list()
  }
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind !== 'decimal' && field.kind !== 'boolean') {
      failures.fail('meta', `input "${name}" has kind ${show(field.kind)}, expected "decimal" or "boolean"`)
    }
  }

  const outcomes = checkOutcomes(rule, resolved.resolved, node, producesPoints, failures)
  const samples = options.samples ?? 100
  const random = fc.sample(options.inputs ?? inputArb(fields), {
    numRuns: samples,
    seed: options.seed ?? DEFAULT_SEED,
  })
  for (const raw of [...(options.examples ?? []), ...random]) {
    checkOneInput(rule, resolved.resolved, node, raw, producesPoints, outcomes, failures)
  }
  return failures.list()
}

/**
 * Like {@link checkRuleConformance}, but throws a `ConformanceError` listing every failure.
 *
 * @example
 * ```ts
 * it('conforms', () => assertRuleConformance(onTimeShare, { options: { whenNone: 'full' }, node: { max: '2' } }))
 * ```
 *
 * @category Testing
 */
export function assertRuleConformance<O>(
  rule: RuleDefinition<O>,
  options: RuleConformanceOptions = {},
): void {
  assertConformance(checkRuleConformance(rule, options))
}

function runScore<O>(
  rule: RuleDefinition<O>,
  options: O,
  node: NodeInfo,
  raw: RawRuleInput,
): { result: unknown; reports: Reported[]; error?: unknown } {
  const input: Record<string, RuleInputValue> = {}
  for (const [key, value] of Object.entries(raw)) input[key] = typeof value === 'boolean' ? value : dec(value)
  const reports: Reported[] = []
  try {
    const result = rule.score({
      input: Object.freeze(input),
      options,
      node,
      dec,
      report: (code, message, severity = 'warning') => {
        reports.push({ code, message, severity })
      },
    })
    return { result, reports }
  } catch (error) {
    return { result: undefined, reports, error }
  }
}

function checkOneInput<O>(
  rule: RuleDefinition<O>,
  options: O,
  node: NodeInfo,
  raw: RawRuleInput,
  producesPoints: boolean,
  outcomes: Dec[] | undefined,
  failures: FailureCollector,
): void {
  const example = { input: raw }
  const first = runScore(rule, options, node, raw)
  if ('error' in first) {
    failures.fail(
      'throws',
      `score threw ${describe(first.error)}${mutationHint(first.error)}; report data problems instead`,
      example,
    )
    return
  }
  checkReports(first.reports, rule.id, failures, example)
  if (first.result === NOT_APPLICABLE) {
    // "Does not apply to this unit" is a valid result; it must be as deterministic as any other.
    const second = runScore(rule, options, node, raw)
    if ('error' in second || second.result !== NOT_APPLICABLE) {
      failures.fail(
        'deterministic',
        'score is not deterministic: NA, then something else for the same input',
        example,
      )
    }
    return
  }
  const value = asDecimal(first.result)
  if ('problem' in value) {
    failures.fail('result-type', `score ${value.problem}`, example)
    return
  }
  const second = runScore(rule, options, node, raw)
  const again = 'error' in second ? undefined : asDecimal(second.result)
  if (again === undefined || 'problem' in again || !again.value.eq(value.value)) {
    const got =
      again === undefined
        ? `threw ${describe(second.error)}`
        : 'problem' in again
          ? again.problem
          : text(again.value)
    failures.fail(
      'deterministic',
      `score is not deterministic: ${text(value.value)} then ${got} for the same input`,
      example,
    )
  } else if (JSON.stringify(first.reports) !== JSON.stringify(second.reports)) {
    failures.fail('deterministic', 'score reported different diagnostics for the same input', {
      ...example,
      first: first.reports,
      second: second.reports,
    })
  }
  if (producesPoints) {
    if (value.value.isNegative()) {
      failures.fail('bounds', `score gave ${text(value.value)} points, below 0`, example)
    } else if (node.max !== null && value.value.gt(node.max)) {
      failures.fail(
        'bounds',
        `score gave ${text(value.value)} points, above the node maximum ${text(node.max)}`,
        example,
      )
    }
  }
  if (outcomes && !outcomes.some((outcome) => outcome.eq(value.value))) {
    failures.fail(
      'outcomes',
      `score gave ${text(value.value)}, which is not among its outcomes [${outcomes.map(text).join(', ')}]`,
      example,
    )
  }
}

function checkOutcomes<O>(
  rule: RuleDefinition<O>,
  options: O,
  node: NodeInfo,
  producesPoints: boolean,
  failures: FailureCollector,
): Dec[] | undefined {
  if (rule.outcomes === undefined) return undefined
  const list = (): Dec[] | undefined => {
    try {
      const raw = rule.outcomes!({ options, node, dec })
      if (!Array.isArray(raw)) {
        failures.fail('outcomes', `outcomes returned ${show(raw)}, not an array`)
        return undefined
      }
      const out: Dec[] = []
      for (const item of raw) {
        const converted = asDecimal(item)
        if ('problem' in converted) {
          failures.fail('outcomes', `outcomes ${converted.problem}`)
          return undefined
        }
        out.push(converted.value)
      }
      return out
    } catch (error) {
      failures.fail('outcomes', `outcomes threw ${describe(error)}`)
      return undefined
    }
  }
  const first = list()
  if (!first) return undefined
  const second = list()
  if (second && (second.length !== first.length || second.some((value, i) => !value.eq(first[i]!)))) {
    failures.fail('outcomes', 'outcomes differ between two calls with the same options')
  }
  if (first.length === 0) failures.fail('outcomes', 'outcomes is empty: omit it for continuous rules')
  for (let i = 1; i < first.length; i++) {
    if (!first[i]!.gt(first[i - 1]!)) {
      failures.fail('outcomes', `outcomes are not strictly ascending: [${first.map(text).join(', ')}]`)
      break
    }
  }
  if (producesPoints) {
    const outside = first.filter((value) => value.isNegative() || (node.max !== null && value.gt(node.max)))
    if (outside.length > 0) {
      failures.fail(
        'outcomes',
        `outcomes ${outside.map(text).join(', ')} lie outside [0, ${text(node.max) ?? '∞'}]`,
      )
    }
  }
  return first
}

const decimalInputArb: fc.Arbitrary<string> = fc.oneof(
  decimalStringArb({ min: '0', max: '1', scale: 3 }),
  decimalStringArb({ min: '0', max: '100', scale: 2 }),
  decimalStringArb({ min: '-10', max: '1000', scale: 0 }),
  fc.constant('0'),
)

function inputArb(fields: Readonly<Record<string, InputField>>): fc.Arbitrary<RawRuleInput> {
  const entries = Object.entries(fields).map(([name, field]) => {
    const value: fc.Arbitrary<string | boolean> = field.kind === 'boolean' ? fc.boolean() : decimalInputArb
    return [name, field.optional ? fc.option(value, { nil: undefined }) : value] as const
  })
  return fc.tuple(...entries.map(([, arb]) => arb)).map((values) => {
    const out: Record<string, string | boolean> = {}
    values.forEach((value, index) => {
      if (value !== undefined) out[entries[index]![0]] = value
    })
    return frozen(out)
  })
}
