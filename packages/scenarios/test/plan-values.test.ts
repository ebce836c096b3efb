// Value targets as constraints of a plan: planTargets (illustrative methodology and data, made up).
import { createEngine, isChisoError, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { applyChanges, parsePlanCosts, planRank, planTargets } from '../src/index.js'

const compiled = createEngine().compile({
  id: 'test.values',
  version: '1.0.0',
  title: 'Illustrative',
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: 'Area',
      max: '16',
      children: [
        { code: '1.1', title: 'Plan issued', max: '4', rule: { use: 'chiso/yes-no' } },
        { code: '1.2', title: 'Reports', max: '10', rule: { use: 'chiso/points' } },
        { code: '1.3', title: 'On time', max: '2', rule: { use: 'chiso/yes-no' } },
      ],
    },
  ],
})

// Unit c is last; its cheapest way up is criterion 1.2, but the target says 1.1 must be met too.
const dataset = parseDataset({
  units: ['a', 'b', 'c'].map((code) => ({ code })),
  observations: [
    ...[
      ['a', false, '9', true],
      ['b', true, '6', false],
      ['c', false, '5', false],
    ].flatMap(([unit, one, two, three]) => [
      { unit: unit as string, node: '1.1', value: one as boolean },
      { unit: unit as string, node: '1.2', value: two as string },
      { unit: unit as string, node: '1.3', value: three as boolean },
    ]),
  ],
})

describe('planTargets', () => {
  it('reaches a value target alone at its least cost, and verifies it', () => {
    const plan = planTargets(compiled, dataset, { unit: 'c', values: [{ node: '1.1', index: '100' }] })
    expect(plan.target).toBeNull()
    expect(plan.steps.map((step) => `${step.node} ${step.from}→${step.to}`)).toEqual(['1.1 no→yes'])
    expect(plan.cost).toBe('4')
    expect(plan.values).toEqual([{ node: '1.1', required: '4', before: '0', after: '4', met: true }])
    expect(plan.status).toBe('optimal')
    expect(plan.verified).toBe(true)
  })

  it('combines a value target with a rise: the value first, the rank on top, costs added', () => {
    // 1.1 is dear (3 per point): the rank alone is cheaper without it.
    const costs = parsePlanCosts({ nodes: { '1.1': { perPoint: '3' } } })
    const alone = planRank(compiled, dataset, { unit: 'c', costs, target: { kind: 'rise', ranks: 2 } })
    expect(alone.steps.map((step) => step.node)).not.toContain('1.1')
    expect(alone.cost).toBe('6') // a tie at 11 shares rank 1
    const plan = planTargets(compiled, dataset, {
      unit: 'c',
      costs,
      target: { kind: 'rise', ranks: 2 },
      values: [{ node: '1.1', index: '100', label: 'kế hoạch' }],
    })
    expect(plan.targetRank).toBe(1)
    expect(plan.steps[0]?.node).toBe('1.1')
    expect(plan.after?.rank).toBe(1)
    expect(plan.values[0]).toMatchObject({ label: 'kế hoạch', met: true })
    const sum = plan.steps.reduce((total, step) => total + Number(step.cost), 0)
    expect(Number(plan.cost)).toBeCloseTo(sum, 12)
    // Never cheaper than the rank alone, and the changed data really ranks first with 1.1 met.
    expect(plan.cost).toBe('14') // 1.1 for 12, then 2 more points for 2
    expect(plan.status).toBe('optimal')
    const card = compiled.evaluate(parseDataset(applyChanges(dataset, plan.changes)), { trace: false })
    const c = card.units.find((unit) => unit.unit === 'c')!
    expect(c.rank).toBe(1)
    expect(c.nodes['1.1']?.score).toBe('4')
  })

  it('reports an unreachable value and refuses a target on a group of criteria', () => {
    const plan = planTargets(compiled, dataset, { unit: 'c', values: [{ node: '1.2', points: '11' }] })
    expect(plan.status).toBe('unreachable')
    expect(plan.reason).toMatch(/1\.2 ≥ 11 points cannot be reached/)
    expect(plan.values[0]?.met).toBe(false)
    try {
      planTargets(compiled, dataset, { unit: 'c', values: [{ node: '1', index: '100' }] })
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error) && error.code).toBe('INVALID_TARGETS')
    }
  })

  it('is met with nothing to do when every target already holds', () => {
    const plan = planTargets(compiled, dataset, {
      unit: 'a',
      target: { kind: 'rank', rank: 1 },
      values: [{ node: '1.3', index: '100' }],
    })
    expect(plan.status).toBe('met')
    expect(plan.steps).toEqual([])
  })
})

