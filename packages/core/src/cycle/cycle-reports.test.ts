import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { appraisalChanges } from './appraisal-changes.js'
import { appraisalRecord } from './appraisal-record.js'
import { claimedWithoutEvidence } from './claimed-without-evidence.js'

// An illustrative methodology with three rounds; area 1 caps nothing, so totals are plain sums.
const compiled = createEngine().compile({
  id: 'test.cycle',
  version: '1.0.0',
  title: 'Cycle',
  status: 'illustrative',
  result: { type: 'points' },
  rounds: [{ code: 'self' }, { code: 'appraisal' }, { code: 're-appraisal' }],
  tree: [
    {
      code: '1',
      title: 'Area',
      max: '10',
      children: [
        { code: '1.1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
        { code: '1.2', title: 'Count', max: '6', rule: { use: 'chiso/points' } },
      ],
    },
  ],
})
const dataset = {
  units: [{ code: 'A', name: 'Unit A' }, { code: 'B' }],
  observations: [
    { unit: 'A', node: '1.1', value: true, round: 'self', evidence: [{ number: '1/KH' }] },
    { unit: 'A', node: '1.2', value: '6', round: 'self' },
    { unit: 'A', node: '1.2', value: '3', round: 'appraisal', comment: 'thiếu báo cáo' },
    { unit: 'A', node: '1.2', value: '5', round: 're-appraisal', comment: 'chấp nhận phúc tra' },
    { unit: 'B', node: '1.1', value: true, round: 'self', explanation: 'đang trình ký' },
    { unit: 'B', node: '1.2', value: '2', round: 'self' },
    { unit: 'B', node: '1.1', value: false, round: 'appraisal', comment: 'chưa ban hành' },
  ],
}

describe('the reports of the cycle', () => {
  it('gives each unit an appraisal record whose totals are its scores after each round', () => {
    const record = appraisalRecord(compiled, dataset, 'A')
    expect(record.rounds).toEqual(['self', 'appraisal', 're-appraisal'])
    expect(record.totals).toEqual(['10', '7', '9'])
    expect(record.difference).toBe('-1')
    const count = record.rows.find((row) => row.code === '1.2')!
    expect(count.scores).toEqual(['6', '3', '5'])
    expect(count.comments).toEqual([
      { round: 'appraisal', text: 'thiếu báo cáo' },
      { round: 're-appraisal', text: 'chấp nhận phúc tra' },
    ])
    expect(record.totals.at(-1)).toBe(compiled.evaluate(dataset).units.find((u) => u.unit === 'A')?.score)
  })

  it('lists the claims made with neither evidence nor explanation', () => {
    expect(claimedWithoutEvidence(compiled, dataset).map((c) => [c.unit, c.node, c.points])).toEqual([
      ['A', '1.2', '6'],
      ['B', '1.2', '2'],
    ])
  })

  it('ranks the criteria the appraisal changed most', () => {
    expect(appraisalChanges(compiled, dataset).map((c) => [c.node, c.units, c.total, c.largest])).toEqual([
      ['1.1', 1, '-4', '-4'],
      ['1.2', 1, '-1', '-1'],
    ])
  })
})
