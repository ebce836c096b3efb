// Deliberately broken plugin items: each conformance check must fail, naming the check and the item, with a
// message that says what to fix.
import {
  type Dec,
  dec,
  defineAggregator,
  defineNormaliser,
  defineRule,
  NonNegativeDecimalStringSchema,
} from '@chiso/sdk'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  assertAggregatorConformance,
  assertNormaliserConformance,
  assertRuleConformance,
  ConformanceError,
  type ConformanceFailure,
  checkAggregatorConformance,
  checkNormaliserConformance,
  checkRuleConformance,
  formatFailures,
} from '../src/testing/index.js'

const NoOptions = z.strictObject({})
const checks = (failures: ReadonlyArray<ConformanceFailure>) => failures.map((failure) => failure.check)
const only = (failures: ReadonlyArray<ConformanceFailure>, check: ConformanceFailure['check']) => {
  const found = failures.find((failure) => failure.check === check)
  if (!found) throw new Error(`expected a ${check} failure, got ${formatFailures(failures)}`)
  return found
}

describe('broken rules', () => {
  it('a non-deterministic rule fails "deterministic"', () => {
    let calls = 0
    const flaky = defineRule({
      id: 'broken/flaky',
      meta: { title: 'Flaky' },
      options: NoOptions,
      score: () => dec(calls++ % 3),
    })
    const failures = checkRuleConformance(flaky, { node: { max: '2' } })
    expect(checks(failures)).toEqual(['deterministic'])
    expect(only(failures, 'deterministic').message).toMatch(
      /not deterministic: \d then \d for the same input/,
    )
    expect(only(failures, 'deterministic').example).toHaveProperty('input')
  })

  it('a rule with different reports on a second call fails "deterministic"', () => {
    let calls = 0
    const chatty = defineRule({
      id: 'broken/chatty',
      meta: { title: 'Chatty' },
      options: NoOptions,
      score: ({ report }) => {
        report('INPUT_RANGE', `call ${calls++}`)
        return dec(0)
      },
    })
    expect(only(checkRuleConformance(chatty), 'deterministic').message).toMatch(/different diagnostics/)
  })

  it('an out-of-bounds rule fails "bounds" with the first counterexample', () => {
    const doubled = defineRule({
      id: 'broken/doubled',
      meta: { title: 'Doubled', inputs: { value: 'decimal' } },
      options: NoOptions,
      score: ({ input }) => (input.value as Dec).times(2),
    })
    const failures = checkRuleConformance(doubled, { node: { max: '10' }, examples: [{ value: '6' }] })
    const bounds = only(failures, 'bounds')
    expect(bounds).toMatchObject({ item: 'broken/doubled', example: { input: { value: '6' } } })
    expect(bounds.message).toBe('score gave 12 points, above the node maximum 10')
    expect(bounds.occurrences).toBeGreaterThan(1)
  })

  it('negative points fail "bounds"; value rules are not bounded', () => {
    const negate = {
      meta: { title: 'Negate', inputs: { value: 'decimal' as const } },
      options: NoOptions,
      score: ({ input }: { input: Record<string, unknown> }) => (input.value as Dec).negated().minus(1),
    }
    expect(
      only(checkRuleConformance(defineRule({ id: 'broken/negate', ...negate })), 'bounds').message,
    ).toMatch(/below 0/)
    const asValue = defineRule({ id: 'ok/negate', ...negate, meta: { ...negate.meta, produces: 'value' } })
    expect(checkRuleConformance(asValue)).toEqual([])
  })

  it('a rule that throws, returns a float or a non-decimal fails', () => {
    const throws = defineRule({
      id: 'broken/throws',
      meta: { title: 'Throws' },
      options: NoOptions,
      score: ({ input }) => {
        if ((input.value as Dec).isNegative()) throw new Error('negative')
        return dec(0)
      },
    })
    expect(only(checkRuleConformance(throws), 'throws').message).toBe(
      'score threw Error: negative; report data problems instead',
    )
    const float = defineRule({
      id: 'broken/float',
      meta: { title: 'Float' },
      options: NoOptions,
      score: () => 0.1 as unknown as string,
    })
    expect(only(checkRuleConformance(float), 'result-type').message).toBe(
      'score returned 0.1, not a Dec or a decimal string',
    )
    const nan = defineRule({
      id: 'broken/nan',
      meta: { title: 'NaN' },
      options: NoOptions,
      score: () => dec(Number.NaN),
    })
    expect(only(checkRuleConformance(nan), 'result-type').message).toMatch(/not a finite decimal/)
  })

  it('a rule that mutates its input fails "throws" with a hint', () => {
    const mutating = defineRule({
      id: 'broken/mutating',
      meta: { title: 'Mutating' },
      options: NoOptions,
      score: ({ input }) => {
        ;(input as Record<string, unknown>).value = dec(0)
        return dec(0)
      },
    })
    expect(only(checkRuleConformance(mutating), 'throws').message).toMatch(/inputs are frozen/)
  })

  it('scores outside the declared outcomes, and unsorted outcomes, fail "outcomes"', () => {
    const steps = defineRule({
      id: 'broken/steps',
      meta: { title: 'Steps' },
      options: NoOptions,
      score: ({ input }) => ((input.value as Dec).gt(50) ? dec(2) : dec('0.5')),
      outcomes: () => [dec(2), dec(0)],
    })
    const failures = checkRuleConformance(steps, { node: { max: '2' } })
    expect(only(failures, 'outcomes').message).toBe('outcomes are not strictly ascending: [2, 0]')
    expect(only(failures, 'outcomes').occurrences).toBeGreaterThan(1)
  })

  it('a bad id, a missing title, loose and permissive option schemas fail', () => {
    const loose = {
      kind: 'rule',
      id: 'NoNamespace',
      meta: { title: '' },
      options: z.object({ points: NonNegativeDecimalStringSchema.optional() }),
      score: () => dec(0),
    } as never
    expect(checks(checkRuleConformance(loose, { options: { points: '1' } }))).toEqual([
      'id',
      'meta',
      'unknown-option',
    ])
    const anything = defineRule({
      id: 'broken/anything',
      meta: { title: 'Anything' },
      options: z.any(),
      score: () => dec(0),
    })
    const failures = checkRuleConformance(anything)
    expect(only(failures, 'garbage-options').message).toBe(
      'accepts garbage options "not options": its options schema must reject them',
    )
    expect(only(failures, 'garbage-options').occurrences).toBe(4)
  })

  it('options the rule rejects fail "options" with the located error', () => {
    const points = defineRule({
      id: 'acme/points',
      meta: { title: 'Points' },
      options: z.strictObject({ points: NonNegativeDecimalStringSchema }),
      score: ({ options }) => options.points,
    })
    const failures = checkRuleConformance(points, { options: { points: '-1' }, namespace: 'other' })
    expect(checks(failures)).toEqual(['id', 'options'])
    expect(only(failures, 'options').message).toContain('tree[0].rule.with.points')
  })

  it('assertRuleConformance throws a ConformanceError listing every failure', () => {
    const bad = defineRule({
      id: 'broken/bad',
      meta: { title: 'Bad' },
      options: z.object({}),
      score: () => dec(11),
    })
    let caught: unknown
    try {
      assertRuleConformance(bad, { node: { max: '10' } })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConformanceError)
    expect((caught as ConformanceError).failures.map((failure) => failure.check)).toEqual([
      'unknown-option',
      'bounds',
    ])
    expect((caught as Error).message).toMatch(
      /^2 conformance failure\(s\):\n {2}broken\/bad \[unknown-option\]/,
    )
    expect((caught as Error).message).toContain(
      'broken/bad [bounds] score gave 11 points, above the node maximum 10',
    )
  })
})

