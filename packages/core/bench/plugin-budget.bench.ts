// `pnpm vitest bench`: what the per-call time budget of plugin items (limits.pluginCallMs) costs. A third-party
// rule (the same arithmetic as chiso/points) is timed around every call; with the budget off
// (pluginCallMs: Infinity) it is not. Built-in rules are never timed. 200 units × 100 leaves, generated
// deterministically; nothing here is an official figure.
import { bench, describe } from 'vitest'
import { z } from 'zod'
import { createEngine, type Dec, definePlugin, defineRule } from '../src/index.js'

const own = definePlugin({
  name: 'own',
  rules: [
    defineRule({
      id: 'own/points',
      meta: { title: 'Points as given' },
      options: z.object({}),
      score: ({ input }) => input.value as Dec,
    }),
  ],
})

const LEAVES = 100
const UNITS = 200
const methodology = (use: string) => ({
  id: 'budget-bench',
  version: '1.0.0',
  title: 'Budget bench (synthetic)',
  plugins: use.startsWith('own/') ? ['own'] : [],
  result: { type: 'points' },
  tree: Array.from({ length: LEAVES }, (_, i) => ({ code: `c${i}`, title: 'c', max: '10', rule: { use } })),
})
const dataset = {
  units: Array.from({ length: UNITS }, (_, u) => ({ code: `u${u}` })),
  observations: Array.from({ length: UNITS * LEAVES }, (_, k) => ({
    unit: `u${Math.floor(k / LEAVES)}`,
    node: `c${k % LEAVES}`,
    value: String((k * 7919) % 10),
  })),
}

const timed = createEngine({ plugins: [own] }).compile(methodology('own/points'))
const untimed = createEngine({ plugins: [own], limits: { pluginCallMs: Number.POSITIVE_INFINITY } }).compile(
  methodology('own/points'),
)
const builtin = createEngine().compile(methodology('chiso/points'))

describe('plugin rule, 200 units × 100 leaves, with traces', () => {
  bench('plugin rule, budget off (baseline)', () => {
    untimed.evaluate(dataset)
  })
  bench('plugin rule, timed against the budget', () => {
    timed.evaluate(dataset)
  })
  bench('built-in chiso/points (never timed)', () => {
    builtin.evaluate(dataset)
  })
})
