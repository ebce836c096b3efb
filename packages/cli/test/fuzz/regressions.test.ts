// Bugs the fuzz suites found in the CLI's readers, each pinned by the smallest input that showed it.

import { ChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/io/parse-yaml.js'

describe('fuzz regressions (CLI)', () => {
  it('an alias bomb is refused at the line of its first alias', () => {
    const levels = Array.from({ length: 6 }, (_, i) => {
      const name = String.fromCharCode(98 + i)
      const previous = String.fromCharCode(97 + i)
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
    })
    const text = `id: x\na: &a ["x","x"]\n${levels.join('\n')}\n`
    let thrown: unknown
    try {
      parseYaml(text, 'bomb.yaml')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ChisoError)
    expect((thrown as ChisoError).code).toBe('INVALID_SYNTAX')
    expect((thrown as ChisoError).issues[0]).toMatchObject({
      file: 'bomb.yaml',
      row: 3,
      column: 8,
    })
  })
})
