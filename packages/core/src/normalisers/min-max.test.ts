import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { minMax } from './min-max.js'

const WITH = ['tree', 0, 'normalise', 'with']

function optionsError(raw: unknown): ChisoError {
  try {
    runNormaliser(minMax, raw, ['1', '2'])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('chiso/min-max', () => {
  it.each([
    ['defaults [0, 100]', {}, 1, ['2', '4', '6'], ['0', '50', '100']],
    ['PCI/DDCI [1, 10]', { l: '1', u: '10' }, 1, ['2', '4', '6'], ['1', '5.5', '10']],
    ['direction -1 reverses', { l: '1', u: '10' }, -1, ['2', '4', '6'], ['10', '5.5', '1']],
    ['null stays null', { l: '1', u: '10' }, 1, [null, '2', null, '6'], [null, '1', null, '10']],
    [
      'one division per value',
      {},
      1,
      ['0.1', '0.2', '0.4'],
      ['0', '33.33333333333333333333333333333333333333', '100'],
    ],
    ['negative values', { l: '-1', u: '1' }, 1, ['-3', '-1', '5'], ['-1', '-0.5', '1']],
    ['numbers as options', { l: 1, u: 10 }, -1, ['70', '80', '60'], ['5.5', '1', '10']],
    ['empty column', {}, 1, [null, null], [null, null]],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(minMax, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['middle', undefined, ['5', null, '5'], ['50', null, '50']],
    ['middle', 'middle', ['5'], ['50']],
    ['upper', 'upper', ['5', '5.0'], ['100', '100']],
    ['lower', 'lower', ['5', '5'], ['0', '0']],
  ] as const)('no spread → NO_SPREAD once and the %s value', (_, whenNoSpread, values, expected) => {
    const { result, reports } = runNormaliser(minMax, { whenNoSpread }, values)
    expect(result).toEqual(expected)
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'warning', unitIndex: undefined })
  })

  it('uses the middle of [l, u] as the default fallback', () => {
    expect(runNormaliser(minMax, { l: '1', u: '10' }, ['3', '3']).result).toEqual(['5.5', '5.5'])
  })

  it.each([
    ['l ≥ u', { l: '10', u: '1' }, [...WITH, 'u']],
    ['l = u', { l: '5', u: '5.0' }, [...WITH, 'u']],
    ['u not a decimal', { u: 'ten' }, [...WITH, 'u']],
    ['l with exponent', { l: '1e3' }, [...WITH, 'l']],
    ['unsafe number', { u: 0.1 + 0.2 }, [...WITH, 'u']],
    ['unknown fallback', { whenNoSpread: 'max' }, [...WITH, 'whenNoSpread']],
    ['unknown option', { upper: '10' }, WITH],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    const error = optionsError(raw)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.path).toEqual(path)
  })
})
