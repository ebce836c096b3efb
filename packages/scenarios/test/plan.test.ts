import {
  createEngine,
  defineAggregator,
  definePlugin,
  defineRule,
  type MethodologyInput,
  parseDataset,
} from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { applyChanges, parsePlanCosts, parseSimulationSpec, planRank, simulate } from '../src/index.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

/** An illustrative points methodology of two criteria worth 10 points each (20 in all). */
function twoCriteria(options: Pick<MethodologyInput, 'ranking' | 'display'>) {
  return createEngine().compile({
    id: 'test.two-criteria',
    version: '1.0.0',
    title: 'Illustrative',
    status: 'illustrative',
    result: { type: 'points' },
    ...options,
    tree: [
      { code: '1', title: 'One', max: '10', rule: { use: 'chiso/points' } },
      { code: '2', title: 'Two', max: '10', rule: { use: 'chiso/points' } },
    ],
  })
}

/** Each unit's points on criteria 1 and 2. */
function twoCriteriaData(points: Record<string, [string, string]>) {
  return parseDataset({
    units: Object.keys(points).map((code) => ({ code })),
    observations: Object.entries(points).flatMap(([unit, [one, two]]) => [
      { unit, node: '1', value: one },
      { unit, node: '2', value: two },
    ]),
  })
}

describe('planRank on a cohort-normalised methodology', () => {
  const compiled = compiledComposite()
  const dataset = compositeDataset()
  const card = compiled.evaluate(dataset, { trace: false })
  const unit = card.units.find((u) => u.rank === 10)!.unit

  it('searches with full re-evaluation, says the plan is best found, and verifies it', () => {
    const plan = planRank(compiled, dataset, { unit, target: { kind: 'rise', ranks: 4 } })
    expect(plan.method).toBe('search')
    expect(plan.status).toBe('best-found')
    expect(plan.reason).toMatch(/normalised over the cohort/)
    expect(plan.verified).toBe(true)
    const after = compiled.evaluate(parseDataset(applyChanges(dataset, plan.changes)), { trace: false })
    expect(after.units.find((u) => u.unit === unit)!.rank).toBeLessThanOrEqual(6)
    // Indicator c is "lower is better": the plan may only lower it.
    for (const step of plan.steps.filter((s) => s.node === 'c'))
      expect(Number(step.to)).toBeLessThan(Number(step.from))
  })

  it('overtakes a named unit', () => {
    const ahead = card.units.find((u) => u.rank === 8)!.unit
    const plan = planRank(compiled, dataset, { unit, target: { kind: 'overtake', unit: ahead } })
    expect(plan.verified).toBe(true)
    expect(plan.overtaken).toContain(ahead)
  })
})

describe('planRank options', () => {
  const compiled = twoCriteria({
    ranking: { method: 'competition', on: 'display' },
    display: { decimals: 0 },
  })
  const dataset = twoCriteriaData({ A: ['7.2', '7'], B: ['7', '7'], C: ['5', '5'] })

  it('ranks on display values: a tie on the rounded index is enough for competition ranking', () => {
    // A = 71.0 % → "71", B = 70 %: B needs a displayed 71, i.e. an exact index ≥ 70.5 (1 point = 5 %).
    const costs = parsePlanCosts({ default: { step: '0.1' } })
    const plan = planRank(compiled, dataset, { unit: 'B', target: { kind: 'rank', rank: 1 }, costs })
    expect(plan.status).toBe('optimal')
    expect(plan.cost).toBe('0.1')
    expect(plan.after!.indexDisplay).toBe('71')
    expect(plan.after!.rank).toBe(1)
  })

  it('with peers improving uniformly, the same target needs more', () => {
    const costs = parsePlanCosts({ default: { step: '0.1' } })
    const fixed = planRank(compiled, dataset, { unit: 'B', target: { kind: 'rank', rank: 1 }, costs })
    const rising = planRank(compiled, dataset, {
      unit: 'B',
      target: { kind: 'rank', rank: 1 },
      costs,
      peers: { kind: 'uniform', improvement: '5' },
    })
    expect(rising.verified).toBe(true)
    expect(Number(rising.cost)).toBeGreaterThan(Number(fixed.cost))
  })

  it('projects peers from last year: each repeats its change', () => {
    const lastYear = parseDataset({
      units: [{ code: 'A' }, { code: 'B' }, { code: 'C' }],
      observations: [
        { unit: 'A', node: '1', value: '6.2' },
        { unit: 'A', node: '2', value: '7' },
        { unit: 'B', node: '1', value: '7' },
        { unit: 'B', node: '2', value: '7' },
        { unit: 'C', node: '1', value: '5' },
        { unit: 'C', node: '2', value: '5' },
      ],
    })
    // A gained 5 points of index last year and is projected to 76 %: B must pass 75.5 %.
    const plan = planRank(compiled, dataset, {
      unit: 'B',
      target: { kind: 'rank', rank: 1 },
      costs: parsePlanCosts({ default: { step: '0.1' } }),
      peers: { kind: 'last-year', lastYear },
    })
    expect(plan.peers).toBe('last-year')
    expect(plan.cost).toBe('1.1')
  })

  it('rejects unknown nodes in the costs with their path', () => {
    expect(() =>
      planRank(compiled, dataset, {
        unit: 'B',
        target: { kind: 'rank', rank: 1 },
        costs: parsePlanCosts({ lock: ['9'] }),
      }),
    ).toThrow(/lock\[0\]|no node "9"/)
    expect(() => parsePlanCosts({ nodes: { '1': { perStep: 'x' } } })).toThrow(/nodes\["1"\]\.perStep/)
  })
})

