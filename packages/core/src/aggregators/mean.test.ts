import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { mean } from './mean.js'

describe('chiso/mean', () => {
  it('is not additive', () => {
    expect(mean.meta.additive ?? false).toBe(false)
  })

  it.each([
    [
      'exact where a double is not',
      [
        ['70.1', '0.35'],
        ['80.2', '0.35'],
        ['60.3', '0.30'],
      ],
      '70.695',
    ],
    [
      'relative weights',
      [
        ['70.1', '35'],
        ['80.2', '35'],
        ['60.3', '30'],
      ],
      '70.695',
    ],
    [
      'rescaled over the children present',
      [
        ['70.1', '0.35'],
        ['80.2', '0.35'],
      ],
      '75.15',
    ],
    ['default weight 1', [['1'], ['2'], ['4']], '2.333333333333333333333333333333333333333'],
    [
      'a zero weight does not count',
      [
        ['10', '1'],
        ['1000', '0'],
        ['20', '1'],
      ],
      '15',
    ],
    ['negative values', [['-1'], ['-3']], '-2'],
    ['one child', [['7.25', '0.2']], '7.25'],
  ] as const)('%s', (_, children, expected) => {
    const { result, reports } = runAggregator(mean, {}, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    [
      'Σw = 0',
      [
        ['1', '0'],
        ['2', '0'],
      ],
      'ZERO_WEIGHTS',
    ],
    ['no children', [], 'AGGREGATOR_DOMAIN'],
  ] as const)('%s → null and %s', (_, children, code) => {
    const { result, reports } = runAggregator(mean, {}, children)
    expect(result).toBeNull()
    expect(reports).toEqual([expect.objectContaining({ code, severity: 'error' })])
  })

  it('takes no options', () => {
    let caught: unknown
    try {
      runAggregator(mean, { weights: [1, 2] }, [['1']])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).path).toEqual(['tree', 0, 'aggregate', 'with'])
  })
})
