import { describe, expect, it } from 'vitest'
import { ChisoError } from '../errors/chiso-error.js'
import type { DatasetInput } from '../schema/dataset.js'
import { createEngine } from './create-engine.js'

// The createEngine example: an illustrative two-leaf methodology.
const methodology = {
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  result: { type: 'points' },
  tree: [
    { code: '1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
    { code: '2', title: 'Report', max: '6', rule: { use: 'chiso/points' } },
    {
      code: '3',
      title: 'Online',
      max: '2',
      rule: { use: 'chiso/proportional' },
    },
  ],
}
const dataset: DatasetInput = {
  units: [{ code: 'A' }, { code: 'B' }],
  observations: [
    { unit: 'A', node: '1', value: true },
    { unit: 'A', node: '2', value: '5', source: 'self' },
    { unit: 'A', node: '2', value: '4', source: 'appraisal' },
    { unit: 'B', node: '1', value: true },
    { unit: 'B', node: '2', value: 'NA' },
    { unit: 'A', node: '3', field: 'done', value: '1' },
    { unit: 'A', node: '3', field: 'total', value: '2' },
    { unit: 'B', node: '3', field: 'done', value: '2' },
    { unit: 'B', node: '3', field: 'total', value: '2' },
  ],
}

describe('a scoring session', () => {
  const compiled = createEngine().compile(methodology)

  it('re-scores and re-ranks after a change', () => {
    const session = compiled.session(dataset)
    expect(session.scorecard().units.map((u) => [u.unit, u.score, u.rank])).toEqual([
      ['B', '6', 1],
      ['A', '9', 2],
    ])
    const card = session.apply([
      { unit: 'A', node: '2', value: '6' },
      { unit: 'A', node: '3', field: 'done', value: '2' },
    ])
    expect(card.units.map((u) => [u.unit, u.score, u.max, u.rank])).toEqual([
      ['A', '12', '12', 1],
      ['B', '6', '6', 1],
    ])
  })

  it('replaces every source of a changed field by one observation with the source the engine used', () => {
    const session = compiled.session(dataset)
    session.apply([{ unit: 'A', node: '2', value: '6' }])
    expect(session.dataset().observations.filter((o) => o.unit === 'A' && o.node === '2')).toEqual([
      { unit: 'A', node: '2', field: 'value', value: '6', source: 'appraisal' },
    ])
    expect(session.scorecard().diagnostics.map((d) => d.code)).not.toContain('APPRAISAL_CHANGED')
  })

  it('normalises decimals as parsing a dataset does', () => {
    const session = compiled.session(dataset)
    session.apply([{ unit: 'B', node: '3', field: 'done', value: '1.50' }])
    const done = session.dataset().observations.find((o) => o.unit === 'B' && o.field === 'done')
    expect(done?.value).toBe('1.5')
  })

  it.each([
    [{ unit: 'C', node: '1', value: true }, 'NOT_FOUND', [1, 'unit']],
    [{ unit: 'A', node: '9', value: '1' }, 'NOT_FOUND', [1, 'node']],
    [{ unit: 'A', node: '3', field: 'value', value: '1' }, 'NOT_FOUND', [1, 'field']],
    [{ unit: 'A', node: '2', value: 'many' }, 'INVALID_DATASET', [1, 'value']],
  ] as const)('rejects %j with %s at %j and stays unchanged', (bad, code, path) => {
    const session = compiled.session(dataset)
    const before = JSON.stringify(session.scorecard())
    const beforeData = session.dataset()
    let thrown: unknown
    try {
      session.apply([{ unit: 'B', node: '2', value: '1' }, bad as never])
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ChisoError)
    expect((thrown as ChisoError).code).toBe(code)
    expect((thrown as ChisoError).path).toEqual(path)
    expect(JSON.stringify(session.scorecard())).toBe(before)
    expect(session.dataset()).toBe(beforeData)
  })

  it('rejects a change to a node computed from its children', () => {
    const nested = createEngine().compile({
      ...methodology,
      tree: [
        {
          code: '1',
          title: 'Area',
          max: '4',
          children: [methodology.tree[0]!].map((n) => ({ ...n, code: '1.1' })),
        },
      ],
    })
    const session = nested.session({ units: [{ code: 'A' }], observations: [] })
    expect(() => session.apply([{ unit: 'A', node: '1', value: '1' }])).toThrow(/computed from its children/)
  })

  it('runs the example of the performance guide and of its TSDoc', () => {
    const demo = createEngine().compile({
      id: 'demo',
      version: '1.0.0',
      title: 'Demo (illustrative)',
      result: { type: 'points' },
      tree: [
        { code: '1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
        { code: '2', title: 'Report', max: '6', rule: { use: 'chiso/points' } },
      ],
    })
    const session = demo.session(
      {
        units: [{ code: 'A' }, { code: 'B' }],
        observations: [
          { unit: 'A', node: '1', value: true },
          { unit: 'A', node: '2', value: '5' },
          { unit: 'B', node: '1', value: true },
          { unit: 'B', node: '2', value: 'NA' },
        ],
      },
      { trace: false },
    )
    expect(session.scorecard().units.map((u) => [u.unit, u.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ])
    const card = session.apply([{ unit: 'A', node: '2', value: '6' }])
    expect(card.units.map((u) => [u.unit, u.indexDisplay, u.rank])).toEqual([
      ['A', '100.00', 1],
      ['B', '100.00', 1],
    ])
    const branch = session.fork()
    branch.apply([{ unit: 'B', node: '2', value: '0' }])
    expect(session.scorecard()).toBe(card)
  })
})
