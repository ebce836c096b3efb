import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { createEngine } from './create-engine.js'

// An illustrative methodology with three rounds: two points leaves and one yes/no leaf.
const compiled = createEngine().compile({
  id: 'test.rounds-prop',
  version: '1.0.0',
  title: 'Rounds',
  status: 'illustrative',
  result: { type: 'points' },
  rounds: [{ code: 'self' }, { code: 'appraisal' }, { code: 're-appraisal' }],
  tree: [
    { code: '1', title: 'A', max: '5', rule: { use: 'chiso/points' } },
    { code: '2', title: 'B', max: '5', rule: { use: 'chiso/points' } },
    { code: '3', title: 'C', max: '2', rule: { use: 'chiso/yes-no' } },
  ],
})
const ROUNDS = ['self', 'appraisal', 're-appraisal'] as const
const UNITS = ['U1', 'U2', 'U3']
const points = fc.integer({ min: 0, max: 50 }).map((n) => (n / 10).toString())
const valueFor = (node: string) =>
  node === '3' ? fc.oneof(fc.boolean(), fc.constant(null)) : fc.oneof(points, fc.constant(null))
const annotation = fc.record(
  {
    evidence: fc.array(
      fc.record(
        { number: fc.string({ minLength: 1, maxLength: 8 }), date: fc.constant('2023-03-15') },
        { requiredKeys: ['number'] },
      ),
      { minLength: 1, maxLength: 2 },
    ),
    explanation: fc.string({ maxLength: 20 }),
    comment: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
)
// At most one value per unit, node and round, in any order.
const observations = fc
  .array(
    fc
      .tuple(fc.constantFrom(...UNITS), fc.constantFrom('1', '2', '3'), fc.constantFrom(...ROUNDS))
      .chain(([unit, node, round]) =>
        fc.record({
          unit: fc.constant(unit),
          node: fc.constant(node),
          round: fc.constant(round),
          value: valueFor(node),
        }),
      ),
    { maxLength: 25 },
  )
  .map((list) => {
    const seen = new Set<string>()
    return list.filter((o) => {
      const key = `${o.unit}|${o.node}|${o.round}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  })
const dataset = (list: ReadonlyArray<Record<string, unknown>>) => ({
  units: UNITS.map((code) => ({ code })),
  observations: list,
})

describe('assessment rounds, on random cycles', () => {
  test.prop([observations, fc.array(annotation, { maxLength: 25 })], propertyRuns(100))(
    'evidence, explanations and comments never change a score',
    (list, notes) => {
      const annotated = list.map((o, i) => ({ ...o, ...(notes[i] ?? {}) }))
      const plain = compiled.evaluate(dataset(list), { trace: false })
      const withNotes = compiled.evaluate(dataset(annotated), { trace: false })
      expect(JSON.stringify(withNotes.units)).toBe(JSON.stringify(plain.units))
    },
  )

  test.prop([observations], propertyRuns(100))('the latest round with a value always wins', (list) => {
    const card = compiled.evaluate(dataset(list), { trace: true })
    for (const unit of card.units) {
      for (const node of ['1', '2', '3']) {
        const values = list
          .filter((o) => o.unit === unit.unit && o.node === node && o.value !== null)
          .sort((a, b) => ROUNDS.indexOf(b.round) - ROUNDS.indexOf(a.round))
        const trace = unit.nodes[node]?.trace
        if (values.length === 0) {
          expect(unit.nodes[node]?.score).toBe('0')
          continue
        }
        const latest = values[0]!
        expect(trace?.kind === 'leaf' && trace.origins?.value?.round).toBe(latest.round)
        expect(trace?.kind === 'leaf' && trace.inputs.value).toBe(latest.value)
      }
    }
  })
})
