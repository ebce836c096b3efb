import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256.js'

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

  // Digests of one- to four-byte UTF-8 characters and a lone surrogate (encoded as U+FFFD, like TextEncoder),
  // from an independent implementation (Python's hashlib).
  it.each([
    ['a', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
    ['ỉ', '3aedbb66a5d93068dabce583d5ea11752c4a4c1722487adeaa79470e729b50f4'],
    ['é', '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'],
    ['😀', 'f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9'],
    ['\ud800', '83d544ccc223c057d2bf80d3f2a32982c32c3c0db8e2674820da5064783fb097'],
  ])('hashes %j as its UTF-8 bytes', (text, expected) => {
    expect(sha256Hex(text)).toBe(expected)
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
