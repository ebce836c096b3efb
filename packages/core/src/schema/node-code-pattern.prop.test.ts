import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { NodeCodeSchema } from './node.js'
import { isNodeCode, nodeCodePattern } from './node-code-pattern.js'

// The general path: the pattern itself, as the schema held it before.
const NODE_CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u
const MESSAGE = 'expected a node code: letters, digits, ".", "_" or "-"'
const LiteralNodeCodeSchema = z.string().normalize('NFC').regex(NODE_CODE, MESSAGE).max(100)

// Strings near the boundary: ASCII codes, and ASCII codes with one character put in from either side of it —
// ASCII that is not allowed, letters and digits beyond ASCII (ª and ² are in \p{L} and \p{N}), a combining mark,
// an astral digit, a lone surrogate, line ends — and arbitrary strings.
const edge = fc.constantFrom(
  ' ',
  ':',
  '/',
  '\n',
  '\u00AA',
  '\u00B2',
  '\u00BC',
  '\u0110',
  'ễ',
  '\u0301',
  '\u{1D7D8}',
  '\uD800',
  '\u00A0',
  '\u2028',
  'é',
  '一',
  '٣',
  '.',
  '_',
  '-',
)
const asciiCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,6}$/)
const near = fc
  .tuple(asciiCode, edge, fc.nat())
  .map(
    ([code, inserted, at]) =>
      code.slice(0, at % (code.length + 1)) + inserted + code.slice(at % (code.length + 1)),
  )
const text = fc.oneof(
  asciiCode,
  near,
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ maxLength: 8 }),
)

// Checked to fail: answering false for every string that is not ASCII (no Unicode pattern) turns the first
// property red at once (`ª1`), and so does letting `:` into the ASCII pattern.
describe('the node code pattern without its Unicode classes for ASCII', () => {
  test.prop([text], propertyRuns(300))('answers as the pattern does', (value) => {
    expect(isNodeCode(value)).toBe(NODE_CODE.test(value))
    expect(nodeCodePattern().test(value)).toBe(NODE_CODE.test(value))
  })

  test.prop([text], propertyRuns(200))('leaves the schema’s results and issues as they were', (value) => {
    expect(NodeCodeSchema.safeParse(value)).toEqual(LiteralNodeCodeSchema.safeParse(value))
  })

  it('is the pattern for everything else a RegExp is', () => {
    const pattern = nodeCodePattern()
    expect(pattern).toBeInstanceOf(RegExp)
    expect([pattern.source, pattern.flags, String(pattern)]).toEqual([
      NODE_CODE.source,
      NODE_CODE.flags,
      String(NODE_CODE),
    ])
    expect(pattern.exec('Đ1.2')?.[0]).toBe('Đ1.2')
    expect(z.toJSONSchema(NodeCodeSchema)).toEqual(z.toJSONSchema(LiteralNodeCodeSchema))
  })
})
