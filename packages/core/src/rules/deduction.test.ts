import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { resolveOptions } from '../plugin/options.js'
import { DEDUCTION_MAX_OUTCOMES, deduction } from './deduction.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

function optionsError(raw: unknown, max: string | null = '1'): ChisoError {
  try {
    resolveOptions(deduction, raw, testNode(max), [...WITH])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('chiso/deduction', () => {
  it.each([
    ['no occurrence', { per: '0.25' }, '1', '0', '1'],
    ['one', { per: '0.25' }, '1', '1', '0.75'],
    ['two', { per: '0.25' }, '1', '2', '0.5'],
    ['down to zero', { per: '0.25' }, '1', '4', '0'],
    ['never below the floor', { per: '0.25' }, '1', '7', '0'],
    ['custom floor', { per: '0.25', floor: '0.5' }, '1', '3', '0.5'],
    ['custom start', { start: '0.8', per: '0.3' }, '1', '1', '0.5'],
    ['start − per × count below the floor', { start: '0.8', per: '0.3' }, '1', '3', '0'],
    ['start without a node max', { start: '10', per: '1.5' }, null, '3', '5.5'],
    ['integral decimal count', { per: '0.25' }, '1', '2.0', '0.5'],
  ])('%s', (_name, options, max, count, expected) => {
    const { result, reports } = runRule(deduction, options, { value: count }, testNode(max))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['negative count → 0 occurrences', '-1', '1'],
    ['fraction → rounded up', '1.5', '0.5'],
    ['small fraction → one occurrence', '0.01', '0.75'],
  ])('%s (INPUT_RANGE)', (_name, count, expected) => {
    const { result, reports } = runRule(deduction, { per: '0.25' }, { value: count }, testNode('1'))
    expect(String(result)).toBe(expected)
    expect(reports.map((report) => [report.code, report.severity])).toEqual([['INPUT_RANGE', 'error']])
  })

  it.each([
    [{ per: '0.25' }, '1', ['0', '0.25', '0.5', '0.75', '1']],
    [{ start: '0.8', per: '0.3' }, '1', ['0', '0.2', '0.5', '0.8']],
    [{ per: '0.25', floor: '0.5' }, '1', ['0.5', '0.75', '1']],
    [{ start: '0.5', per: '1', floor: '0.5' }, '1', ['0.5']],
    [{ per: '2' }, '1', ['0', '1']],
  ])('outcomes of %j (max %s)', (options, max, expected) => {
    expect(ruleOutcomes(deduction, options, testNode(max))).toEqual(expected)
  })

  it(`lists at most ${DEDUCTION_MAX_OUTCOMES} outcomes: the floor and the steps nearest start`, () => {
    const outcomes = ruleOutcomes(deduction, { per: '0.01' }, testNode('100'))!
    expect(outcomes).toHaveLength(DEDUCTION_MAX_OUTCOMES)
    expect(outcomes.slice(0, 2)).toEqual(['0', '90.02'])
    expect(outcomes.slice(-2)).toEqual(['99.99', '100'])
  })

  it.each([
    ['per missing', {}, '1', ['per']],
    ['per 0', { per: '0' }, '1', ['per']],
    ['negative per', { per: '-0.25' }, '1', ['per']],
    ['per not a decimal', { per: 'quarter' }, '1', ['per']],
    ['no start and no node max', { per: '1' }, null, ['start']],
    ['start above the node max', { per: '1', start: '3' }, '2', ['start']],
    ['negative start', { per: '1', start: '-1' }, '2', ['start']],
    ['floor above start', { per: '1', floor: '1.5' }, '1', ['floor']],
    ['negative floor', { per: '1', floor: '-1' }, '1', ['floor']],
    ['unknown option', { per: '1', each: '1' }, '1', []],
  ])('%s → INVALID_OPTIONS at its path', (_name, options, max, path) => {
    const error = optionsError(options, max)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.issues[0]?.path).toEqual([...WITH, ...path])
  })
})
