import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { resolveOptions } from '../plugin/options.js'
import { points } from './points.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

describe('chiso/points', () => {
  it.each([
    ['within the max', '1.25', '1.25'],
    ['the max', '1.5', '1.5'],
    ['zero', '0', '0'],
    ['trailing zeros', '1.250', '1.25'],
  ])('%s', (_name, value, expected) => {
    const { result, reports } = runRule(points, undefined, { value }, testNode('1.5'))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    ['above the max → the max', '2', '1.5', 'warning'],
    ['negative → 0', '-0.5', '0', 'error'],
  ])('%s (INPUT_RANGE)', (_name, value, expected, severity) => {
    const { result, reports } = runRule(points, {}, { value }, testNode('1.5'))
    expect(String(result)).toBe(expected)
    expect(reports.map((report) => [report.code, report.severity])).toEqual([['INPUT_RANGE', severity]])
  })

  it('is continuous: no outcomes', () => {
    expect(ruleOutcomes(points, {}, testNode('1.5'))).toBeUndefined()
  })

  it.each([
    ['no node max', {}, null],
    ['any option', { max: '2' }, '2'],
  ])('%s → INVALID_OPTIONS on the options', (_name, options, max) => {
    let caught: unknown
    try {
      resolveOptions(points, options, testNode(max), [...WITH])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).issues[0]?.path).toEqual([...WITH])
  })
})
