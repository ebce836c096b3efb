// SHA-256 (FIPS 180-4) over the UTF-8 bytes of a string, synchronous and identical in every JavaScript
// runtime. Written here because core may depend on zod and decimal.js only, must not import `node:crypto`,
// and WebCrypto's digest is asynchronous (fingerprints are needed inside synchronous compilation).
//
// Written for a cold start: a CLI run hashes one methodology's canonical text (about 4 KB) once, in a fresh
// process, so this code runs mostly in V8's interpreter before it is ever optimised. What is slow there is
// avoided (docs/performance.md, start-up, sixth pass): the state lives in local variables (destructuring a
// typed array goes through the iterator protocol), the text is encoded straight into big-endian 32-bit words
// (no byte array grown by `push`, no `DataView`), and the arithmetic stays in 32-bit signed integers (`| 0`,
// where `>>> 0` makes most values unsigned numbers above the small-integer range, each one a heap number).
// `sha256.prop.test.ts` compares the digests with the runtime's own (WebCrypto, in Node OpenSSL's).

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
])

/** One 32-bit word as 8 lower-case hex digits. */
const hex = (word: number): string => (word >>> 0).toString(16).padStart(8, '0')

/**
 * The SHA-256 digest of a string's UTF-8 bytes, as 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 *
 * @category Versioning
 */
export function sha256Hex(text: string): string {
  // The text as UTF-8 (lone surrogates become U+FFFD, as TextEncoder does), written straight into big-endian
  // 32-bit words, then padded as SHA-256 does: a 1 bit, zeros, and the length in bits as 64 bits. In this
  // function, not one of its own: as a function apart, the hash of a methodology's text took about twice the
  // instructions in a fresh process (callgrind: 33–45 M against 15–23 M).
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
  const words = new Int32Array((((text.length * 3 + 8) >> 6) + 1) * 16)
  let length = 0
  const put = (byte: number): void => {
    words[length >> 2]! |= byte << (24 - ((length & 3) << 3))
    length++
  }
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x80) {
      words[length >> 2]! |= code << (24 - ((length & 3) << 3))
      length++
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else code = 0xfffd
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd
    if (code < 0x800) {
      put(0xc0 | (code >> 6))
      put(0x80 | (code & 63))
    } else if (code < 0x10000) {
      put(0xe0 | (code >> 12))
      put(0x80 | ((code >> 6) & 63))
      put(0x80 | (code & 63))
    } else {
      put(0xf0 | (code >> 18))
      put(0x80 | ((code >> 12) & 63))
      put(0x80 | ((code >> 6) & 63))
      put(0x80 | (code & 63))
    }
  }
  const bytes = length
  put(0x80)
  const blocks = ((bytes + 8) >> 6) + 1
  // The length in bits, high word then low word (`<< 3` keeps the low 29 bits of the byte count).
  words[blocks * 16 - 2] = Math.floor(bytes / 0x20000000)
  words[blocks * 16 - 1] = bytes << 3
  let h0 = 0x6a09e667
  let h1 = 0xbb67ae85 | 0
  let h2 = 0x3c6ef372
  let h3 = 0xa54ff53a | 0
  let h4 = 0x510e527f
  let h5 = 0x9b05688c | 0
  let h6 = 0x1f83d9ab
  let h7 = 0x5be0cd19
  const w = new Int32Array(64)
  for (let offset = 0; offset < blocks * 16; offset += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[offset + t]!
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!
      const y = w[t - 2]!
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0
    }
    let a = h0
    let b = h1
    let c = h2
    let d = h3
    let e = h4
    let f = h5
    let g = h6
    let h = h7
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }
  return hex(h0) + hex(h1) + hex(h2) + hex(h3) + hex(h4) + hex(h5) + hex(h6) + hex(h7)
}
