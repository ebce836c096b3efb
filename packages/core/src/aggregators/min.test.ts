import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { min } from './min.js'

describe('chiso/min', () => {
  it.each([
    [[['7.5'], ['3.25'], ['9']], '3.25'],
    [
      [
        ['7.5', '5'],
        ['3.25', '0'],
        ['9', '1'],
      ],
      '3.25',
    ], // weights ignored, even zero
    [[['-1'], ['0']], '-1'],
    [[['90.10'], ['90.09']], '90.09'],
    [[['4']], '4'],
  ] as const)('%j → %s', (children, expected) => {
    const { result, reports } = runAggregator(min, {}, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it('returns null for no children (the engine never asks)', () => {
    const { result, reports } = runAggregator(min, {}, [])
    expect(result).toBeNull()
    expect(reports.map((r) => r.code)).toEqual(['AGGREGATOR_DOMAIN'])
  })

  it('takes no options', () => {
    expect(() => runAggregator(min, { k: 1 }, [['1']])).toThrow(ChisoError)
  })
})
