import { createHash } from 'node:crypto'
import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { sha256Hex } from './sha256.js'

// The general path: OpenSSL's SHA-256 through node:crypto, over the string's UTF-8 bytes (Node encodes a lone
// surrogate as U+FFFD, as TextEncoder and core's own encoder do).
const reference = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

// Characters of every UTF-8 length, surrogate pairs and lone surrogates of both halves, so byte counts cross
// the padding boundaries (55/56 and 63/64 bytes in the last block) in every alignment within a word.
const character = fc.constantFrom('a', '{', '"', 'é', 'Đ', 'ỉ', '一', '😀', '\u{10FFFF}', '\uD800', '\uDFFF', '\u0000')
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
  test.prop([text], propertyRuns(500))('gives node:crypto’s digest of the UTF-8 bytes', (value) => {
    expect(sha256Hex(value)).toBe(reference(value))
  })

  test.prop([fc.string({ unit: 'binary', minLength: 4000, maxLength: 20000 })], propertyRuns(10))(
    'gives it for texts of many blocks too',
    (value) => {
      expect(sha256Hex(value)).toBe(reference(value))
    },
  )
})
