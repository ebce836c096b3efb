import { describe, expect, it } from 'vitest'
import { dec } from '../decimal/decimal.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { createEngine } from './create-engine.js'

const engine = createEngine()

function points(tree: MethodologyInput['tree'], extra: Partial<MethodologyInput> = {}): MethodologyInput {
  return { id: 'test', version: '1.0.0', title: 'Test', result: { type: 'points' }, tree, ...extra }
}

describe('not applicable (KAD) reduces the maximum', () => {
  // Thanh Hóa 2023 (QĐ 600/QĐ-UBND): Ban Dân tộc scored 68.32 points = 81.33 %, so its maximum was 84: criteria
  // worth 16 points did not apply to it. The split of those 16 points here is illustrative.
  const methodology = points([
    { code: '1', title: 'Applies to everyone', max: '84', rule: { use: 'chiso/points' } },
    {
      code: '2',
      title: 'Not for every unit',
      max: '16',
      children: [
        { code: '2.1', title: 'a', max: '10', rule: { use: 'chiso/points' } },
        { code: '2.2', title: 'b', max: '6', rule: { use: 'chiso/points' } },
      ],
    },
  ])

  it('gives 68.32 of 84 → 81.33 % when area 2 does not apply', () => {
    const card = engine.score(methodology, {
      units: [{ code: 'ban-dan-toc' }],
      observations: [
        { unit: 'ban-dan-toc', node: '1', value: '68.32' },
        { unit: 'ban-dan-toc', node: '2.1', value: 'NA' },
        { unit: 'ban-dan-toc', node: '2.2', value: 'NA' },
      ],
    })
    const unit = card.units[0]!
    expect([unit.score, unit.max, unit.indexDisplay]).toEqual(['68.32', '84', '81.33'])
    expect(unit.nodes['2']).toMatchObject({ status: 'na', score: null, index: null })
  })

  it('removes only the leaf that does not apply, all the way up', () => {
    const card = engine.score(methodology, {
      units: [{ code: 'u' }],
      observations: [
        { unit: 'u', node: '1', value: '80' },
        { unit: 'u', node: '2.1', value: 'NA' },
        { unit: 'u', node: '2.2', value: '3' },
      ],
    })
    const unit = card.units[0]!
    expect(unit.nodes['2']).toMatchObject({ score: '3', max: '6', index: '50' })
    expect([unit.score, unit.max]).toEqual(['83', '90'])
    expect(unit.index).toBe(dec(83).div(90).times(100).toFixed())
  })
})

describe('missing data policies', () => {
  const tree = (missing: 'skip' | 'zero' | 'error') =>
    points(
      [
        { code: '1', title: 'a', max: '5', rule: { use: 'chiso/points' } },
        { code: '2', title: 'b', max: '5', rule: { use: 'chiso/points' } },
      ],
      { missing },
    )
  const data = { units: [{ code: 'u' }], observations: [{ unit: 'u', node: '1', value: '4' }] }

  it.each([
    ['zero', 'MISSING_ZERO', 'warning', '4', '10', 1],
    ['skip', 'MISSING_SKIPPED', 'warning', '4', '5', 1],
    ['error', 'MISSING_VALUE', 'error', null, null, null],
  ] as const)('%s leaves %s and scores %s of %s', (policy, code, severity, score, max, rank) => {
    const card = engine.score(tree(policy), data)
    const unit = card.units[0]!
    expect([unit.score, unit.max, unit.rank]).toEqual([score, max, rank])
    expect(card.diagnostics).toContainEqual(expect.objectContaining({ code, severity, unit: 'u', node: '2' }))
    if (policy === 'error') expect(card.diagnostics.map((d) => d.code)).toContain('UNRANKED')
  })

  it('lets a node override the methodology policy', () => {
    const methodology = points([
      { code: '1', title: 'a', max: '5', rule: { use: 'chiso/points' } },
      { code: '2', title: 'b', max: '5', missing: 'skip', rule: { use: 'chiso/points' } },
    ])
    const unit = engine.score(methodology, data).units[0]!
    expect([unit.score, unit.max]).toEqual(['4', '5'])
  })
})

describe('sources', () => {
  const methodology = points([
    { code: '1', title: 'a', max: '10', source: 'appraisal', rule: { use: 'chiso/points' } },
  ])

  it('uses the appraised value over the self-assessed one and reports the change', () => {
    const card = engine.score(methodology, {
      units: [{ code: 'u' }],
      observations: [
        { unit: 'u', node: '1', value: '9', source: 'self', origin: { file: 'self.csv', row: 2, column: 3 } },
        {
          unit: 'u',
          node: '1',
          value: '7.5',
          source: 'appraisal',
          origin: { file: 'appraisal.csv', row: 2, column: 3 },
        },
      ],
    })
    expect(card.units[0]!.score).toBe('7.5')
    expect(card.units[0]!.nodes['1']!.trace).toMatchObject({
      inputs: { value: '7.5' },
      sources: { value: 'appraisal' },
    })
    expect(card.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'APPRAISAL_CHANGED',
        unit: 'u',
        node: '1',
        origin: { file: 'appraisal.csv', row: 2, column: 3 },
      }),
    )
  })

  it('keeps the self-assessment when there is no appraisal, without a diagnostic', () => {
    const card = engine.score(methodology, {
      units: [{ code: 'u' }],
      observations: [{ unit: 'u', node: '1', value: '9', source: 'self' }],
    })
    expect(card.units[0]!.score).toBe('9')
    expect(card.diagnostics).toEqual([])
  })
})

