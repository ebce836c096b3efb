import { describe, expect, it } from 'vitest'
// @ts-expect-error: a JavaScript module of the build configuration, without declarations
import { escapeNonAscii } from '../ascii-only.js'

// Checked to fail: escaping every character outside regular expressions (strings and raw templates too) turns
// the second test red, and keeping the backslash of `\ễ` the first.
const asciiOf = escapeNonAscii as (code: string) => string

// Runs `code` (statements that end by declaring `result`) and returns `result`.
const evaluate = (code: string): unknown => new Function(`${code}\nreturn result`)()

describe('escapeNonAscii', () => {
  it('escapes comments and regular expressions; the code means the same', () => {
    const code = [
      '/** số hiệu — the document’s number */',
      'const plain = /^đã ghi [à-ỹ]+$/',
      'const unicode = /^😀[à-ỹ]$/u',
      'const identity = /\\ễ/',
      'const backslash = /\\\\ễ/',
      'const result = [plain.test("đã ghi ầ"), unicode.test("😀ầ"), identity.test("ễ"), backslash.test("\\\\ễ")]',
    ].join('\n')
    const escaped = asciiOf(code)
    // Only the strings of the last line keep their characters.
    expect(escaped.split('\n').slice(0, -1).join('\n')).not.toMatch(/[\u0080-\uffff]/)
    expect(escaped).toContain('/** s\\u1ED1 hi\\u1EC7u')
    expect(escaped).toContain('/\\u1EC5/')
    expect(evaluate(escaped)).toEqual([true, true, true, true])
  })

  it('keeps strings, raw templates and names as they are', () => {
    const placeholder = '$' + '{1}'
    const code = `const ễ = "hồ sơ"\nconst raw = String.raw\`điểm ÷ ${placeholder}\`\nconst result = [ễ, raw]`
    expect(asciiOf(code)).toBe(code)
    expect(evaluate(asciiOf(code))).toEqual(['hồ sơ', 'điểm ÷ 1'])
  })

  it('leaves ASCII code unchanged', () => {
    const code = 'const result = /a/.test("a") // fine'
    expect(asciiOf(code)).toBe(code)
  })
})
