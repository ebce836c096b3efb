// Bugs the fuzz suites found in the planner and the simulator, each pinned by the smallest input that showed it:
// numeric arguments outside their domain crashed (typed arrays of negative length, DecimalError) or produced
// plans with a NaN target rank; now each is a ChisoError naming the argument.
import { createEngine, isChisoError, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, planRank, sensitivity, simulate } from '../../src/index.js'

const compiled = createEngine().compile({
  id: 'fuzz.regression',
  version: '1.0.0',
  title: 'Illustrative two-leaf methodology',
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    { code: '1', title: 'One', max: '2', rule: { use: 'chiso/points' } },
    { code: '2', title: 'Two', max: '2', rule: { use: 'chiso/points' } },
  ],
})
const dataset = parseDataset({
  units: [{ code: 'A' }, { code: 'B' }],
  observations: [
    { unit: 'A', node: '1', value: '1' },
    { unit: 'B', node: '1', value: '2' },
  ],
})

function refusal(fn: () => unknown): { code: string; path: ReadonlyArray<string | number> } {
  try {
    fn()
  } catch (error) {
    if (isChisoError(error)) return { code: error.code, path: error.path }
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('fuzz regressions (scenarios)', () => {
  it.each([
    [{ kind: 'rank' as const, rank: Number.NaN }, ['target', 'rank']],
    [{ kind: 'rank' as const, rank: 0 }, ['target', 'rank']],
    [{ kind: 'rise' as const, ranks: -1 }, ['target', 'ranks']],
    [{ kind: 'rise' as const, ranks: 1.5 }, ['target', 'ranks']],
  ])('planRank refuses the target %j', (target, path) => {
    expect(refusal(() => planRank(compiled, dataset, { unit: 'A', target }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path,
    })
  })

  it('planRank refuses a cap or an improvement that is not a decimal string', () => {
    const target = { kind: 'rise' as const, ranks: 1 }
    expect(refusal(() => planRank(compiled, dataset, { unit: 'A', target, maxCost: '1,5' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['maxCost'],
    })
    expect(
      refusal(() =>
        planRank(compiled, dataset, { unit: 'A', target, peers: { kind: 'uniform', improvement: 'NaN' } }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: ['peers', 'improvement'] })
  })

  it('planRank reads a cap with spaces around it as the decimal it is, as a costs file would', () => {
    const plan = planRank(compiled, dataset, {
      unit: 'A',
      target: { kind: 'rise', ranks: 1 },
      maxCost: ' 2 ',
    })
    expect(plan.status).not.toBe('met')
    expect(Number(plan.cost)).toBeLessThanOrEqual(2)
  })

  it('simulate and sensitivity refuse negative or fractional counts and seeds', () => {
    const spec = parseSimulationSpec({ unit: 'A', peers: { distribution: 'normal', sd: '1' } })
    expect(refusal(() => simulate(compiled, dataset, { spec, seed: 1, runs: -1 }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: ['runs'],
    })
    expect(refusal(() => simulate(compiled, dataset, { spec, seed: Number.NaN, runs: 3 })).path).toEqual([
      'seed',
    ])
    expect(refusal(() => sensitivity(compiled, dataset, { spec, seed: 1, samples: -1 })).path).toEqual([
      'samples',
    ])
    expect(
      refusal(() => sensitivity(compiled, dataset, { spec, seed: 1, samples: 4, confidence: 2 })).path,
    ).toEqual(['confidence'])
  })
})
