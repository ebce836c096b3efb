import { describe, expect, it } from 'vitest'
import { parseMethodology } from '../schema/parse.js'
import { createEngine } from './create-engine.js'
import { explain } from './explain.js'

const methodology = parseMethodology({
  id: 'demo',
  version: '1.0.0',
  title: { vi: 'Thử nghiệm', en: 'Demo' },
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: { vi: 'Công tác chỉ đạo', en: 'Direction' },
      max: '6',
      children: [
        { code: '1.1', title: { vi: 'Kế hoạch', en: 'Plan' }, max: '2', rule: { use: 'chiso/yes-no' } },
        {
          code: '1.2',
          title: { vi: 'Báo cáo', en: 'Reports' },
          max: '4',
          source: 'appraisal',
          rule: { use: 'chiso/points' },
        },
      ],
    },
  ],
})
const card = createEngine().score(methodology, {
  units: [{ code: 'A', name: 'Huyện A' }],
  observations: [
    { unit: 'A', node: '1.1', value: true },
    { unit: 'A', node: '1.2', value: '3.5', source: 'appraisal' },
    { unit: 'A', node: '1.2', value: '4', source: 'self' },
  ],
})

describe('explain', () => {
  it('summarises a unit over the whole tree, with Vietnamese titles', () => {
    const text = explain(card, methodology, { unit: 'A' })
    expect(text).toContain('A Huyện A — Thử nghiệm demo@1.0.0')
    expect(text).toContain('index 91.67 (exact 91.6666')
    expect(text).toContain('5.5 of 6 applicable points, rank 1')
    expect(text).toMatch(/\n {2}1 Công tác chỉ đạo: 5\.5 of 6 points/)
    expect(text).toMatch(/\n {4}1\.2 Báo cáo: 3\.5 of 4 points \(87\.5 %\)/)
    expect(text).toContain('info APPRAISAL_CHANGED at 1.2')
  })

  it('lists nodes in tree order: each area followed by its own criteria', () => {
    const twoAreas = parseMethodology({
      id: 'order',
      version: '1.0.0',
      title: 'Order (illustrative)',
      result: { type: 'points' },
      tree: ['1', '2'].map((area) => ({
        code: area,
        title: `Area ${area}`,
        max: '2',
        children: ['1', '2'].map((leaf) => ({
          code: `${area}.${leaf}`,
          title: `Criterion ${area}.${leaf}`,
          max: '1',
          rule: { use: 'chiso/yes-no' },
        })),
      })),
    })
    const observations = ['1.1', '1.2', '2.1', '2.2'].map((node) => ({ unit: 'A', node, value: true }))
    const text = explain(createEngine().score(twoAreas, { units: [{ code: 'A' }], observations }), twoAreas, {
      unit: 'A',
    })
    const codes = text
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(' ')[0])
    expect(codes).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2'])
  })

  it('details one node: inputs with sources, rule, options and diagnostics', () => {
    const text = explain(card, methodology, { unit: 'A', node: '1.2', language: 'en' })
    expect(text.split('\n')).toEqual([
      '1.2 Reports — unit A',
      '  3.5 of 4 points (87.5 %)',
      '  rule chiso/points {} on value=3.5 (appraisal) → 3.5',
      '  info APPRAISAL_CHANGED: field "value": self-assessed 4, appraised 3.5; the appraised value is used',
    ])
  })

  it('details an aggregate node with its children', () => {
    const text = explain(card, methodology, { unit: 'A', node: '1', language: 'en' })
    expect(text).toContain('aggregate chiso/sum {} → 5.5')
    expect(text).toContain('1.1: 2 of 2 × weight 1')
  })

  it('throws NOT_FOUND for an unknown unit or node', () => {
    expect(() => explain(card, methodology, { unit: 'Z' })).toThrow(/no unit "Z"/)
    expect(() => explain(card, methodology, { unit: 'A', node: '9' })).toThrow(/no node "9"/)
  })
})
