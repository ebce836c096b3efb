import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { goalposts } from './goalposts.js'

const WITH = ['tree', 0, 'normalise', 'with']
const POSTS = { lower: '20', upper: '85' }

describe('chiso/goalposts', () => {
  it.each([
    [
      'defaults: truncate to [0, 100]',
      POSTS,
      1,
      ['10', '20', '52.5', '85', '90'],
      ['0', '0', '50', '100', '100'],
    ],
    [
      'truncate: false',
      { ...POSTS, truncate: false },
      1,
      ['10', '52.5', '90'],
      ['-15.38461538461538461538461538461538461538', '50', '107.6923076923076923076923076923076923077'],
    ],
    [
      'direction -1: (upper − x) / (upper − lower)',
      POSTS,
      -1,
      ['20', '52.5', '85', '90'],
      ['100', '50', '0', '0'],
    ],
    ['scale', { lower: '0', upper: '1', scale: '10' }, 1, ['0.25', '0.705'], ['2.5', '7.05']],
    ['does not look at the cohort', POSTS, 1, ['52.5'], ['50']],
    ['null stays null', POSTS, 1, [null, '85'], [null, '100']],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(goalposts, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['lower missing', { upper: '1' }, [...WITH, 'lower']],
    ['upper missing', { lower: '1' }, [...WITH, 'upper']],
    ['lower = upper', { lower: '1', upper: '1' }, [...WITH, 'upper']],
    ['lower > upper', { lower: '2', upper: '1' }, [...WITH, 'upper']],
    ['scale ≤ 0', { ...POSTS, scale: '-100' }, [...WITH, 'scale']],
    ['truncate not a boolean', { ...POSTS, truncate: 'no' }, [...WITH, 'truncate']],
    ['unknown option', { ...POSTS, cap: true }, WITH],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    let caught: unknown
    try {
      runNormaliser(goalposts, raw, ['1'])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).path).toEqual(path)
  })
})
