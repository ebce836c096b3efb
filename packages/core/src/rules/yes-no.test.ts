import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { inputFields, resolveOptions } from '../plugin/options.js'
import { yesNo } from './yes-no.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

function optionsError(raw: unknown, max: string | null): ChisoError {
  try {
    resolveOptions(yesNo, raw, testNode(max), [...WITH])
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('chiso/yes-no', () => {
  it('reads one boolean input', () => {
    expect(inputFields(yesNo, resolveOptions(yesNo, {}, testNode('1'), [...WITH]))).toEqual({
      value: { kind: 'boolean' },
    })
  })

  it.each([
    ['default points = node max, yes', {}, '1', true, '1'],
    ['default points = node max, no', {}, '1', false, '0'],
    ['explicit points without a node max', { points: '2' }, null, true, '2'],
    ['points are normalised', { points: '1.50' }, '2', true, '1.5'],
    ['whenNo', { points: '0.5', whenNo: '0.25' }, '1', false, '0.25'],
    ['invert: no earns the points', { invert: true }, '0.5', false, '0.5'],
    ['invert: yes earns whenNo', { invert: true }, '0.5', true, '0'],
    ['invert with whenNo', { invert: true, whenNo: '0.1' }, '0.5', true, '0.1'],
    ['numbers accepted when exact', { points: 0.75 }, '1', true, '0.75'],
  ])('%s', (_name, options, max, value, expected) => {
    const { result, reports } = runRule(yesNo, options, { value }, testNode(max))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it.each([
    [{}, '1', ['0', '1']],
    [{ points: '2', whenNo: '1' }, '2', ['1', '2']],
    [{ points: '1', whenNo: '1.0' }, '2', ['1']],
    [{ invert: true }, '0.5', ['0', '0.5']],
    [{ points: '0' }, null, ['0']],
  ])('outcomes of %j (max %s)', (options, max, expected) => {
    expect(ruleOutcomes(yesNo, options, testNode(max))).toEqual(expected)
  })

  it.each([
    ['no points and no node max', {}, null, ['points']],
    ['points above the node max', { points: '3' }, '2', ['points']],
    ['negative points', { points: '-1' }, '2', ['points']],
    ['points not a decimal', { points: 'two' }, '2', ['points']],
    ['points as an inexact number', { points: 0.1 + 0.2 }, '2', ['points']],
    ['whenNo not a decimal', { whenNo: 'x' }, '2', ['whenNo']],
    ['whenNo above the node max', { whenNo: '3' }, '2', ['whenNo']],
    ['whenNo above the points', { points: '1', whenNo: '1.5' }, '2', ['whenNo']],
    ['invert not a boolean', { invert: 'yes' }, '2', ['invert']],
    ['unknown option (reported on the options object)', { pointz: '1' }, '2', []],
  ])('%s → INVALID_OPTIONS at its path', (_name, options, max, path) => {
    const error = optionsError(options, max)
    expect(error.code).toBe('INVALID_OPTIONS')
    expect(error.issues[0]?.path).toEqual([...WITH, ...path])
    expect(error.path).toEqual([...WITH, ...path])
  })

  it('says why points are rejected', () => {
    expect(optionsError({ points: '3' }, '2').issues[0]?.message).toBe('points 3 exceed the node maximum 2')
  })
})
