import { describe, expect, it } from 'vitest'
import { runNormaliser, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { distanceToTarget } from './distance-to-target.js'

const WITH = ['tree', 0, 'normalise', 'with']

describe('chiso/distance-to-target', () => {
  it.each([
    ['(x − min) / (target − min) × 100, capped', { target: '80' }, 1, ['40', '60', '90'], ['0', '50', '100']],
    ['cap: false', { target: '80', cap: false }, 1, ['40', '60', '90'], ['0', '50', '125']],
    ['scale', { target: '80', scale: '1' }, 1, ['40', '70', null], ['0', '0.75', null]],
    [
      'direction -1: (max − x) / (max − target)',
      { target: '10' },
      -1,
      ['50', '30', '10', '5'],
      ['0', '50', '100', '100'],
    ],
    ['direction -1, cap: false', { target: '10', cap: false }, -1, ['50', '5'], ['0', '112.5']],
    [
      'inexact quotient',
      { target: '100' },
      1,
      ['40', '60'],
      ['0', '33.33333333333333333333333333333333333333'],
    ],
    ['empty column', { target: '1' }, 1, [null], [null]],
  ] as const)('%s', (_, options, direction, values, expected) => {
    const { result, reports } = runNormaliser(distanceToTarget, options, values, testNode(null, direction))
    expect(result).toEqual(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['target = min', { target: '40' }, 1, ['40', '60'], ['100', '100']],
    ['target below min', { target: '10', cap: false }, 1, ['40', null, '60'], ['100', null, '100']],
    ['direction -1, target = max', { target: '60' }, -1, ['40', '60'], ['100', '100']],
    ['a single value at the target', { target: '5', scale: '10' }, 1, ['5'], ['10']],
  ] as const)(
    'degenerate: %s → NO_SPREAD once and every unit gets scale',
    (_, options, direction, values, expected) => {
      const { result, reports } = runNormaliser(distanceToTarget, options, values, testNode(null, direction))
      expect(result).toEqual(expected)
      expect(reports).toHaveLength(1)
      expect(reports[0]).toMatchObject({ code: 'NO_SPREAD', severity: 'warning', unitIndex: undefined })
    },
  )

  it.each([
    ['target missing', {}, [...WITH, 'target']],
    ['target not a decimal', { target: 'high' }, [...WITH, 'target']],
    ['scale = 0', { target: '1', scale: '0' }, [...WITH, 'scale']],
    ['cap not a boolean', { target: '1', cap: 'yes' }, [...WITH, 'cap']],
    ['unknown option', { target: '1', truncate: true }, WITH],
  ])('%s → INVALID_OPTIONS at %j', (_, raw, path) => {
    let caught: unknown
    try {
      runNormaliser(distanceToTarget, raw, ['1'])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).path).toEqual(path)
  })
})
