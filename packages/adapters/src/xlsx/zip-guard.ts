import type { ChisoError } from '@chiso/core'
import { importFailure } from '../report/import-failure.js'
import { checkLimit, type ImportLimits } from '../report/limits.js'

/**
 * The zip-bomb guard: reads the central directory of a ZIP container (an XLSX file) and throws an
 * `ChisoError` (`LIMIT_EXCEEDED`) when its parts would inflate to more than `limits.maxUncompressedBytes`,
 * before anything is decompressed. Files that are not ZIP containers, or that use ZIP64 sizes, are refused
 * with a clear error.
 *
 * @example
 * ```ts
 * checkZipSize(bytes, { ...DEFAULT_LIMITS, maxUncompressedBytes: 10_000_000 }, 'du-lieu.xlsx')
 * // returns the total uncompressed size, e.g. 48211
 * ```
 *
 * @category Import
 */
export function checkZipSize(bytes: Uint8Array, limits: ImportLimits, file: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const notZip = () =>
    importFailure(`${file} is not an XLSX file`, [
      {
        code: 'INVALID_XLSX',
        file,
        message: 'not an XLSX workbook (no ZIP directory found)',
        hint: 'save it from Excel as "Excel Workbook (*.xlsx)"; older .xls files are not read',
      },
    ])
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw notZip()
  const entries = view.getUint16(end + 10, true)
  let offset = view.getUint32(end + 16, true)
  if (entries === 0xffff || offset === 0xffffffff) throw zip64(file)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw notZip()
    const size = view.getUint32(offset + 24, true)
    if (size === 0xffffffff) throw zip64(file)
    total += size
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true)
  }
  checkLimit(limits, 'maxUncompressedBytes', total, { file })
  return total
}

function zip64(file: string): ChisoError {
  return importFailure(`${file} is too large`, [
    { code: 'LIMIT_EXCEEDED', file, message: 'the workbook uses ZIP64 (parts over 4 GiB): refused' },
  ])
}
