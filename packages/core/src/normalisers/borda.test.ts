import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { borda } from './borda.js'

describe('chiso/borda', () => {
  it.each([
    ['ties min (default, as COINr n_borda)', {}, 1, ['10', '30', '10', '20'], ['0', '3', '0', '2']],
    ['ties average', { ties: 'average' }, 1, ['10', '30', '10', '20'], ['0.5', '3', '0.5', '2']],
    ['direction -1', {}, -1, ['10', '30', '20'], ['2', '0', '1']],
    ['null stays null', {}, 1, ['5', null, '7'], ['0', null, '1']],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(borda, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  test.prop(
    [fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 })],
    propertyRuns(100),
  )('Borda of n distinct values is a permutation of 0 … n − 1, in the order of the values', (numbers) => {
    const { result } = runNormaliser(borda, {}, numbers.map(String))
    expect([...result].map(Number).sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i))
    const sorted = [...numbers].sort((a, b) => a - b)
    for (const [i, value] of numbers.entries()) expect(result[i]).toBe(String(sorted.indexOf(value)))
  })
})
