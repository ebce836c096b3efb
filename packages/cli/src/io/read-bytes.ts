import { readRegularFile } from './read-regular-file.js'

/**
 * Reads a data file's bytes, resolving `file` against `cwd`: a regular file only, refused by its size before
 * it is read when larger than `maxBytes`, and never more than `maxBytes + 1` bytes read (see
 * `readRegularFile`). Missing, unreadable or special files throw a located `ChisoError`. With `sizeOnly`,
 * only the checks are made.
 *
 * @example
 * ```ts
 * readBytes('du-lieu.xlsx', io.cwd, 256 * 1024 * 1024).byteLength // 48211
 * ```
 */
export function readBytes(file: string, cwd: string, maxBytes: number, sizeOnly = false): Uint8Array {
  const bytes = readRegularFile(file, cwd, { maxBytes, raiseWith: '--max-file-bytes' }, sizeOnly)
  return sizeOnly ? new Uint8Array() : bytes
}
