import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { rank } from './rank.js'

describe('chiso/rank', () => {
  it.each([
    ['ties min (default, as COINr n_rank)', {}, 1, ['10', '30', '10', '20'], ['1', '4', '1', '3']],
    ['ties average', { ties: 'average' }, 1, ['10', '30', '10', '20'], ['1.5', '4', '1.5', '3']],
    ['ties max', { ties: 'max' }, 1, ['10', '30', '10', '20'], ['2', '4', '2', '3']],
    ['direction -1: lowest value ranks highest', {}, -1, ['10', '30', '10', '20'], ['3', '1', '3', '2']],
    ['null is not ranked', {}, 1, ['5', null, '7'], ['1', null, '2']],
    ['equal decimals tie', {}, 1, ['0.10', '0.1', '0.2'], ['1', '1', '3']],
    ['three-way tie', { ties: 'average' }, 1, ['3', '3', '3'], ['2', '2', '2']],
    ['near-ties stay apart', {}, 1, ['90.10', '90.09'], ['2', '1']],
    ['empty column', {}, 1, [null], [null]],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(rank, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['unknown ties method', { ties: 'first' }, ['tree', 0, 'normalise', 'with', 'ties']],
    ['unknown option', { order: 'desc' }, ['tree', 0, 'normalise', 'with']],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    expect(() => runNormaliser(rank, raw, ['1'])).toThrow(ChisoError)
    try {
      runNormaliser(rank, raw, ['1'])
    } catch (error) {
      expect((error as ChisoError).code).toBe('INVALID_OPTIONS')
      expect((error as ChisoError).path).toEqual(path)
    }
  })
})
