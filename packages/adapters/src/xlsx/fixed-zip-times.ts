/** DOS date of 1980-01-01 (the earliest a ZIP entry can carry) and time 00:00. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1
const DOS_TIME_MIDNIGHT = 0

/**
 * Sets every entry time of a ZIP container (an XLSX workbook) to 1980-01-01 00:00, in the local headers and
 * the central directory, so the same workbook always gives the same bytes (the ZIP writer stamps each part
 * with the current time). Extended-timestamp extra fields, if any, are zeroed too. Returns the same array.
 *
 * @example
 * ```ts
 * const bytes = fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
 * ```
 *
 * @category Export
 */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return bytes
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  for (let n = 0; n < entries && offset + 46 <= bytes.length; n++) {
    if (view.getUint32(offset, true) !== 0x02014b50) break
    view.setUint16(offset + 12, DOS_TIME_MIDNIGHT, true)
    view.setUint16(offset + 14, DOS_DATE_1980, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    zeroTimestamps(view, offset + 46 + nameLength, extraLength)
    const local = view.getUint32(offset + 42, true)
    if (local + 30 <= bytes.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, DOS_TIME_MIDNIGHT, true)
      view.setUint16(local + 12, DOS_DATE_1980, true)
      zeroTimestamps(view, local + 30 + view.getUint16(local + 26, true), view.getUint16(local + 28, true))
    }
    offset += 46 + nameLength + extraLength + commentLength
  }
  return bytes
}

/** Zeroes the times of an extended-timestamp (0x5455) extra field. */
function zeroTimestamps(view: DataView, start: number, length: number): void {
  let at = start
  while (at + 4 <= start + length && at + 4 <= view.byteLength) {
    const id = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (id === 0x5455) for (let i = at + 5; i + 4 <= at + 4 + size; i += 4) view.setUint32(i, 0, true)
    at += 4 + size
  }
}
