import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError } from './input-error.js'

/**
 * Reads a data file's bytes, resolving `file` against `cwd`, refusing files larger than `maxBytes` before
 * reading them. Missing or unreadable files throw an {@link InputError}.
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
      throw new InputError(`${file} is too large`, [
        {
          code: 'LIMIT_EXCEEDED',
          file,
          message: `${size} bytes exceed the limit of ${maxBytes} bytes\n    hint: if the file is genuine, raise the limit with --max-file-bytes`,
        },
      ])
    }
    return sizeOnly ? new Uint8Array() : readFileSync(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as { code?: unknown } | null)?.code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : error instanceof Error
            ? error.message
            : String(error)
    throw new InputError(`cannot read ${file}`, [
      { code: 'UNREADABLE_FILE', file, message: `cannot read ${file}: ${why}` },
    ])
  }
}
