import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { inputFields, resolveOptions } from '../plugin/options.js'
import { proportional } from './proportional.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

function optionsError(raw: unknown, max: string | null = '2'): ChisoError {
  try {
    resolveOptions(proportional, raw, testNode(max), [...WITH])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('chiso/proportional', () => {
  it.each([
    ['share (default)', {}, { done: { kind: 'decimal' }, total: { kind: 'decimal' } }],
    ['value', { over: 'value' }, { value: { kind: 'decimal' } }],
  ])('inputs over %s', (_name, options, expected) => {
    expect(
      inputFields(proportional, resolveOptions(proportional, options, testNode('2'), [...WITH])),
    ).toEqual(expected)
  })

  it.each([
    ['three quarters', {}, '2', { done: '3', total: '4' }, '1.5'],
    ['all', {}, '2', { done: '4', total: '4' }, '2'],
    ['none', {}, '2', { done: '0', total: '4' }, '0'],
    ['one division: exact when it terminates', { points: '3' }, '3', { done: '1', total: '3' }, '1'],
    [
      'one division: 40 significant digits otherwise',
      {},
      '2',
      { done: '1', total: '3' },
      '0.6666666666666666666666666666666666666667',
    ],
    ['explicit points without a node max', { points: '5' }, null, { done: '1', total: '2' }, '2.5'],
    ['full below 1', { full: '0.8' }, '2', { done: '2', total: '5' }, '1'],
    ['full reached', { full: '0.8' }, '2', { done: '4', total: '5' }, '2'],
    ['over value', { over: 'value' }, '2', { value: '0.25' }, '0.5'],
    ['over value, full 0.8', { over: 'value', full: '0.8' }, '1', { value: '0.4' }, '0.5'],
    ['over value above full is capped', { over: 'value', full: '0.8' }, '1', { value: '0.9' }, '1'],
    ['over value above 1 is capped', { over: 'value' }, '2', { value: '1.5' }, '2'],
    ['over value with a target above 1', { over: 'value', full: '10' }, '2', { value: '4' }, '0.8'],
  ])('%s', (_name, options, max, input, expected) => {
    const { result, reports } = runRule(proportional, options, input, testNode(max))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['total 0', {}, { done: '0', total: '0' }, '0', 'error'],
    ['negative done', {}, { done: '-1', total: '4' }, '0', 'error'],
    ['negative total', {}, { done: '1', total: '-4' }, '0', 'error'],
    ['done > total → scored as done = total', {}, { done: '5', total: '4' }, '2', 'warning'],
    ['negative value', { over: 'value' }, { value: '-0.1' }, '0', 'error'],
  ])('%s (INPUT_RANGE)', (_name, options, input, expected, severity) => {
    const { result, reports } = runRule(proportional, options, input, testNode('2'))
    expect(String(result)).toBe(expected)
    expect(reports.map((report) => [report.code, report.severity])).toEqual([['INPUT_RANGE', severity]])
  })

  it('is continuous: no outcomes', () => {
    expect(ruleOutcomes(proportional, {}, testNode('2'))).toBeUndefined()
  })

  it.each([
    ['no points and no node max', {}, null, ['points']],
    ['points above the node max', { points: '3' }, '2', ['points']],
    ['negative points', { points: '-1' }, '2', ['points']],
    ['full 0', { full: '0' }, '2', ['full']],
    ['negative full', { full: '-1' }, '2', ['full']],
    ['full not a decimal', { full: 'all' }, '2', ['full']],
    ['unknown over', { over: 'percent' }, '2', ['over']],
    ['unknown option', { cap: '1' }, '2', []],
  ])('%s → INVALID_OPTIONS at its path', (_name, options, max, path) => {
    const error = optionsError(options, max)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.issues[0]?.path).toEqual([...WITH, ...path])
  })
})
