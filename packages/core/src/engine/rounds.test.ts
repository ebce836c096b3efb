import { describe, expect, it } from 'vitest'
import { createEngine } from './create-engine.js'

// An illustrative methodology: 1.1 points of 4, 1.2 yes/no of 6, with the three rounds of a CCHC cycle.
const methodology = (withoutEvidence?: 'zero') => ({
  id: 'test.rounds',
  version: '1.0.0',
  title: 'Rounds',
  status: 'illustrative',
  result: { type: 'points' },
  rounds: [
    { code: 'self' },
    { code: 'appraisal', ...(withoutEvidence ? { withoutEvidence } : {}) },
    { code: 're-appraisal' },
  ],
  tree: [
    { code: '1.1', title: 'Count', max: '4', rule: { use: 'chiso/points' } },
    { code: '1.2', title: 'Plan', max: '6', rule: { use: 'chiso/yes-no' } },
  ],
})
const at = (row: number) => ({ file: 'cycle.csv', row, column: 3 })

describe('assessment rounds', () => {
  it('uses the latest round with a value and reports every change with both values and the comment', () => {
    const card = createEngine()
      .compile(methodology())
      .evaluate({
        units: [{ code: 'A' }],
        observations: [
          { unit: 'A', node: '1.1', value: '4', round: 'self', origin: at(2) },
          {
            unit: 'A',
            node: '1.1',
            value: '3',
            round: 'appraisal',
            comment: 'thiếu báo cáo quý',
            origin: at(3),
          },
          { unit: 'A', node: '1.1', value: '3.5', round: 're-appraisal', comment: 'chấp nhận giải trình' },
          { unit: 'A', node: '1.2', value: true, round: 'self' },
        ],
      })
    expect(card.units[0]?.score).toBe('9.5')
    const changes = card.diagnostics.filter((d) => d.code === 'ROUND_CHANGED').map((d) => d.message)
    expect(changes.sort()).toEqual([
      'field "value": appraisal 3 → re-appraisal 3.5 (chấp nhận giải trình)',
      'field "value": self 4 → appraisal 3 (thiếu báo cáo quý)',
    ])
    const trace = card.units[0]?.nodes['1.1']?.trace
    expect(trace?.kind === 'leaf' && trace.origins).toEqual({ value: { round: 're-appraisal' } })
    expect(trace?.kind === 'leaf' && trace.comment).toBe('chấp nhận giải trình')
  })

  it('reports a round that left a cell empty, and keeps the earlier value', () => {
    const card = createEngine()
      .compile(methodology())
      .evaluate({
        units: [{ code: 'A' }],
        observations: [
          { unit: 'A', node: '1.1', value: '4', round: 'self' },
          { unit: 'A', node: '1.1', value: null, round: 'appraisal', origin: at(3) },
        ],
      })
    expect(card.units[0]?.nodes['1.1']?.score).toBe('4')
    const empty = card.diagnostics.find((d) => d.code === 'ROUND_EMPTY')
    expect(empty).toMatchObject({ severity: 'info', origin: at(3) })
    expect(empty?.message).toBe('round "appraisal" left field "value" empty; the self value 4 stands')
  })

  it('refuses, located, a round that is not declared', () => {
    const card = createEngine()
      .compile(methodology())
      .evaluate({
        units: [{ code: 'A' }],
        observations: [{ unit: 'A', node: '1.1', value: '1', round: 'appeal', origin: at(5) }],
      })
    expect(card.diagnostics.find((d) => d.code === 'UNDECLARED_ROUND')).toMatchObject({
      code: 'UNDECLARED_ROUND',
      severity: 'error',
      origin: at(5),
    })
    expect(card.units[0]?.nodes['1.1']?.score).toBe('0')
  })

  it('reads a round from the dataset when the methodology declares none', () => {
    const { rounds: _rounds, ...plain } = methodology()
    const card = createEngine()
      .compile(plain)
      .evaluate({
        rounds: ['self', 'appraisal'],
        units: [{ code: 'A' }],
        observations: [
          { unit: 'A', node: '1.1', value: '2', round: 'appraisal' },
          { unit: 'A', node: '1.1', value: '4', round: 'self' },
        ],
      })
    expect(card.units[0]?.nodes['1.1']?.score).toBe('2')
  })

  it('scores 0 a claim without evidence once the unit reached a round with that policy', () => {
    const compiled = createEngine().compile(methodology('zero'))
    const card = compiled.evaluate({
      units: [{ code: 'A' }, { code: 'B' }],
      observations: [
        { unit: 'A', node: '1.1', value: '4', round: 'self', origin: at(2) },
        { unit: 'A', node: '1.2', value: true, round: 'self', evidence: [{ number: '12/KH-UBND' }] },
        { unit: 'A', node: '1.2', value: true, round: 'appraisal' },
        // B has not been appraised yet: its claims stand.
        { unit: 'B', node: '1.1', value: '4', round: 'self' },
      ],
    })
    const a = card.units.find((unit) => unit.unit === 'A')
    expect(a?.nodes['1.1']?.score).toBe('0')
    expect(a?.nodes['1.2']?.score).toBe('6')
    expect(card.units.find((unit) => unit.unit === 'B')?.nodes['1.1']?.score).toBe('4')
    expect(card.diagnostics.find((d) => d.code === 'CLAIM_WITHOUT_EVIDENCE')).toMatchObject({
      unit: 'A',
      node: '1.1',
      origin: at(2),
      message: 'claimed in round "self" without evidence: scored 0 at round "appraisal" (declared policy)',
    })
  })

  it('refuses a round policy naming a rule the engine does not know', () => {
    const m = methodology('zero')
    ;(m.rounds[1] as Record<string, unknown>).rules = ['chiso/nope']
    expect(() => createEngine().compile(m)).toThrow(/chiso\/nope/)
  })

  it('without declared rounds, says when an empty appraisal cell lets the self-assessment through', () => {
    const { rounds: _rounds, ...plain } = methodology()
    const card = createEngine()
      .compile(plain)
      .evaluate({
        units: [{ code: 'A' }],
        observations: [
          { unit: 'A', node: '1.1', value: '3', source: 'self' },
          { unit: 'A', node: '1.1', value: null, source: 'appraisal', origin: at(4) },
        ],
      })
    expect(card.diagnostics.find((d) => d.code === 'ROUND_EMPTY')?.origin).toEqual(at(4))
  })
})
