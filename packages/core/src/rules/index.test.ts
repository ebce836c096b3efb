import { describe, expect, it } from 'vitest'
import { definePlugin } from '../plugin/define.js'
import { BUILTIN_RULES } from './index.js'

describe('BUILTIN_RULES', () => {
  it('lists the built-in rules in documentation order', () => {
    expect(BUILTIN_RULES.map((rule) => rule.id)).toEqual([
      'chiso/yes-no',
      'chiso/bands',
      'chiso/proportional',
      'chiso/deduction',
      'chiso/survey',
      'chiso/points',
      'chiso/value',
    ])
  })

  it.each(BUILTIN_RULES.map((rule) => [rule.id, rule]))(
    '%s is documented in English and Vietnamese',
    (_id, rule) => {
      expect(rule.kind).toBe('rule')
      expect(rule.meta.title).not.toBe('')
      expect(rule.meta.titleVi).toMatch(/\S/)
      expect(rule.meta.description).toMatch(/\S/)
    },
  )

  it('forms a valid plugin', () => {
    expect(definePlugin({ name: 'chiso', rules: BUILTIN_RULES }).rules).toHaveLength(7)
  })
})
