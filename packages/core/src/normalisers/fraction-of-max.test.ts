import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { fractionOfMax } from './fraction-of-max.js'

describe('chiso/fraction-of-max', () => {
  it.each([
    ['defaults (COINr n_fracmax)', {}, 1, ['2', '4', '8'], ['0.25', '0.5', '1']],
    ['scale', { scale: '100' }, 1, ['2', '4', '8', null], ['25', '50', '100', null]],
    ['direction -1 divides the negated values by their maximum', {}, -1, ['2', '4'], ['1', '2']],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(fractionOfMax, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it('a zero maximum gives no value and one NO_SPREAD error', () => {
    const { result, reports } = runNormaliser(fractionOfMax, {}, ['0', '-1', null])
    expect(result).toEqual([null, null, null])
    expect(reports).toMatchObject([{ code: 'NO_SPREAD', severity: 'error' }])
  })
})
