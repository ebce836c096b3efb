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
