import { describe, expect, it } from 'vitest'
import type { DatasetInput } from '../schema/dataset.js'
import { createEngine } from './create-engine.js'

// The scorecard's node records start as copies of one template per compiled model (node-records.ts,
// `recordTemplateOf`). These tests fail if a template is shared between models, handed out instead of copied,
// or holds its codes in another order than the tree's.

/** A methodology of `areas` areas of `leaves` leaves each: more codes than an object keeps in its fast form when added by computed key. */
const methodologyOf = (prefix: string, areas: number, leaves: number) => ({
  id: `template-${prefix}`,
  version: '1.0.0',
  title: 'Record template (illustrative)',
  result: { type: 'points' },
  tree: Array.from({ length: areas }, (_, a) => ({
    code: `${prefix}${a}`,
    title: `Area ${a}`,
    children: Array.from({ length: leaves }, (_, l) => ({
      code: `${prefix}${a}.${l}`,
      title: `Leaf ${l}`,
      max: '2',
      rule: { use: 'chiso/points' },
    })),
  })),
})

const datasetOf = (prefix: string, areas: number, leaves: number): DatasetInput => ({
  units: [{ code: 'U1' }, { code: 'U2' }, { code: 'U3' }],
  observations: ['U1', 'U2', 'U3'].flatMap((unit, u) =>
    Array.from({ length: areas * leaves }, (_, i) => ({
      unit,
      node: `${prefix}${Math.floor(i / leaves)}.${i % leaves}`,
      value: String((i + u) % 3),
    })),
  ),
})

/** Every code of a methodology made by {@link methodologyOf}, in tree order (each area, then its leaves). */
const treeOrderOf = (prefix: string, areas: number, leaves: number) =>
  Array.from({ length: areas }, (_, a) => [
    `${prefix}${a}`,
    ...Array.from({ length: leaves }, (_, l) => `${prefix}${a}.${l}`),
  ]).flat()

describe('node records from a template per compiled model', () => {
  const engine = createEngine()
  const first = engine.compile(methodologyOf('a', 4, 9))
  const second = engine.compile(methodologyOf('b', 3, 5))
  const firstData = datasetOf('a', 4, 9)
  const secondData = datasetOf('b', 3, 5)

  it('gives every record its own model’s codes in tree order, whichever model was evaluated before', () => {
    for (let round = 0; round < 2; round++) {
      for (const [compiled, data, prefix, areas, leaves] of [
        [first, firstData, 'a', 4, 9],
        [second, secondData, 'b', 3, 5],
      ] as const) {
        const card = compiled.evaluate(data)
        for (const unit of card.units) {
          expect(Object.keys(unit.nodes)).toEqual(treeOrderOf(prefix, areas, leaves))
          expect(Object.getPrototypeOf(unit.nodes)).toBe(Object.prototype)
          expect(Object.values(unit.nodes).every((result) => result.status === 'ok')).toBe(true)
        }
      }
    }
  })

  it('hands out copies: changing one scorecard’s records changes no other record or later scorecard', () => {
    const card = first.evaluate(firstData)
    const before = JSON.stringify(first.evaluate(firstData))
    const record = card.units[0]!.nodes as Record<string, unknown>
    record['a0.0'] = 'changed'
    record.extra = 'added'
    delete record.a1
    expect(card.units[1]!.nodes['a0.0']!.status).toBe('ok')
    expect(JSON.stringify(first.evaluate(firstData))).toBe(before)
  })

  it('gives a re-scored unit (a record made alone) the same record as a full evaluation', () => {
    const session = first.session(firstData)
    session.scorecard()
    const changed = session.apply([{ unit: 'U2', node: 'a2.3', value: '2' }])
    const full = first.evaluate(session.dataset())
    expect(JSON.stringify(changed)).toBe(JSON.stringify(full))
    for (const unit of changed.units) expect(Object.keys(unit.nodes)).toEqual(treeOrderOf('a', 4, 9))
  })
})
