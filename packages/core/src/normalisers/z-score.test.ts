import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { zScore } from './z-score.js'

const WITH = ['tree', 0, 'normalise', 'with']
const EIGHT = ['2', '4', '4', '4', '5', '5', '7', '9'] // μ = 5, Σ(x − μ)² = 32

function optionsError(raw: unknown): ChisoError {
  try {
    runNormaliser(zScore, raw, ['1', '2'])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('chiso/z-score', () => {
  it.each([
    ['defaults (sample σ)', {}, 1, ['1', '2', '3'], ['-1', '0', '1']],
    ['mean and sd', { mean: '100', sd: '10' }, 1, ['1', '2', '3'], ['90', '100', '110']],
    ['direction -1 reverses', { mean: '100', sd: '10' }, -1, ['1', '2', '3'], ['110', '100', '90']],
    [
      'null stays null',
      {},
      1,
      [null, '1', '3', null],
      [
        null,
        '-0.7071067811865475244008443621048490392848',
        '0.7071067811865475244008443621048490392848',
        null,
      ],
    ],
    [
      'population σ (sample: false)',
      { sample: false },
      1,
      EIGHT,
      ['-1.5', '-0.5', '-0.5', '-0.5', '0', '0', '1', '2'],
    ],
    [
      'sample σ = √(32/7), like R sd()',
      {},
      1,
      EIGHT,
      [
        '-1.403121520040228019593905774618705988159',
        '-0.4677071733467426731979685915395686627195',
        '-0.4677071733467426731979685915395686627195',
        '-0.4677071733467426731979685915395686627195',
        '0',
        '0',
        '0.935414346693485346395937183079137325439',
        '1.870828693386970692791874366158274650878',
      ],
    ],
    ['empty column', {}, 1, [null], [null]],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(zScore, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['a single value', {}, ['4'], ['0']],
    ['a single value (population)', { sample: false, mean: '50' }, [null, '4'], [null, '50']],
    ['equal values', { mean: '50' }, ['4', '4.00', null], ['50', '50', null]],
  ] as const)('%s → NO_SPREAD once and every unit gets mean', (_, options, values, expected) => {
    const { result, reports } = runNormaliser(zScore, options, values)
    expect(result).toEqual(expected)
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'warning', unitIndex: undefined })
  })

  it.each([
    ['sd = 0', { sd: '0' }, [...WITH, 'sd']],
    ['sd < 0', { sd: '-1' }, [...WITH, 'sd']],
    ['mean not a decimal', { mean: 'zero' }, [...WITH, 'mean']],
    ['sample not a boolean', { sample: 'yes' }, [...WITH, 'sample']],
    ['unknown option', { sigma: '1' }, WITH],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    const error = optionsError(raw)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toEqual(path)
  })
})
