import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { percentileRank } from './percentile-rank.js'

const THIRD = '16.66666666666666666666666666666666666667'
const TWO_THIRDS = '66.66666666666666666666666666666666666667'

describe('chiso/percentile-rank', () => {
  it.each([
    ['defaults', {}, 1, ['5', '6', '7'], ['0', '50', '100']],
    ['ties min (default, as COINr n_prank)', {}, 1, ['10', '30', '10', '20'], ['0', '100', '0', TWO_THIRDS]],
    ['ties average', { ties: 'average' }, 1, ['10', '30', '10', '20'], [THIRD, '100', THIRD, TWO_THIRDS]],
    ['scale', { scale: '1' }, 1, ['5', '6', '7'], ['0', '0.5', '1']],
    ['direction -1 reverses', {}, -1, ['5', '6', '7'], ['100', '50', '0']],
    ['null stays null and does not count', {}, 1, ['5', null, '7'], ['0', null, '100']],
    ['empty column', {}, 1, [null, null], [null, null]],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(percentileRank, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['one value → scale', { scale: '10' }, [null, '3'], [null, '10']],
    ['all equal, ties min → 0', {}, ['3', '3', '3.0'], ['0', '0', '0']],
    ['all equal, ties average → scale / 2', { ties: 'average' }, ['3', '3', '3.0'], ['50', '50', '50']],
  ] as const)('%s, with NO_SPREAD once', (_, options, values, expected) => {
    const { result, reports } = runNormaliser(percentileRank, options, values)
    expect(result).toEqual(expected)
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'warning', unitIndex: undefined })
  })

  it.each([
    ['scale = 0', { scale: '0' }, ['tree', 0, 'normalise', 'with', 'scale']],
    ['scale not a decimal', { scale: '100%' }, ['tree', 0, 'normalise', 'with', 'scale']],
    ['unknown ties method', { ties: 'first' }, ['tree', 0, 'normalise', 'with', 'ties']],
    ['unknown option', { order: 'desc' }, ['tree', 0, 'normalise', 'with']],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    let caught: unknown
    try {
      runNormaliser(percentileRank, raw, ['1'])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).path).toEqual(path)
  })
})
