import { describe, expect, it } from 'vitest'
import { ruleOutcomes, runRule, testNode } from '../../test/plugin-harness.js'
import { ChisoError } from '../errors/chiso-error.js'
import { inputFields, resolveOptions } from '../plugin/options.js'
import { value } from './value.js'

const WITH = ['tree', 0, 'rule', 'with'] as const

describe('chiso/value', () => {
  it('produces a raw value from one decimal input', () => {
    expect(value.meta.produces).toBe('value')
    expect(inputFields(value, {})).toEqual({ value: { kind: 'decimal' } })
  })

  it.each([
    ['a decimal', '12.5', null, '12.5'],
    ['a negative value', '-3', null, '-3'],
    ['above the node max: not bounded', '250', '100', '250'],
    ['many digits', '0.1234567890123456789', null, '0.1234567890123456789'],
  ])('%s', (_name, input, max, expected) => {
    const { result, reports } = runRule(value, undefined, { value: input }, testNode(max))
    expect(String(result)).toBe(expected)
    expect(reports).toEqual([])
  })

  it('is continuous: no outcomes', () => {
    expect(ruleOutcomes(value, {})).toBeUndefined()
  })

  it('takes no options', () => {
    let caught: unknown
    try {
      resolveOptions(value, { scale: '10' }, testNode(), [...WITH])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ChisoError)
    expect((caught as ChisoError).code).toBe('INVALID_OPTIONS')
    expect((caught as ChisoError).issues[0]?.path).toEqual([...WITH])
  })
})
