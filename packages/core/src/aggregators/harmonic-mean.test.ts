import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { harmonicMean } from './harmonic-mean.js'

describe('chiso/harmonic-mean', () => {
  it.each([
    ['1 and 3', [['1'], ['3']], '1.5'],
    ['2, 3, 6', [['2'], ['3'], ['6']], '3'],
    [
      'weights',
      [
        ['1', '1'],
        ['4', '2'],
      ],
      '2',
    ],
    [
      'relative weights rescale',
      [
        ['1', '0.1'],
        ['4', '0.2'],
      ],
      '2',
    ],
    ['equal children', [['0.3'], ['0.3']], '0.3'],
    ['irrational quotient', [['1'], ['2']], '1.333333333333333333333333333333333333333'],
    ['a zero weight does not count, even at 0', [['1'], ['0', '0'], ['3']], '1.5'],
  ] as const)('%s', (_, children, expected) => {
    const { result, reports } = runAggregator(harmonicMean, {}, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['a zero value', [['4'], ['0']], 'AGGREGATOR_DOMAIN'],
    ['a negative value', [['-4'], ['9']], 'AGGREGATOR_DOMAIN'],
    [
      'Σw = 0',
      [
        ['4', '0'],
        ['5', '0'],
      ],
      'ZERO_WEIGHTS',
    ],
    ['no children', [], 'AGGREGATOR_DOMAIN'],
  ] as const)('%s → null and %s', (_, children, code) => {
    const { result, reports } = runAggregator(harmonicMean, {}, children)
    expect(result).toBeNull()
    expect(reports).toEqual([expect.objectContaining({ code, severity: 'error' })])
  })

  it('takes no options', () => {
    expect(() => runAggregator(harmonicMean, { p: '-1' }, [['1']])).toThrow(ChisoError)
  })
})