// Unit c scores 5 of 16 (index 31.25); a has 11, b has 10.
describe('planTargets toward a value of the whole index', () => {
  const cases: Array<{
    name: string
    options: Omit<Parameters<typeof planTargets>[2], 'unit' | 'values'> & {
      values?: Parameters<typeof planTargets>[2]['values']
    }
    status: string
    cost: string
    steps: string[]
    whole: { before: string; after: string | null; met: boolean }
    reason?: RegExp
  }> = [
    {
      name: 'index ≥ 50: three more points, the cheapest way (1.2)',
      options: { wholeIndex: { index: '50' } },
      status: 'optimal',
      cost: '3',
      steps: ['1.2 5→8'],
      whole: { before: '31.25', after: '50', met: true },
    },
    {
      name: 'points ≥ 8: the same floor said in points',
      options: { wholeIndex: { points: '8' } },
      status: 'optimal',
      cost: '3',
      steps: ['1.2 5→8'],
      whole: { before: '5', after: '8', met: true },
    },
    {
      name: 'index ≥ 100: every criterion at its best',
      options: { wholeIndex: { index: '100' } },
      status: 'optimal',
      cost: '11',
      steps: ['1.1 no→yes', '1.2 5→10', '1.3 no→yes'],
      whole: { before: '31.25', after: '100', met: true },
    },
    {
      name: 'index ≥ 30: already met, nothing to do',
      options: { wholeIndex: { index: '30' } },
      status: 'met',
      cost: '0',
      steps: [],
      whole: { before: '31.25', after: '31.25', met: true },
    },
    {
      name: 'index ≥ 101: above what any plan reaches, unreachable and said why',
      options: { wholeIndex: { index: '101' } },
      status: 'unreachable',
      cost: '0',
      steps: [],
      whole: { before: '31.25', after: null, met: false },
      reason: /the index would be 100, short of index ≥ 101/,
    },
    {
      name: 'index ≥ 50 with 1.2 locked: 1.1 (4 points) is the cheapest way left',
      options: { wholeIndex: { index: '50' }, lock: ['1.2'] },
      status: 'optimal',
      cost: '4',
      steps: ['1.1 no→yes'],
      whole: { before: '31.25', after: '56.25', met: true },
    },
    {
      name: 'index ≥ 50 with 1.1 ≥ 100 %: the value target’s step already lifts the index past 50',
      options: { wholeIndex: { index: '50' }, values: [{ node: '1.1', index: '100' }] },
      status: 'optimal',
      cost: '4',
      steps: ['1.1 no→yes'],
      whole: { before: '31.25', after: '56.25', met: true },
    },
    {
      name: 'index ≥ 75 and rank 1: the floor (12 points) is the stronger of the two',
      options: { wholeIndex: { index: '75' }, target: { kind: 'rank', rank: 1 } },
      status: 'optimal',
      cost: '7',
      steps: ['1.1 no→yes', '1.2 5→8'],
      whole: { before: '31.25', after: '75', met: true },
    },
    {
      name: 'index ≥ 40 and rank 1: the rank (11 points, a tie with a) is the stronger',
      options: { wholeIndex: { index: '40' }, target: { kind: 'rank', rank: 1 } },
      status: 'optimal',
      cost: '6',
      steps: ['1.1 no→yes', '1.2 5→7'],
      whole: { before: '31.25', after: '68.75', met: true },
    },
    {
      name: 'index ≥ 80 with everything locked: unreachable',
      options: { wholeIndex: { index: '80' }, lock: ['1'] },
      status: 'unreachable',
      cost: '0',
      steps: [],
      whole: { before: '31.25', after: null, met: false },
      reason: /the index would be 31\.25, short of index ≥ 80/,
    },
  ]
  it.each(cases)('$name', ({ options, status, cost, steps, whole, reason }) => {
    const plan = planTargets(compiled, dataset, { unit: 'c', values: [], ...options })
    expect(plan.status).toBe(status)
    expect(plan.cost).toBe(cost)
    expect(plan.steps.map((step) => `${step.node} ${step.from}→${step.to}`)).toEqual(steps)
    expect(plan.wholeIndex).toMatchObject(whole)
    if (reason !== undefined) expect(plan.reason).toMatch(reason)
    if (plan.status !== 'unreachable') {
      expect(plan.verified).toBe(true)
      const card = compiled.evaluate(parseDataset(applyChanges(dataset, plan.changes)), { trace: false })
      const c = card.units.find((unit) => unit.unit === 'c')!
      expect(plan.wholeIndex?.on === 'points' ? c.score : c.index).toBe(whole.after)
    }
  })

  it('refuses a whole-index target that gives both index and points, or a bad decimal', () => {
    for (const wholeIndex of [{ index: '50', points: '8' }, { index: 'fifty' }]) {
      try {
        planTargets(compiled, dataset, { unit: 'c', values: [], wholeIndex })
        expect.unreachable()
      } catch (error) {
        expect(isChisoError(error)).toBe(true)
      }
    }
  })
})
