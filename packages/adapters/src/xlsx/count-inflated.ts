import { checkLimit, type ImportLimits } from '../report/limits.js'

/**
 * The second half of the zip-bomb guard: inflates every part of a ZIP container (an XLSX file) as a stream,
 * counting the bytes it really produces and discarding them, and throws a `ChisoError` (`LIMIT_EXCEEDED`)
 * as soon as the total passes `limits.maxUncompressedBytes`. `checkZipSize` trusts the sizes the ZIP directory
 * declares; a crafted file can declare small sizes and inflate to far more, and the XLSX reader would only
 * notice after holding it all in memory. Here memory stays at one chunk. Parts this cannot read (an unknown
 * compression method, corrupt data) are left to the XLSX reader, which reports them. Uses the platform's
 * `DecompressionStream` (Node ≥ 18, browsers).
 *
 * @example
 * ```ts
 * await countInflatedBytes(bytes, { ...DEFAULT_LIMITS, maxUncompressedBytes: 10_000_000 }, 'du-lieu.xlsx')
 * // returns the bytes the parts inflate to, e.g. 48211
 * ```
 */
export async function countInflatedBytes(
  bytes: Uint8Array,
  limits: ImportLimits,
  file: string,
): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const parts = zipParts(bytes, view)
  let total = 0
  for (const part of parts) {
    if (part.method === 0) total += part.data.byteLength
    else if (part.method === 8) {
      const inflated = await inflatedLength(part.data, limits.maxUncompressedBytes - total)
      if (inflated === undefined) continue
      total += inflated
    }
    checkLimit(limits, 'maxUncompressedBytes', total, { file })
  }
  return total
}

interface ZipPart {
  readonly method: number
  readonly data: Uint8Array
}

/** The parts listed in the central directory, located by their local headers; nothing if it is not a ZIP. */
function zipParts(bytes: Uint8Array, view: DataView): ZipPart[] {
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return []
  const parts: ZipPart[] = []
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) break
    const method = view.getUint16(offset + 10, true)
    const compressed = view.getUint32(offset + 20, true)
    const local = view.getUint32(offset + 42, true)
    if (local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      parts.push({ method, data: bytes.subarray(start, Math.min(bytes.length, start + compressed)) })
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return parts
}

/**
 * How many bytes a raw deflate stream inflates to, stopping as soon as it passes `budget` (then a number
 * above it); undefined when the data is not valid deflate.
 */
async function inflatedLength(data: Uint8Array, budget: number): Promise<number | undefined> {
  const stream = new DecompressionStream('deflate-raw')
  const writer = stream.writable.getWriter()
  // Errors surface on the reading side; the write side's promises are only there to be settled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {})
  writer.close().catch(() => {})
  const reader = stream.readable.getReader()
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return length
      length += value.byteLength
      if (length > budget) {
        await reader.cancel().catch(() => {})
        return length
      }
    }
  } catch {
    return undefined
  }
}
