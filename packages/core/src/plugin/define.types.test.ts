// Type tests of the define* helpers: the options type is inferred from the zod schema (its output, defaults
// applied) and reaches every callback; the result keeps it; definePlugin takes items of any option type.
// `pnpm run typecheck` checks the expectTypeOf and @ts-expect-error lines; the runtime asserts the kinds.
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import type { Dec } from '../decimal/decimal.js'
import type { AggregatorDefinition, NormaliserDefinition, Plugin, RuleDefinition } from './contract.js'
import { defineAggregator, defineNormaliser, definePlugin, defineRule } from './define.js'

const options = z.strictObject({ factor: z.string().default('2'), strict: z.boolean().optional() })
type Options = { factor: string; strict?: boolean | undefined }

describe('define* type inference', () => {
  it('defineRule infers its options from the schema, in score and check', () => {
    const rule = defineRule({
      id: 'acme/times',
      meta: { title: 'Times', inputs: { value: 'decimal' } },
      options,
      check: (context) => {
        expectTypeOf(context.options).toEqualTypeOf<Options>()
        return []
      },
      score: (context) => {
        expectTypeOf(context.options).toEqualTypeOf<Options>()
        expectTypeOf(context.options.factor).toEqualTypeOf<string>()
        // @ts-expect-error: not an option of the schema
        context.options.missing
        return context.dec(context.options.factor)
      },
    })
    expectTypeOf(rule).toEqualTypeOf<RuleDefinition<Options>>()
    expectTypeOf(rule.kind).toEqualTypeOf<'rule'>()
    expect(rule.kind).toBe('rule')
  })

  it('defineNormaliser infers its options and returns decimals or null', () => {
    const normaliser = defineNormaliser({
      id: 'acme/scale',
      meta: { title: 'Scale' },
      options,
      normalise: ({ values, options: o }) => {
        expectTypeOf(o).toEqualTypeOf<Options>()
        expectTypeOf(values).toEqualTypeOf<ReadonlyArray<Dec | null>>()
        return values
      },
    })
    expectTypeOf(normaliser).toEqualTypeOf<NormaliserDefinition<Options>>()
    expect(normaliser.kind).toBe('normaliser')
    defineNormaliser({
      id: 'acme/wrong',
      meta: { title: 'Wrong' },
      options,
      // @ts-expect-error: a normaliser returns decimals, not numbers
      normalise: ({ values }) => values.map(() => 1),
    })
  })

  it('defineAggregator infers its options and returns a decimal or null', () => {
    const aggregator = defineAggregator({
      id: 'acme/first',
      meta: { title: 'First child' },
      options,
      aggregate: ({ children, options: o }) => {
        expectTypeOf(o).toEqualTypeOf<Options>()
        return children[0]?.value ?? null
      },
    })
    expectTypeOf(aggregator).toEqualTypeOf<AggregatorDefinition<Options>>()
    expect(aggregator.kind).toBe('aggregator')
  })

  it('definePlugin takes items of different option types and gives a Plugin', () => {
    const rule = defineRule({
      id: 'acme/one',
      meta: { title: 'One', inputs: {} },
      options: z.strictObject({}),
      score: ({ dec }) => dec(1),
    })
    const aggregator = defineAggregator({
      id: 'acme/none',
      meta: { title: 'None' },
      options,
      aggregate: () => null,
    })
    const plugin = definePlugin({ name: 'acme', version: '1.0.0', rules: [rule], aggregators: [aggregator] })
    expectTypeOf(plugin).toEqualTypeOf<Plugin>()
    expectTypeOf(definePlugin).parameter(0).toHaveProperty('apiVersion')
    // @ts-expect-error: a plugin needs a name
    expect(() => definePlugin({ rules: [rule] })).toThrow()
    expect(plugin.apiVersion).toBe(1)
  })
})
