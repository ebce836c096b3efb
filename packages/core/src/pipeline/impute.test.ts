import { describe, expect, it } from 'vitest'
import { runNormaliser } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { imputeConstant, imputeMean, imputeMedian } from './impute.js'

describe('built-in imputations', () => {
  it('fills with the cohort mean or median', () => {
    expect(runNormaliser(imputeMean, {}, ['1', null, '3', '8']).result).toEqual(['1', '4', '3', '8'])
    expect(runNormaliser(imputeMedian, {}, ['1', null, '3', '10']).result).toEqual(['1', '3', '3', '10'])
    expect(runNormaliser(imputeMedian, {}, ['1', null, '3', '10', '4']).result).toEqual([
      '1',
      '3.5',
      '3',
      '10',
      '4',
    ])
    expect(runNormaliser(imputeConstant, { value: '0' }, [null, '7']).result).toEqual(['0', '7'])
  })

  it('fills with the mean of the unit’s group (COINr i_mean_grp), leaving units without a group alone', () => {
    const values = ['1', null, '3', '10', null, null]
    const groups = ['a', 'a', 'a', 'b', 'b', undefined]
    const result = imputeMean.normalise({
      values: values.map((value) => (value === null ? null : dec(value))),
      options: { by: 'group' },
      node: { code: 'x', max: null, direction: 1, path: [] },
      dec,
      report: () => {},
      groups,
    })
    expect(result.map((value) => value?.toFixed() ?? null)).toEqual(['1', '2', '3', '10', '10', null])
  })
})