describe('planRank steps on a points methodology whose maximum is not 100', () => {
  // 20 points in all: one point is 5 index points.
  const compiled = twoCriteria({})
  const dataset = twoCriteriaData({ A: ['9', '9'], B: ['8', '8'], C: ['5', '6'] })

  it('give each step its gain on the index scale, adding up to the index gained', () => {
    const plan = planRank(compiled, dataset, { unit: 'C', target: { kind: 'rank', rank: 1 } })
    expect(plan.verified).toBe(true)
    expect(plan.steps.length).toBeGreaterThan(0)
    for (const step of plan.steps) expect(Number(step.indexGain)).toBe(Number(step.pointsGained) * 5)
    const gained = plan.steps.reduce((sum, step) => sum + Number(step.indexGain), 0)
    expect(gained).toBe(Number(plan.after!.index) - Number(plan.before.index))
  })
})

describe('planRank with a plugin rule that enumerates its outcomes', () => {
  // An illustrative plugin rule: 1 point from 10 trained staff, 2 points from 25.
  const trained = defineRule({
    id: 'acme/trained-staff',
    meta: { title: 'Trained staff', inputs: { value: 'decimal' } },
    options: z.object({}),
    score: ({ input, dec }) => {
      const count = input.value as ReturnType<typeof dec>
      return count.gte(25) ? dec(2) : count.gte(10) ? dec(1) : dec(0)
    },
    outcomes: ({ dec }) => [dec(0), dec(1), dec(2)],
  })
  const acme = definePlugin({ name: 'acme', version: '1.0.0', rules: [trained] })
  const compiled = createEngine({ plugins: [acme] }).compile({
    id: 'test.plugin',
    version: '1.0.0',
    title: 'Illustrative',
    status: 'illustrative',
    plugins: ['acme'],
    result: { type: 'points' },
    tree: [
      { code: '1', title: 'Trained staff', max: '2', rule: { use: 'acme/trained-staff' } },
      { code: '2', title: 'Plan', max: '1', rule: { use: 'chiso/yes-no' } },
    ],
  })
  const dataset = parseDataset({
    units: [{ code: 'A' }, { code: 'B' }],
    observations: [
      { unit: 'A', node: '1', value: '30' },
      { unit: 'A', node: '2', value: true },
      { unit: 'B', node: '1', value: '4' },
      { unit: 'B', node: '2', value: true },
    ],
  })

  it('reaches each outcome with the smallest input, up to the ceiling of the costs file', () => {
    const plan = planRank(compiled, dataset, {
      unit: 'B',
      target: { kind: 'rank', rank: 1 },
      costs: parsePlanCosts({ nodes: { '1': { upTo: '40', perStep: '1' } } }),
    })
    expect(plan.status).toBe('optimal')
    expect(plan.steps.map((step) => [step.node, step.from, step.to, step.pointsGained, step.cost])).toEqual([
      ['1', '4', '25', '2', '2'],
    ])
    expect(plan.after!.rank).toBe(1)
  })

  it('simulates with the plugin given once, to createEngine (leaf values come from the exact engine)', () => {
    const spec = parseSimulationSpec({
      unit: 'B',
      targetRank: 1,
      peers: { distribution: 'uniform', min: '0', max: '5' },
    })
    const result = simulate(compiled, dataset, { runs: 50, seed: 3, spec })
    expect(result.runs).toBe(50)
    expect(result.units.map((unit) => unit.unit).sort()).toEqual(['A', 'B'])
  })

  it('names a plugin aggregator the simulation kernel cannot run in float64, and where it is used', () => {
    const pickFirst = defineAggregator({
      id: 'acme/pick-first',
      meta: { title: 'First child', additive: true },
      options: z.strictObject({}),
      aggregate: ({ children }) => children[0]!.value,
    })
    const withAggregator = definePlugin({
      name: 'acme',
      version: '1.0.0',
      rules: [trained],
      aggregators: [pickFirst],
    })
    const plugged = createEngine({ plugins: [withAggregator] }).compile({
      id: 'test.plugin-aggregator',
      version: '1.0.0',
      title: 'Illustrative',
      status: 'illustrative',
      plugins: ['acme'],
      result: { type: 'points' },
      aggregate: { use: 'chiso/sum' },
      tree: [
        {
          code: '1',
          title: 'Area',
          max: '3',
          aggregate: { use: 'acme/pick-first' },
          children: [
            { code: '1.1', title: 'Trained staff', max: '2', rule: { use: 'acme/trained-staff' } },
            { code: '1.2', title: 'Plan', max: '1', rule: { use: 'chiso/yes-no' } },
          ],
        },
      ],
    })
    const data = parseDataset({
      units: [{ code: 'A' }],
      observations: [
        { unit: 'A', node: '1.1', value: '30' },
        { unit: 'A', node: '1.2', value: true },
      ],
    })
    expect(() => simulate(plugged, data, { runs: 5, seed: 1, spec: parseSimulationSpec({}) })).toThrow(
      'node "1": the simulation kernel has no float64 version of the aggregator "acme/pick-first"',
    )
  })
})
