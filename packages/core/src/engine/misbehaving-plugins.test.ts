import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import { defineAggregator, defineNormaliser, definePlugin, defineRule } from '../plugin/define.js'
import { createEngine } from './create-engine.js'

// A plugin whose items misbehave on purpose: the engine must contain each failure, report it against its node
// and still produce the rest of the scorecard.
const rogue = definePlugin({
  name: 'rogue',
  rules: [
    defineRule({
      id: 'rogue/throws',
      meta: { title: 'Throws' },
      options: z.object({}),
      score: () => {
        throw new Error('boom')
      },
    }),
    defineRule({
      id: 'rogue/float',
      meta: { title: 'Returns a float' },
      options: z.object({}),
      score: () => 0.1 as never,
    }),
    defineRule({
      id: 'rogue/too-many',
      meta: { title: 'Too many points' },
      options: z.object({}),
      score: () => dec(99),
    }),
    defineRule({
      id: 'rogue/negative',
      meta: { title: 'Negative' },
      options: z.object({}),
      score: () => '-1',
    }),
  ],
  normalisers: [
    defineNormaliser({
      id: 'rogue/short',
      meta: { title: 'Drops a unit' },
      options: z.object({}),
      normalise: ({ values }) => values.slice(1),
    }),
  ],
  aggregators: [
    defineAggregator({
      id: 'rogue/nan',
      meta: { title: 'NaN' },
      options: z.object({}),
      aggregate: () => dec(Number.NaN),
    }),
  ],
})

const engine = createEngine({ plugins: [rogue] })
const leaf = (code: string, use: string) => ({ code, title: code, max: '10', rule: { use } })
const units = [{ code: 'u' }, { code: 'v' }]
const observations = (codes: string[]) =>
  codes.flatMap((node) => units.map((unit) => ({ unit: unit.code, node, value: '5' })))

describe('misbehaving plugins are contained', () => {
  it.each([
    ['rogue/throws', 'RULE_FAILED', 'error', null],
    ['rogue/float', 'RULE_NOT_DECIMAL', 'error', null],
    ['rogue/too-many', 'RULE_OUT_OF_BOUNDS', 'ok', '10'],
    ['rogue/negative', 'RULE_OUT_OF_BOUNDS', 'ok', '0'],
  ])('%s → %s, the other node still scored', (use, code, status, score) => {
    const card = engine.score(
      {
        id: 'x',
        version: '1.0.0',
        title: 'x',
        result: { type: 'points' },
        plugins: ['rogue'],
        tree: [leaf('bad', use), leaf('good', 'chiso/points')],
      },
      { units, observations: observations(['bad', 'good']) },
    )
    expect(card.diagnostics).toContainEqual(expect.objectContaining({ code, unit: 'u', node: 'bad' }))
    const unit = card.units.find((candidate) => candidate.unit === 'u')!
    expect(unit.nodes.bad).toMatchObject({ status, score })
    expect(unit.nodes.good).toMatchObject({ status: 'ok', score: '5' })
  })

  it('a normaliser returning the wrong number of values fails its node only', () => {
    const card = engine.score(
      {
        id: 'x',
        version: '1.0.0',
        title: 'x',
        result: { type: 'composite' },
        tree: [
          { code: 'a', title: 'a', normalise: { use: 'rogue/short' }, rule: { use: 'chiso/value' } },
          { code: 'b', title: 'b', rule: { use: 'chiso/value' } },
        ],
      },
      { units, observations: observations(['a', 'b']) },
    )
    expect(card.diagnostics).toContainEqual(expect.objectContaining({ code: 'NORMALISER_FAILED', node: 'a' }))
    expect(card.units[0]!.nodes.b).toMatchObject({ status: 'ok', score: '5' })
    expect(card.units.every((unit) => unit.rank === null)).toBe(true)
  })

  it('an aggregator returning NaN is reported, not propagated as a number', () => {
    const card = engine.score(
      {
        id: 'x',
        version: '1.0.0',
        title: 'x',
        result: { type: 'composite' },
        tree: [
          {
            code: 'g',
            title: 'g',
            aggregate: { use: 'rogue/nan' },
            children: [{ code: 'a', title: 'a', rule: { use: 'chiso/value' } }],
          },
        ],
      },
      { units, observations: observations(['a']) },
    )
    expect(card.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'AGGREGATOR_FAILED', node: 'g', unit: 'u' }),
    )
    expect(card.units[0]!.index).toBeNull()
  })
})

describe('plugin registration', () => {
  it('refuses an item outside the plugin namespace, a wrong API version and a namespace registered twice', () => {
    const rule = defineRule({
      id: 'other/x',
      meta: { title: 'x' },
      options: z.object({}),
      score: () => dec(0),
    })
    expect(() => definePlugin({ name: 'mine', rules: [rule] })).toThrow(
      /must have an id starting with "mine\/"/,
    )
    expect(() => createEngine({ plugins: [{ name: 'old', apiVersion: 0 }] })).toThrow(/plugin API 0/)
    expect(() => createEngine({ plugins: [rogue, rogue] })).toThrow(/registered twice/)
  })

  it('is explicit: a plugin not passed to this engine is unknown to it', () => {
    expect(() =>
      createEngine().compile({
        id: 'x',
        version: '1.0.0',
        title: 'x',
        result: { type: 'points' },
        tree: [leaf('a', 'rogue/throws')],
      }),
    ).toThrow(/needs the plugin "rogue"/)
  })
})

describe('a rule may decide that its criterion does not apply', () => {
  const noDossiers = definePlugin({
    name: 'dossiers',
    rules: [
      defineRule({
        id: 'dossiers/on-time',
        meta: {
          title: 'All on time, or not applicable without dossiers',
          inputs: { done: 'decimal', total: 'decimal' },
        },
        options: z.object({}),
        score: ({ input, node }) =>
          (input.total as Dec).isZero()
            ? 'NA'
            : (input.done as Dec).eq(input.total as Dec)
              ? node.max!
              : dec(0),
      }),
    ],
  })

  it("removes the node's maximum for that unit, like an NA observation", () => {
    const card = createEngine({ plugins: [noDossiers] }).score(
      {
        id: 'x',
        version: '1.0.0',
        title: 'x',
        result: { type: 'points' },
        plugins: ['dossiers'],
        tree: [
          { code: 'a', title: 'a', max: '4', rule: { use: 'dossiers/on-time' } },
          { code: 'b', title: 'b', max: '6', rule: { use: 'chiso/points' } },
        ],
      },
      {
        units: [{ code: 'u' }],
        observations: [
          { unit: 'u', node: 'a', field: 'done', value: '0' },
          { unit: 'u', node: 'a', field: 'total', value: '0' },
          { unit: 'u', node: 'b', value: '3' },
        ],
      },
    )
    const unit = card.units[0]!
    expect([unit.score, unit.max, unit.indexDisplay]).toEqual(['3', '6', '50.00'])
    expect(unit.nodes.a).toMatchObject({ status: 'na', max: null })
    expect(unit.nodes.a!.trace).toMatchObject({ note: 'not applicable (decided by dossiers/on-time)' })
    expect(card.diagnostics).toEqual([])
  })
})
