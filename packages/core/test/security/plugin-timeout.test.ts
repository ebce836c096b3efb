import { pointsMethodology } from '@chiso/test-support'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import {
  createEngine,
  dec,
  defineAggregator,
  defineNormaliser,
  definePlugin,
  defineRule,
  type Scorecard,
} from '../../src/index.js'

// The engine times plugin calls with performance.now(). The tests drive that clock themselves: a "slow" call
// moves it on by `ms`, a fast call not at all. On the real clock a fast call could overrun a small budget
// whenever the machine paused the thread (a garbage collection, another process on the core), and the
// expected diagnostics would depend on the load.
// (Core is typed without DOM or Node globals: `performance` is reached as the engine reaches it.)
const { performance } = globalThis as unknown as { performance: { now(): number } }
let now = 0
beforeEach(() => {
  now = 0
  vi.spyOn(performance, 'now').mockImplementation(() => now)
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** A plugin call that is merely slow (one that never ends cannot be timed in-thread): `ms` pass on the clock. */
function spend(ms: number): void {
  now += ms
}

const slow = definePlugin({
  name: 'slow',
  rules: [
    defineRule({
      id: 'slow/rule',
      meta: { title: 'Slow for unit "late"' },
      options: z.object({}),
      score: ({ input }) => {
        // Only one unit is slow, so the test shows the others are still scored.
        if (String(input.value) === '7') spend(60)
        return dec(1)
      },
    }),
  ],
  aggregators: [
    defineAggregator({
      id: 'slow/sum',
      meta: { title: 'Slow sum', additive: true },
      options: z.object({}),
      aggregate: ({ children }) => {
        spend(60)
        return children.reduce((total, child) => total.plus(child.value), dec(0))
      },
    }),
  ],
  normalisers: [
    defineNormaliser({
      id: 'slow/identity',
      meta: { title: 'Slow identity' },
      options: z.object({}),
      normalise: ({ values }) => {
        spend(60)
        return values
      },
    }),
  ],
})

const methodology = (tree: unknown[]) =>
  pointsMethodology(tree, { id: 'slow-demo', title: 'Slow plugins (illustrative)', plugins: ['slow'] })
const dataset = {
  units: [{ code: 'early' }, { code: 'late' }],
  observations: [
    { unit: 'early', node: 'a', value: '1' },
    { unit: 'late', node: 'a', value: '7' },
    { unit: 'early', node: 'b', value: '2' },
    { unit: 'late', node: 'b', value: '2' },
  ],
}
const codesOf = (card: Scorecard, code: string) =>
  card.diagnostics.filter((d) => d.code === code).map((d) => `${d.unit ?? '*'}@${d.node}`)

describe('a plugin call over the time budget', () => {
  it('is discarded and reported against its node; the rest of the scorecard is produced', () => {
    const engine = createEngine({ plugins: [slow], limits: { pluginCallMs: 20 } })
    const card = engine
      .compile(
        methodology([
          { code: 'a', title: 'A', max: '1', rule: { use: 'slow/rule' } },
          { code: 'b', title: 'B', max: '5', rule: { use: 'chiso/points' } },
        ]),
      )
      .evaluate(dataset)
    expect(codesOf(card, 'PLUGIN_TIMEOUT')).toEqual(['late@a'])
    const late = card.units.find((unit) => unit.unit === 'late')!
    const early = card.units.find((unit) => unit.unit === 'early')!
    expect(late.nodes.a?.status).toBe('error')
    expect(late.nodes.b?.score).toBe('2')
    expect(early.nodes.a?.score).toBe('1')
    expect(early.score).toBe('3')
    expect(card.diagnostics.find((d) => d.code === 'PLUGIN_TIMEOUT')?.message).toMatch(
      /^rule slow\/rule took \d+ ms, over the budget of 20 ms per call \(limits\.pluginCallMs\)/,
    )
  })

  it('times aggregators and normalisers too', () => {
    const engine = createEngine({ plugins: [slow], limits: { pluginCallMs: 20 } })
    const card = engine
      .compile(
        methodology([
          {
            code: 'g',
            title: 'G',
            aggregate: { use: 'slow/sum' },
            children: [{ code: 'b', title: 'B', max: '5', rule: { use: 'chiso/points' } }],
          },
          {
            code: 'n',
            title: 'N',
            normalise: { use: 'slow/identity' },
            children: [{ code: 'a', title: 'A', max: '9', rule: { use: 'chiso/points' } }],
          },
        ]),
      )
      .evaluate(dataset)
    expect(codesOf(card, 'PLUGIN_TIMEOUT').sort()).toEqual(['*@n', 'early@g', 'late@g'])
    expect(card.units.every((unit) => unit.nodes.b?.score === '2')).toBe(true)
  })

  it('is kept when within the budget (the default is generous)', () => {
    const card = createEngine({ plugins: [slow] })
      .compile(methodology([{ code: 'a', title: 'A', max: '1', rule: { use: 'slow/rule' } }]))
      .evaluate(dataset)
    expect(codesOf(card, 'PLUGIN_TIMEOUT')).toEqual([])
    expect(card.units.map((unit) => unit.score)).toEqual(['1', '1'])
  })
})
