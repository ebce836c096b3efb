import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChisoError } from '@chiso/core'
import { noteInput } from './run-files.js'

/**
 * The largest file {@link readRegularFile} reads, and the option that raises it (for the error's hint).
 *
 * @example
 * ```ts
 * const limit: ReadLimit = { maxBytes: 16 * 1024 * 1024, raiseWith: '--max-methodology-bytes' }
 * ```
 */
export interface ReadLimit {
  maxBytes: number
  raiseWith?: string
}

/**
 * Reads an input file's bytes, resolving `file` against `cwd`: only a regular file (a directory, a FIFO, a
 * device such as `/dev/zero` or a socket is refused with a located `UNREADABLE_FILE`, before a byte is
 * read), refused by its size before reading when over `limit.maxBytes`, and never more than
 * `limit.maxBytes + 1` bytes read whatever the size says (a file that grows, or lies about its size, stops
 * there with `LIMIT_EXCEEDED`). The file is opened without blocking, so a FIFO with no writer cannot hang the
 * run. The file is noted as an input of the run, so no `--out` may overwrite it.
 *
 * @example
 * ```ts
 * readRegularFile('du-lieu.csv', io.cwd, { maxBytes: 256 * 1024 * 1024, raiseWith: '--max-file-bytes' })
 * readRegularFile('/dev/zero', io.cwd, { maxBytes: 1024 }) // throws: /dev/zero is not a regular file (a device)
 * ```
 */
export function readRegularFile(file: string, cwd: string, limit: ReadLimit, sizeOnly = false): Buffer {
  const path = resolve(cwd, file)
  let descriptor: number
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw unreadable(file, describeFsError(error))
  }
  try {
    const stats = fstatSync(descriptor)
    if (!stats.isFile()) throw unreadable(file, `not a regular file (${kindOf(stats)})`)
    if (stats.size > limit.maxBytes) throw tooLarge(file, stats.size, limit, 'refused before reading')
    noteInput(path, stats)
    if (sizeOnly) return Buffer.alloc(0)
    // One byte more than allowed: enough to know the file is over the limit, never more.
    const capacity = Math.min(limit.maxBytes + 1, Math.max(stats.size, 0) + 1)
    let buffer = Buffer.allocUnsafe(capacity)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > limit.maxBytes) throw tooLarge(file, length, limit, 'stopped reading there')
        // The file grew since it was measured: read on, within the limit.
        const larger = Buffer.allocUnsafe(Math.min(limit.maxBytes + 1, buffer.length * 2))
        buffer.copy(larger, 0, 0, length)
        buffer = larger
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
    }
    if (length > limit.maxBytes) throw tooLarge(file, length, limit, 'stopped reading there')
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof ChisoError) throw error
    throw unreadable(file, describeFsError(error))
  } finally {
    closeSync(descriptor)
  }
}

function kindOf(stats: ReturnType<typeof fstatSync>): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a pipe (FIFO)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

function unreadable(file: string, why: string): ChisoError {
  return new ChisoError('UNREADABLE_FILE', `cannot read ${file}`, {
    issues: [{ file, message: `cannot read ${file}: ${why}` }],
  })
}

function tooLarge(file: string, size: number, limit: ReadLimit, when: string): ChisoError {
  const raise = limit.raiseWith === undefined ? '' : ` with ${limit.raiseWith}`
  return new ChisoError('LIMIT_EXCEEDED', `${file} is too large`, {
    issues: [
      {
        file,
        message: `${size} bytes exceed the limit of ${limit.maxBytes} bytes (${when})\n    hint: if the file is genuine, raise the limit${raise}`,
      },
    ],
  })
}

/**
 * A file-system error in words: `no such file`, `it is a directory`, `permission denied`, else the message.
 *
 * @example
 * ```ts
 * describeFsError(Object.assign(new Error('x'), { code: 'ENOENT' })) // 'no such file'
 * ```
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENXIO') return 'not a regular file (a pipe or socket nobody writes to)'
  return error instanceof Error ? error.message : String(error)
}
