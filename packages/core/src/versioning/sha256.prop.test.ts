import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { sha256Hex } from './sha256.js'

// The general path: the runtime's own SHA-256 (WebCrypto; in Node, OpenSSL's, the same as node:crypto's) over
// TextEncoder's UTF-8 bytes (a lone surrogate becomes U+FFFD). Reached through globalThis: core's tests have
// neither Node's types nor the DOM's.
const { crypto, TextEncoder } = globalThis as unknown as {
  crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } }
  TextEncoder: new () => { encode(text: string): Uint8Array }
}
const encoder = new TextEncoder()
const reference = async (text: string): Promise<string> =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('')

// Characters of every UTF-8 length, surrogate pairs and lone surrogates of both halves, so byte counts cross
// the padding boundaries (55/56 and 63/64 bytes in the last block) in every alignment within a word.
const character = fc.constantFrom(
  'a',
  '{',
  '"',
  'é',
  'Đ',
  'ỉ',
  '一',
  '😀',
  '\u{10FFFF}',
  '\uD800',
  '\uDFFF',
  '\u0000',
)
const mixed = fc.array(character, { maxLength: 140 }).map((characters) => characters.join(''))
const text = fc.oneof(
  mixed,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.nat({ max: 300 }).map((length) => 'x'.repeat(length)),
)

// Checked to fail: counting the blocks with `+ 9` instead of `+ 8` (one block too many at 55 bytes), writing
// the lone-surrogate replacement as `0xfffe`, or `>>> 2` instead of `>>> 3` in σ0 each turn it red at once.
describe('sha256Hex', () => {
  test.prop([text], propertyRuns(500))('gives the runtime’s digest of the UTF-8 bytes', async (value) => {
    expect(sha256Hex(value)).toBe(await reference(value))
  })

  test.prop([fc.string({ unit: 'binary', minLength: 4000, maxLength: 20000 })], propertyRuns(10))(
    'gives it for texts of many blocks too',
    async (value) => {
      expect(sha256Hex(value)).toBe(await reference(value))
    },
  )
})
