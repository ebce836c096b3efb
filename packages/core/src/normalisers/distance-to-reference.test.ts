import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { distanceToReference } from './distance-to-reference.js'

const UNITS = ['A', 'B', 'C', 'D']

describe('chiso/distance-to-reference', () => {
  it.each([
    ['defaults (COINr n_dist2ref)', { unit: 'C' }, 1, ['2', '4', '6', '8'], ['0', '0.5', '1', '1.5']],
    [
      'scale and cap',
      { unit: 'C', scale: '100', cap: true },
      1,
      ['2', '4', '6', '8'],
      ['0', '50', '100', '100'],
    ],
    ['direction -1', { unit: 'B' }, -1, ['2', '4', '6', '8'], ['1.5', '1', '0.5', '0']],
    ['null stays null', { unit: 'D' }, 1, ['2', null, '6', '10'], ['0', null, '0.5', '1']],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(
      distanceToReference,
      options,
      values,
      testNode(null, direction),
      UNITS,
    )
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['unknown unit', { unit: 'Z' }, ['1', '2', '3', '4'], 'is not in the dataset'],
    ['reference without a value', { unit: 'A' }, [null, '2', '3', '4'], 'has no value'],
    ['reference is the worst unit', { unit: 'A' }, ['1', '2', '3', '4'], 'is the worst unit'],
  ] as const)('%s → no value and a NO_SPREAD error naming the unit', (_, options, values, why) => {
    const { result, reports } = runNormaliser(distanceToReference, options, values, testNode(), UNITS)
    expect(result).toEqual([null, null, null, null])
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'error' })
    expect(reports[0]!.message).toContain(`"${options.unit}" ${why}`)
  })
})
