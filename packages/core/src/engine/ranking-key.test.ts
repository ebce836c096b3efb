import { describe, expect, it } from 'vitest'
import { dec } from '../decimal/decimal.js'
import type { MethodologyInput } from '../schema/methodology.js'
import { createEngine } from './create-engine.js'
import { RANKING_SIGNIFICANT_DIGITS, rankingKeyOf } from './ranking-key.js'

// Three percentile-ranked indicators averaged over eight units: indexes are multiples of 100/21, which the
// engine's 40-digit divisions can leave differing in the last digit depending on the order of the operations.
const methodology: MethodologyInput = {
  id: 'test.percentile-mean',
  version: '1.0.0',
  title: 'Percentile ranks averaged (illustrative)',
  status: 'illustrative',
  result: { type: 'composite', scale: '100' },
  aggregate: { use: 'chiso/mean' },
  tree: ['x', 'y', 'z'].map((code) => ({
    code,
    title: code,
    rule: { use: 'chiso/value' },
    normalise: { use: 'chiso/percentile-rank', with: { ties: 'average' } },
  })),
}

// Found by a search over small random datasets: u4 and u7 both have the index 110000/21.
const values = '223323113233033131121322'
const dataset = {
  units: Array.from({ length: 8 }, (_, u) => ({ code: `u${u}` })),
  observations: [...values].map((value, i) => ({
    unit: `u${Math.floor(i / 3)}`,
    node: ['x', 'y', 'z'][i % 3]!,
    value,
  })),
}

describe('ranking on exact values', () => {
  const card = createEngine().compile(methodology).evaluate(dataset)
  const u4 = card.units.find((unit) => unit.unit === 'u4')!
  const u7 = card.units.find((unit) => unit.unit === 'u7')!

  it('ties two units whose indexes are equal in exact arithmetic but not in their 40th digit', () => {
    // The premise: the engine's two computations of 110000/21 really differ in their last digits.
    expect(u4.index).not.toBe(u7.index)
    expect(dec(u4.index!).minus(u7.index!).abs().lt('1e-30')).toBe(true)
    expect(u4.rank).toBe(u7.rank)
  })

  it('still separates indexes that differ within the compared digits (unnormalised values)', () => {
    const card = createEngine()
      .compile({ ...methodology, tree: methodology.tree.map((node) => ({ ...node, normalise: undefined })) })
      .evaluate({
        units: [{ code: 'a' }, { code: 'b' }],
        observations: [
          { unit: 'a', node: 'x', value: '1.0000000000000000000000000000001' },
          { unit: 'a', node: 'y', value: '1' },
          { unit: 'a', node: 'z', value: '1' },
          { unit: 'b', node: 'x', value: '1' },
          { unit: 'b', node: 'y', value: '1' },
          { unit: 'b', node: 'z', value: '1' },
        ],
      })
    expect(card.units.map((unit) => [unit.unit, unit.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ])
  })

  it('compares 34 significant digits, rounding half up', () => {
    expect(RANKING_SIGNIFICANT_DIGITS).toBe(34)
    expect(rankingKeyOf(dec('89.99999999999999999999999999999999999999')).toFixed()).toBe('90')
    expect(rankingKeyOf(dec('1.234567890123456789012345678901234')).toFixed()).toBe(
      '1.234567890123456789012345678901234',
    )
    expect(rankingKeyOf(dec('1.2345678901234567890123456789012345')).toFixed()).toBe(
      '1.234567890123456789012345678901235',
    )
  })
})
