import type { Methodology } from '@chiso/core'
import type { PlanStep, RankPlan } from '@chiso/scenarios'
import { describe, expect, it } from 'vitest'
import { formatPlanText } from '../src/format/plan-text.js'
import { planStatusText } from '../src/format/plan-words.js'
import { createStylist } from '../src/format/style.js'

const methodology = { id: 'test.plan', version: '1.0.0' } as Methodology
const step = (node: string, pointsGained: string, indexGain: string | null): PlanStep => ({
  node,
  title: { vi: node, en: node },
  from: '1',
  to: '2',
  pointsFrom: '1',
  pointsTo: '2',
  pointsGained,
  indexGain,
  cost: '1',
  changes: [],
})
const planOf = (steps: PlanStep[]): RankPlan => ({
  unit: 'U1',
  target: { kind: 'rise', ranks: 2 },
  targetRank: 3,
  status: 'best-found',
  method: 'search',
  peers: 'fixed',
  before: { index: '5', indexDisplay: '5.00', rank: 5, band: null },
  after: { index: '6', indexDisplay: '6.00', rank: 3, band: null },
  steps,
  cost: String(steps.length),
  lowerBound: null,
  overtaken: [],
  verified: true,
  reason: 'search',
  excluded: [],
  changes: [],
})
const text = (plan: RankPlan) =>
  formatPlanText(plan, methodology, { style: createStylist(false), language: 'en' })

describe('plan text', () => {
  it('signs gains once: a loss as −0.24, never +-0.24', () => {
    const shown = text(planOf([step('a', '-0.24', '-0.5'), step('b', '1.5', '0.25'), step('c', '0', '0')]))
    expect(shown).not.toContain('+-')
    expect(shown).toMatch(/a +a +1 → 2 +−0\.24 +−0\.5 +1/)
    expect(shown).toMatch(/b +b +1 → 2 +\+1\.5 +\+0\.25 +1/)
    expect(shown).toMatch(/c +c +1 → 2 +0 +0 +1/)
    expect(text(planOf([step('d', '-0.123456', null)]))).toContain('≈−0.12')
  })

  it('leaves out the Index column when no step has an index gain (composite methodologies)', () => {
    const composite = text(planOf([step('a', '2', null), step('b', '1', null)]))
    expect(composite).toMatch(/Criterion +Title +From → to +Points +Cost/)
    expect(composite).not.toContain('Index ')
    const additive = text(planOf([step('a', '2', '2')]))
    expect(additive).toMatch(/Criterion +Title +From → to +Points +Index +Cost/)
  })
})

describe('plan status words for a whole-index target out of reach', () => {
  it.each([
    ['index', 'vi', 'chỉ số chung cũng chỉ là 94.43, chưa đến 99.5.'],
    ['index', 'en', 'the index would be 94.43, short of 99.5.'],
    ['points', 'vi', 'tổng điểm cũng chỉ là 12, chưa đến 14.'],
    ['points', 'en', 'the points would be 12, short of 14.'],
  ] as const)('%s in %s', (on, language, sentence) => {
    const [best, required] = on === 'index' ? ['94.43', '99.5'] : ['12', '14']
    const text = planStatusText(
      {
        status: 'unreachable',
        lowerBound: null,
        reason: `even with every plannable criterion at its best the ${on} would be ${best}, short of ${on} ≥ ${required}`,
      },
      language,
    )
    expect(text).toContain(sentence)
  })
})
