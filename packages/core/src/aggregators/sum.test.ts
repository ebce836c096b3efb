import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { sum } from './sum.js'

describe('chiso/sum', () => {
  it('is the additive aggregator', () => {
    expect(sum.meta.additive).toBe(true)
    expect(sum.meta.title).toBe('Sum of points')
  })

  it.each([
    [[['2.5'], ['1.75'], ['0']], '4.25'],
    [[['0.1'], ['0.2']], '0.3'],
    [
      [
        ['70.1', '0.35'],
        ['80.2', '0.35'],
        ['60.3', '0.30'],
      ],
      '210.6',
    ], // weights are ignored
    [
      [
        ['1.5', '1', '2'],
        ['2', '1', '2'],
      ],
      '3.5',
    ], // maxima are the engine's business
    [[['-1'], ['0.25']], '-0.75'],
    [[['7']], '7'],
  ] as const)('%j → %s', (children, expected) => {
    const { result, reports } = runAggregator(sum, {}, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it('returns null for no children (the engine never asks)', () => {
    const { result, reports } = runAggregator(sum, {}, [])
    expect(result).toBeNull()
    expect(reports.map((r) => r.code)).toEqual(['AGGREGATOR_DOMAIN'])
  })

  it('takes no options', () => {
    expect(() => runAggregator(sum, { scale: '10' }, [['1']])).toThrow(ChisoError)
    try {
      runAggregator(sum, { scale: '10' }, [['1']])
    } catch (error) {
      expect((error as ChisoError).code).toBe('INVALID_OPTIONS')
      expect((error as ChisoError).path).toEqual(['tree', 0, 'aggregate', 'with'])
    }
  })
})
