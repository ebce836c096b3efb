import { importFailure } from '../report/import-failure.js'

/**
 * The text encodings chiso reads, as found by {@link decodeText}.
 *
 * @example
 * ```ts
 * const encoding: TextEncodingName = 'utf-16le' // "Unicode text" as Excel saves it
 * ```
 *
 * @category Import
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'

/**
 * Decodes a text file's bytes: UTF-8 with or without a byte-order mark, or UTF-16 (little-endian as Excel's
 * "Unicode text" writes it, or big-endian) with a byte-order mark, or UTF-16LE without one when every second
 * byte of an ASCII-looking start is zero. Invalid UTF-8 throws a `ChisoError` with a hint, never a
 * silent replacement character.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'a.csv') // { text: 'A', encoding: 'utf-8-bom' }
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'a.csv') // { text: 'A', encoding: 'utf-16le' }
 * ```
 *
 * @category Import
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncodingName } {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf)
    return { text: utf8(bytes.subarray(3), file), encoding: 'utf-8-bom' }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: utf16(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' }
  if (b0 === 0xfe && b1 === 0xff)
    return { text: utf16(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' }
  if (looksLikeUtf16Le(bytes)) return { text: utf16(bytes, 'utf-16le', file), encoding: 'utf-16le' }
  return { text: utf8(bytes, file), encoding: 'utf-8' }
}

function looksLikeUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 200)
  if (n < 4) return false
  // Mostly Latin text (headers, codes, digits): most high bytes are zero, low bytes almost never are.
  let highZero = 0
  let lowZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0) highZero++
    if (bytes[i] === 0) lowZero++
  }
  const pairs = n / 2
  return highZero >= 0.7 * pairs && lowZero <= 0.05 * pairs
}

function utf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw importFailure(`${file} is not UTF-8`, [
      {
        code: 'UNREADABLE_FILE',
        file,
        message: 'not valid UTF-8 or UTF-16 text',
        hint: 'save it as "CSV UTF-8" in Excel (or as UTF-16 "Unicode text"); legacy Vietnamese encodings (TCVN3, VNI) are not read',
      },
    ])
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw importFailure(`${file} is not ${encoding}`, [
      { code: 'UNREADABLE_FILE', file, message: `not valid ${encoding.toUpperCase()} text` },
    ])
  }
}
