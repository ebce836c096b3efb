import { describe, expect, it } from 'vitest'
import { runAggregator } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { generalisedMean } from './generalised-mean.js'

const WITH = ['tree', 0, 'aggregate', 'with']

describe('chiso/generalised-mean', () => {
  it.each([
    [
      'p = 1 is the arithmetic mean',
      '1',
      [
        ['70.1', '0.35'],
        ['80.2', '0.35'],
        ['60.3', '0.30'],
      ],
      '70.695',
    ],
    ['p = 1 accepts negatives', '1', [['-1'], ['-3']], '-2'],
    ['p = 2 (quadratic)', '2', [['1'], ['7']], '5'],
    ['p = 2, irrational', '2', [['1'], ['2']], '1.58113883008418966599944677221635926686'],
    ['p = 0 is the geometric mean', '0', [['2'], ['8']], '4'],
    ['p = -1 is the harmonic mean', '-1', [['1'], ['3']], '1.5'],
    ['p = 0.5', '0.5', [['1'], ['9']], '4'],
    ['p = -2', '-2', [['1'], ['9']], '1.405563856997454589716925831014544375139'],
    [
      'p = 3 with a negative child (odd power)',
      '3',
      [['-2'], ['1']],
      '-1.518294485937831259710404789252834817791',
    ],
    [
      'p = 3, weights',
      '3',
      [
        ['0', '26'],
        ['3', '1'],
      ],
      '1',
    ],
    ['p > 0 accepts 0', '2', [['0'], ['2']], '1.41421356237309504880168872420969807857'],
    ['equal children', '2.5', [['6.4'], ['6.4']], '6.4'],
  ] as const)('%s', (_, p, children, expected) => {
    const { result, reports } = runAggregator(generalisedMean, { p }, children)
    expect(result).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['negative p with 0', '-1', [['0'], ['2']], 'AGGREGATOR_DOMAIN'],
    ['negative p with a negative value', '-3', [['-1'], ['2']], 'AGGREGATOR_DOMAIN'],
    ['p = 0 with 0', '0', [['0'], ['2']], 'AGGREGATOR_DOMAIN'],
    ['non-integer p with a negative value', '0.5', [['-1'], ['2']], 'AGGREGATOR_DOMAIN'],
    ['even p with a negative value', '2', [['-3'], ['1']], 'AGGREGATOR_DOMAIN'],
    ['Σw = 0', '2', [['1', '0']], 'ZERO_WEIGHTS'],
    ['no children', '2', [], 'AGGREGATOR_DOMAIN'],
  ] as const)('%s → null and %s', (_, p, children, code) => {
    const { result, reports } = runAggregator(generalisedMean, { p }, children)
    expect(result).toBeNull()
    expect(reports).toEqual([expect.objectContaining({ code, severity: 'error' })])
  })

  it.each([
    ['p missing', {}, [...WITH, 'p']],
    ['p not a decimal', { p: 'two' }, [...WITH, 'p']],
    // Unbounded work: x^p costs time and memory growing with p.
    ['p above 100', { p: '1000000' }, [...WITH, 'p']],
    ['p below -100', { p: '-100.5' }, [...WITH, 'p']],
    ['unknown option', { p: '1', q: '2' }, WITH],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    let caught: unknown
    try {
      runAggregator(generalisedMean, raw, [['1']])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).path).toEqual(path)
  })
})