describe('every observation is accounted for', () => {
  const methodology = points([
    {
      code: '1',
      title: 'a',
      max: '10',
      children: [{ code: '1.1', title: 'b', max: '10', rule: { use: 'chiso/points' } }],
    },
  ])

  it.each([
    [{ unit: 'ghost', node: '1.1', value: '1' }, 'UNKNOWN_UNIT'],
    [{ unit: 'u', node: '9.9', value: '1' }, 'UNKNOWN_NODE'],
    [{ unit: 'u', node: '1', value: '1' }, 'NOT_A_LEAF'],
    [{ unit: 'u', node: '1.1', field: 'done', value: '1' }, 'UNUSED_FIELD'],
    [{ unit: 'u', node: '1.1', value: '2' }, 'DUPLICATE_OBSERVATION'],
    [{ unit: 'u', node: '1.1', value: true }, 'INPUT_TYPE'],
  ] as const)('reports %j as %s', (observation, code) => {
    const observations = [{ unit: 'u', node: '1.1', value: '5' }, observation]
    if (code === 'INPUT_TYPE') observations.shift()
    const card = engine.score(methodology, { units: [{ code: 'u' }], observations })
    expect(card.diagnostics).toContainEqual(expect.objectContaining({ code }))
  })
})

describe('the half-way case that binary floats get wrong', () => {
  // 0.35·70.1 + 0.35·80.2 + 0.3·60.3 is exactly 70.695; a double gives 70.69499…, which would display 70.69.
  const methodology: MethodologyInput = {
    id: 'half-way',
    version: '1.0.0',
    title: 'Half-way',
    result: { type: 'composite', scale: '1' },
    aggregate: { use: 'chiso/mean' },
    ranking: { on: 'display' },
    tree: [
      { code: 'a', title: 'a', weight: '0.35', rule: { use: 'chiso/value' } },
      { code: 'b', title: 'b', weight: '0.35', rule: { use: 'chiso/value' } },
      { code: 'c', title: 'c', weight: '0.30', rule: { use: 'chiso/value' } },
    ],
  }
  const data = {
    units: [{ code: 'x' }, { code: 'y' }],
    observations: [
      { unit: 'x', node: 'a', value: '70.1' },
      { unit: 'x', node: 'b', value: '80.2' },
      { unit: 'x', node: 'c', value: '60.3' },
      { unit: 'y', node: 'a', value: '70.7' },
      { unit: 'y', node: 'b', value: '70.7' },
      { unit: 'y', node: 'c', value: '70.7' },
    ],
  }

  it('computes exactly 70.695, displays 70.70 and ties with a unit at 70.70 when ranking on display', () => {
    const card = engine.score(methodology, data)
    const x = card.units.find((unit) => unit.unit === 'x')!
    const y = card.units.find((unit) => unit.unit === 'y')!
    // The same sum in binary floating point rounds the wrong way: the exact engine must not.
    expect((0.35 * 70.1 + 0.35 * 80.2 + 0.3 * 60.3).toFixed(2)).toBe('70.69')
    expect([x.index, x.indexDisplay, x.rank]).toEqual(['70.695', '70.70', 1])
    expect([y.indexDisplay, y.rank]).toEqual(['70.70', 1])
  })

  it('separates them when ranking on exact values', () => {
    const card = engine.score({ ...methodology, ranking: { on: 'exact' } }, data)
    expect(card.units.map((unit) => [unit.unit, unit.rank])).toEqual([
      ['y', 1],
      ['x', 2],
    ])
  })
})

describe('composite scale, normalisation and rounding', () => {
  it('min-max normalises each leaf to [1, 10], averages, and scales by 10', () => {
    const card = engine.score(
      {
        id: 'ddci-like',
        version: '1.0.0',
        title: 'DDCI-like (illustrative)',
        result: { type: 'composite', scale: '10' },
        tree: [
          {
            code: 'a',
            title: 'a',
            normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
            rule: { use: 'chiso/value' },
          },
          {
            code: 'b',
            title: 'b (lower is better)',
            direction: -1,
            normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
            rule: { use: 'chiso/value' },
          },
        ],
      },
      {
        units: [{ code: 'p' }, { code: 'q' }, { code: 'r' }],
        observations: [
          { unit: 'p', node: 'a', value: '2' },
          { unit: 'q', node: 'a', value: '4' },
          { unit: 'r', node: 'a', value: '6' },
          { unit: 'p', node: 'b', value: '30' },
          { unit: 'q', node: 'b', value: '20' },
          { unit: 'r', node: 'b', value: '10' },
        ],
      },
    )
    expect(card.units.map((unit) => [unit.unit, unit.index, unit.max, unit.rank])).toEqual([
      ['r', '100', null, 1],
      ['q', '55', null, 2],
      ['p', '10', null, 3],
    ])
    expect(card.units[1]!.nodes.b!.steps).toEqual([
      { step: 'normalise', by: 'chiso/min-max', from: '20', to: '5.5' },
    ])
  })

  it('rounds a node where the methodology declares it, before its parent uses it', () => {
    const card = engine.score(
      points([
        {
          code: '1',
          title: 'a',
          max: '10',
          round: { decimals: 1, mode: 'half-up' },
          children: [
            { code: '1.1', title: 'x', max: '5', rule: { use: 'chiso/points' } },
            { code: '1.2', title: 'y', max: '5', rule: { use: 'chiso/points' } },
          ],
        },
      ]),
      {
        units: [{ code: 'u' }],
        observations: [
          { unit: 'u', node: '1.1', value: '1.23' },
          { unit: 'u', node: '1.2', value: '2.02' },
        ],
      },
    )
    expect(card.units[0]!.score).toBe('3.3')
    expect(card.units[0]!.nodes['1']!.steps).toEqual([
      { step: 'round', by: '1 decimals, half-up', from: '3.25', to: '3.3' },
    ])
  })
})
