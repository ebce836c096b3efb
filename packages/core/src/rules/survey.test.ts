import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { inputFields, resolveOptions } from '../plugin/options.js'
import { survey } from './survey.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

function optionsError(raw: unknown, max: string | null = '2'): ChisoError {
  try {
    resolveOptions(survey, raw, testNode(max), [...WITH])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

const likert = { mode: 'mean', scale: { min: '1', max: '5' } }

describe('chiso/survey', () => {
  it.each([
    ['mean', likert, { value: { kind: 'decimal' } }],
    ['share', { mode: 'share' }, { value: { kind: 'decimal' } }],
    [
      'share over counts',
      { mode: 'share', over: 'counts' },
      { done: { kind: 'decimal' }, total: { kind: 'decimal' } },
    ],
  ])('inputs for %s', (_name, options, expected) => {
    expect(inputFields(survey, resolveOptions(survey, options, testNode('2'), [...WITH]))).toEqual(expected)
  })

  it.each([
    ['mean 4 on 1–5', likert, '2', { value: '4' }, '1.5'],
    ['mean at the top', likert, '2', { value: '5' }, '2'],
    ['mean at the bottom', likert, '2', { value: '1' }, '0'],
    ['mean 3.2', likert, '2', { value: '3.2' }, '1.1'],
    [
      'mean, explicit points, no node max',
      { mode: 'mean', scale: { min: '0', max: '10' }, points: '10' },
      null,
      { value: '7.5' },
      '7.5',
    ],
    [
      'mean, one division',
      { mode: 'mean', scale: { min: '1', max: '4' } },
      '1',
      { value: '2' },
      '0.3333333333333333333333333333333333333333',
    ],
    ['share', { mode: 'share' }, '1', { value: '0.9' }, '0.9'],
    ['share, explicit points', { mode: 'share', points: '3' }, '5', { value: '0.5' }, '1.5'],
    ['counts', { mode: 'share', over: 'counts' }, '1', { done: '450', total: '500' }, '0.9'],
    [
      'counts, one division',
      { mode: 'share', over: 'counts', points: '3' },
      '3',
      { done: '1', total: '3' },
      '1',
    ],
  ])('%s', (_name, options, max, input, expected) => {
    const { result, reports } = runRule(survey, options, input, testNode(max))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['mean above the scale → clamped', likert, { value: '6' }, '2', 'warning'],
    ['mean below the scale → clamped', likert, { value: '0' }, '0', 'warning'],
    ['share above 1 → clamped', { mode: 'share' }, { value: '1.2' }, '2', 'warning'],
    ['negative share → clamped', { mode: 'share' }, { value: '-0.1' }, '0', 'warning'],
    ['counts, total 0', { mode: 'share', over: 'counts' }, { done: '0', total: '0' }, '0', 'error'],
    ['counts, negative', { mode: 'share', over: 'counts' }, { done: '-1', total: '5' }, '0', 'error'],
    [
      'counts, done > total',
      { mode: 'share', over: 'counts' },
      { done: '510', total: '500' },
      '2',
      'warning',
    ],
  ])('%s (INPUT_RANGE)', (_name, options, input, expected, severity) => {
    const { result, reports } = runRule(survey, options, input, testNode('2'))
    expect(String(result)).toBe(expected)
    expect(reports.map((report) => [report.code, report.severity])).toEqual([['INPUT_RANGE', severity]])
  })

  it('is continuous: no outcomes', () => {
    expect(ruleOutcomes(survey, likert, testNode('2'))).toBeUndefined()
  })

  it.each([
    ['mode missing', {}, '2', ['mode']],
    ['unknown mode', { mode: 'median' }, '2', ['mode']],
    ['mean without a scale', { mode: 'mean' }, '2', ['scale']],
    ['scale upside down', { mode: 'mean', scale: { min: '5', max: '1' } }, '2', ['scale', 'max']],
    ['scale of one point', { mode: 'mean', scale: { min: '3', max: '3' } }, '2', ['scale', 'max']],
    ['scale max missing', { mode: 'mean', scale: { min: '1' } }, '2', ['scale', 'max']],
    ['scale min not a decimal', { mode: 'mean', scale: { min: 'one', max: '5' } }, '2', ['scale', 'min']],
    ['scale with mode share', { mode: 'share', scale: { min: '1', max: '5' } }, '2', ['scale']],
    ['over with mode mean', { ...likert, over: 'counts' }, '2', ['over']],
    ['unknown over', { mode: 'share', over: 'percent' }, '2', ['over']],
    ['no points and no node max', likert, null, ['points']],
    ['points above the node max', { ...likert, points: '3' }, '2', ['points']],
    ['unknown key in the scale', { mode: 'mean', scale: { min: '1', max: '5', step: '1' } }, '2', ['scale']],
  ])('%s → INVALID_OPTIONS at its path', (_name, options, max, path) => {
    const error = optionsError(options, max)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.issues[0]?.path).toEqual([...WITH, ...path])
  })
})