describe('broken normalisers', () => {
  it('a normaliser that drops nulls fails "shape"', () => {
    const dropping = defineNormaliser({
      id: 'broken/drop-nulls',
      meta: { title: 'Drops nulls' },
      options: NoOptions,
      normalise: ({ values }) => values.filter((value): value is Dec => value !== null),
    })
    const failure = only(checkNormaliserConformance(dropping), 'shape')
    expect(failure.message).toMatch(/^normalise returned \d values for \d units \(one per unit, in order\)$/)
    expect((failure.example as { values: unknown[] }).values).toContain(null)
  })

  it('a normaliser that turns null into 0 fails "nulls"', () => {
    const zeroing = defineNormaliser({
      id: 'broken/zero-nulls',
      meta: { title: 'Zeroes nulls' },
      options: NoOptions,
      normalise: ({ values, dec }) => values.map((value) => value ?? dec(0)),
    })
    expect(only(checkNormaliserConformance(zeroing), 'nulls').message).toMatch(/null must stay null/)
  })

  it('an order-dependent normaliser fails "order"', () => {
    const position = defineNormaliser({
      id: 'broken/position',
      meta: { title: 'Position' },
      options: NoOptions,
      normalise: ({ values, dec }) =>
        values.map((value, index) => (value === null ? null : value.plus(dec(index)))),
    })
    expect(checks(checkNormaliserConformance(position))).toEqual(['order'])
  })

  it('a normaliser that sorts its input in place fails "throws" with a hint', () => {
    const sorting = defineNormaliser({
      id: 'broken/sorting',
      meta: { title: 'Sorting' },
      options: NoOptions,
      normalise: ({ values }) => (values as Array<Dec | null>).sort(),
    })
    expect(only(checkNormaliserConformance(sorting), 'throws').message).toMatch(/inputs are frozen/)
  })

  it('outputs outside the declared range fail "bounds"', () => {
    const identity = defineNormaliser({
      id: 'broken/identity',
      meta: { title: 'Identity' },
      options: NoOptions,
      normalise: ({ values }) => [...values],
    })
    expect(
      only(checkNormaliserConformance(identity, { range: { min: '0', max: '1' } }), 'bounds').message,
    ).toMatch(/outside \[0, 1\]/)
    expect(() => assertNormaliserConformance(identity, { range: { min: '0', max: '1' } })).toThrow(
      ConformanceError,
    )
  })
})

