import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChisoError, isChisoError } from '@chiso/core'

/**
 * Reads a data file's bytes, resolving `file` against `cwd`, refusing files larger than `maxBytes` before
 * reading them. Missing or unreadable files throw a located `ChisoError`.
 *
 * @example
 * ```ts
 * readBytes('du-lieu.xlsx', io.cwd, 256 * 1024 * 1024).byteLength // 48211
 * ```
 */
export function readBytes(file: string, cwd: string, maxBytes: number, sizeOnly = false): Uint8Array {
  const path = resolve(cwd, file)
  try {
    const size = statSync(path).size
    if (size > maxBytes) {
      throw new ChisoError('LIMIT_EXCEEDED', `${file} is too large`, {
        issues: [
          {
            file,
            message: `${size} bytes exceed the limit of ${maxBytes} bytes\n    hint: if the file is genuine, raise the limit with --max-file-bytes`,
          },
        ],
      })
    }
    return sizeOnly ? new Uint8Array() : readFileSync(path)
  } catch (error) {
    if (isChisoError(error)) throw error
    const code = (error as { code?: unknown } | null)?.code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : error instanceof Error
            ? error.message
            : String(error)
    throw new ChisoError('UNREADABLE_FILE', `cannot read ${file}`, {
      issues: [{ file, message: `cannot read ${file}: ${why}` }],
    })
  }
}
