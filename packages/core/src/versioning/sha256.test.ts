import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8 } from './sha256.js'

describe('sha256Hex', () => {
  // Test vectors from FIPS 180-4 examples and NIST's SHA-256 short/long message tests.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1000000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes a %#', (text, expected) => {
    expect(sha256Hex(text)).toBe(expected)
  })

  it.each([
    ['a', [0x61]],
    ['ỉ', [0xe1, 0xbb, 0x89]],
    ['é', [0xc3, 0xa9]],
    ['😀', [0xf0, 0x9f, 0x98, 0x80]],
    ['\ud800', [0xef, 0xbf, 0xbd]],
  ])('encodes %j as UTF-8 (lone surrogates as U+FFFD, like TextEncoder)', (text, bytes) => {
    expect(Array.from(utf8(text))).toEqual(bytes)
  })

  // Reference digests from an independent implementation (OpenSSL through node:crypto).
  it.each([
    [55, 'd5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072'],
    [56, '04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e'],
    [63, '75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2'],
    [64, '7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c'],
    [65, '9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9'],
  ])('handles %i bytes, around the padding boundaries', (length, expected) => {
    expect(sha256Hex('x'.repeat(length))).toBe(expected)
  })
})