describe('broken aggregators', () => {
  it('an order-dependent aggregator fails "order"', () => {
    const first = defineAggregator({
      id: 'broken/first',
      meta: { title: 'First child' },
      options: NoOptions,
      aggregate: ({ children }) => children[0]!.value,
    })
    const failures = checkAggregatorConformance(first, { mean: true })
    expect(checks(failures)).toEqual(['order'])
    expect(only(failures, 'order').message).toMatch(
      /^aggregate depends on the children's order: \S+ for c1, .* but \S+ for c\d/,
    )
  })

  it('a "mean" outside its children fails "between-children"', () => {
    const total = defineAggregator({
      id: 'broken/total',
      meta: { title: 'Total, not a mean' },
      options: NoOptions,
      aggregate: ({ children, dec }) => children.reduce((sum, child) => sum.plus(child.value), dec(0)),
    })
    expect(checks(checkAggregatorConformance(total))).toEqual([])
    expect(only(checkAggregatorConformance(total, { mean: true }), 'between-children').message).toMatch(
      /outside the children's range/,
    )
  })

  it('an additive aggregator above the children’s maxima fails "bounds"', () => {
    const bonus = defineAggregator({
      id: 'broken/bonus',
      meta: { title: 'Sum plus a bonus', additive: true },
      options: NoOptions,
      aggregate: ({ children, dec }) =>
        children.reduce((sum, child) => sum.plus(child.value), dec(0)).plus(1000),
    })
    expect(only(checkAggregatorConformance(bonus), 'bounds').message).toMatch(
      /outside \[0, .*\] \(the children's maxima\)/,
    )
  })

  it('null without a report fails "reports"; a throwing aggregator fails "throws"', () => {
    const silent = defineAggregator({
      id: 'broken/silent',
      meta: { title: 'Silent' },
      options: NoOptions,
      aggregate: () => null,
    })
    expect(only(checkAggregatorConformance(silent), 'reports').message).toBe(
      'aggregate returned null without reporting why',
    )
    const throwing = defineAggregator({
      id: 'broken/throwing',
      meta: { title: 'Throwing' },
      options: NoOptions,
      aggregate: () => {
        throw new RangeError('no')
      },
    })
    expect(() => assertAggregatorConformance(throwing)).toThrow(
      /broken\/throwing \[throws\] aggregate threw RangeError: no/,
    )
  })

  it('unknown diagnostic codes must carry the namespace', () => {
    const odd = defineAggregator({
      id: 'acme/odd',
      meta: { title: 'Odd' },
      options: NoOptions,
      aggregate: ({ children, report }) => {
        report('WEIRD', 'something odd')
        report('ACME_NOTE', 'a namespaced code is fine')
        return children[0]!.value.gt(-1) ? dec(children.length === 1 ? children[0]!.value : 0).abs() : null
      },
    })
    const failure = only(checkAggregatorConformance(odd), 'reports')
    expect(failure.message).toBe(
      'reported the code "WEIRD", which is neither in DIAGNOSTIC_CODES nor prefixed with "acme"',
    )
  })
})

describe('rules that decide "not applicable"', () => {
  it('pass when NA is deterministic, and fail when it is not', () => {
    const whenZero = defineRule({
      id: 'ok/na-when-zero',
      meta: { title: 'NA for a zero value' },
      options: NoOptions,
      score: ({ input, node }) => ((input.value as Dec).isZero() ? 'NA' : node.max!),
    })
    expect(
      checkRuleConformance(whenZero, { node: { max: '2' }, examples: [{ value: '0' }, { value: '1' }] }),
    ).toEqual([])

    let calls = 0
    const flip = defineRule({
      id: 'broken/flip-na',
      meta: { title: 'NA every other call' },
      options: NoOptions,
      score: () => (calls++ % 2 === 0 ? 'NA' : dec(0)),
    })
    expect(only(checkRuleConformance(flip, { node: { max: '2' } }), 'deterministic').message).toContain('NA')
  })
})
