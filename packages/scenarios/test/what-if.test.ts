import { createEngine, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { whatIf } from '../src/index.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

const points = createEngine().compile({
  id: 'test.points',
  version: '1.0.0',
  title: 'Illustrative points methodology',
  status: 'illustrative',
  result: { type: 'points' },
  tree: [
    { code: '1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
    { code: '2', title: 'Report', max: '6', rule: { use: 'chiso/yes-no' } },
  ],
})
const data = parseDataset({
  units: [{ code: 'A' }, { code: 'B' }, { code: 'C' }],
  observations: [
    { unit: 'A', node: '1', value: true },
    { unit: 'A', node: '2', value: false },
    { unit: 'B', node: '1', value: false },
    { unit: 'B', node: '2', value: true },
    { unit: 'C', node: '1', value: true },
    { unit: 'C', node: '2', value: true },
  ],
})

describe('whatIf', () => {
  it('re-scores observation changes and reports rank and node deltas', () => {
    const result = whatIf(points, data, { observations: [{ unit: 'A', node: '2', value: true }] })
    const a = result.units.find((u) => u.unit === 'A')!
    expect([a.indexBefore, a.indexAfter, a.indexDelta]).toEqual(['40', '100', '60'])
    expect([a.rankBefore, a.rankAfter, a.rankDelta]).toEqual([3, 1, 2])
    expect(a.nodes).toEqual([{ node: '2', before: '0', after: '6', delta: '6' }])
    const b = result.units.find((u) => u.unit === 'B')!
    expect([b.rankBefore, b.rankAfter, b.rankDelta]).toEqual([2, 3, -1]) // overtaken, though its own nodes did not move
    expect(b.nodes).toEqual([])
    // The input dataset is untouched.
    expect(data.observations[1]!.value).toBe(false)
  })

  it('treats a not-applicable flag as removing the maximum', () => {
    const result = whatIf(points, data, { observations: [{ unit: 'A', node: '2', value: 'NA' }] })
    const a = result.after.units.find((u) => u.unit === 'A')!
    expect([a.score, a.max, a.index]).toEqual(['4', '4', '100'])
  })

  it('recompiles for weight changes: a unit strong on a heavier pillar rises', () => {
    const compiled = compiledComposite()
    const dataset = compositeDataset()
    const before = compiled.evaluate(dataset, { trace: false })
    const result = whatIf(compiled, dataset, { weights: { P2: '10' } })
    expect(result.compiled.fingerprint).not.toBe(compiled.fingerprint)
    const bestOnD = [...before.units].sort((x, y) => Number(y.nodes.d!.score) - Number(x.nodes.d!.score))[0]!
    const moved = result.units.find((u) => u.unit === bestOnD.unit)!
    expect(moved.rankAfter!).toBeLessThanOrEqual(moved.rankBefore!)
    expect(result.units.some((u) => u.rankDelta !== 0)).toBe(true)
  })

  it('scores under another methodology version', () => {
    const next = {
      ...points.methodology,
      version: '2.0.0',
      tree: [{ ...points.methodology.tree[0]!, max: '8' }, points.methodology.tree[1]!],
    }
    const result = whatIf(points, data, { methodology: next })
    expect(result.after.methodology.version).toBe('2.0.0')
    expect(result.after.units.find((u) => u.unit === 'A')!.score).toBe('8')
  })

  it('rejects a bad changed value with a located error', () => {
    expect(() =>
      whatIf(points, data, { observations: [{ unit: 'A', node: '2', value: 'lots' as never }] }),
    ).toThrow(/value/)
    expect(() => whatIf(points, data, { weights: { nowhere: '2' } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', path: ['weights', 'nowhere'] }),
    )
  })

  it('refuses a weight change under a sum, which ignores weights, instead of changing nothing', () => {
    expect(() => whatIf(points, data, { weights: { '2': '3' } })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        path: ['weights', '2'],
        message: expect.stringContaining('aggregates with chiso/sum, which ignores weights'),
      }),
    )
  })
})
