import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { geometricMean } from './geometric-mean.js'

describe('chiso/geometric-mean', () => {
  it.each([
    ['2 and 8', [['2'], ['8']], '4'],
    ['1, 10, 100', [['1'], ['10'], ['100']], '10'],
    [
      'weights 3 and 1 on 1 and 16',
      [
        ['1', '3'],
        ['16', '1'],
      ],
      '2',
    ],
    [
      'relative weights rescale',
      [
        ['1', '0.75'],
        ['16', '0.25'],
      ],
      '2',
    ],
    ['equal children', [['7.3'], ['7.3'], ['7.3']], '7.3'],
    ['irrational: √6', [['2'], ['3']], '2.449489742783178098197284074705891391966'],
    ['a zero weight does not count, even at 0', [['4'], ['0', '0'], ['9']], '6'],
    ['decimals', [['0.5'], ['0.02']], '0.1'],
  ] as const)('%s', (_, children, expected) => {
    const { result, reports } = runAggregator(geometricMean, {}, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['a zero value', [['4'], ['0']], 'AGGREGATOR_DOMAIN'],
    ['a negative value', [['-4'], ['9']], 'AGGREGATOR_DOMAIN'],
    ['Σw = 0', [['4', '0']], 'ZERO_WEIGHTS'],
    ['no children', [], 'AGGREGATOR_DOMAIN'],
  ] as const)('%s → null and %s', (_, children, code) => {
    const { result, reports } = runAggregator(geometricMean, {}, children)
    expect(result).toBeNull()
    expect(reports).toEqual([expect.objectContaining({ code, severity: 'error' })])
  })

  it('names the offending child', () => {
    const { reports } = runAggregator(geometricMean, {}, [['4'], ['0']])
    expect(reports[0]?.message).toContain('c1 = 0')
  })

  it('takes no options', () => {
    expect(() => runAggregator(geometricMean, { p: '0' }, [['1']])).toThrow(ChisoError)
  })
})
