import { checkLimit, type ImportLimits } from '../report/limits.js'

/**
 * The second half of the zip-bomb guard: inflates every part of a ZIP container (an XLSX file) as a stream,
 * counting the bytes it really produces and discarding them, and throws a `ChisoError` (`LIMIT_EXCEEDED`)
 * as soon as the total passes `limits.maxUncompressedBytes`. `checkZipSize` trusts the sizes the ZIP directory
 * declares; a crafted file can declare small sizes and inflate to far more, and the XLSX reader would only
 * notice after holding it all in memory. Here memory stays at one chunk. The cell elements of the worksheets
 * are counted on the way, and more than `limits.maxCells` of them is refused the same way, before the
 * reader builds an object for each. Parts this cannot read (an unknown
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
  // Cells of every sheet: the XLSX reader builds an object for each one when it opens the workbook.
  const cells = new CellCounter()
  for (const part of parts) {
    const sheet = WORKSHEET.test(part.name) ? cells : undefined
    if (part.method === 0) {
      total += part.data.byteLength
      sheet?.scan(part.data)
    } else if (part.method === 8) {
      const inflated = await inflatedLength(part.data, limits.maxUncompressedBytes - total, sheet)
      if (inflated === undefined) continue
      total += inflated
    }
    checkLimit(limits, 'maxUncompressedBytes', total, { file })
    sheet?.end()
    if (cells.count > limits.maxCells) checkLimit(limits, 'maxCells', cells.count, { file })
  }
  return total
}

/** The parts that hold a worksheet's cells. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i

/**
 * Counts the cell elements (`<c …>` or `<c>`) of worksheet XML given in chunks, without decoding or keeping
 * it: the count bounds what the XLSX reader will build before it is asked to.
 *
 * @example
 * ```ts
 * const counter = new CellCounter()
 * counter.scan(new TextEncoder().encode('<row><c r="A1"><v>1</v></c><c r="B1"/></row>'))
 * counter.count // 2
 * ```
 */
export class CellCounter {
  count = 0
  /** How much of `<c` the previous chunk ended with: 0 nothing, 1 `<`, 2 `<c`. */
  private state = 0
  scan(chunk: Uint8Array): void {
    let state = this.state
    let i = 0
    while (i < chunk.length) {
      if (state === 0) {
        // Jump to the next `<` (a native search: most bytes are not markup starts).
        const next = chunk.indexOf(0x3c, i)
        if (next < 0) break
        state = 1
        i = next + 1
        continue
      }
      const byte = chunk[i] as number
      if (state === 1) state = byte === 0x63 ? 2 : byte === 0x3c ? 1 : 0
      else {
        if (isNameEnd(byte)) this.count++
        state = byte === 0x3c ? 1 : 0
      }
      i++
    }
    this.state = state
  }
  end(): void {
    this.state = 0
  }
}

/** After `<c`: a space, `>` or `/` ends the element name (so `<col`, `<cols` are not cells). */
function isNameEnd(byte: number): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d
}

interface ZipPart {
  readonly name: string
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
    const nameLength = view.getUint16(offset + 28, true)
    const name = latin1(bytes.subarray(offset + 46, Math.min(bytes.length, offset + 46 + nameLength)))
    if (local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      parts.push({ name, method, data: bytes.subarray(start, Math.min(bytes.length, start + compressed)) })
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  return parts
}

/** A part name as bytes (ASCII in every workbook), without decoding surprises. */
function latin1(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return text
}

/**
 * How many bytes a raw deflate stream inflates to, stopping as soon as it passes `budget` (then a number
 * above it); undefined when the data is not valid deflate. `cells`, when given, counts the cell elements.
 */
async function inflatedLength(
  data: Uint8Array,
  budget: number,
  cells?: CellCounter,
): Promise<number | undefined> {
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
      cells?.scan(value)
      if (length > budget) {
        await reader.cancel().catch(() => {})
        return length
      }
    }
  } catch {
    return undefined
  }
}
