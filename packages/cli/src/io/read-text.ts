import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChisoError } from '@chiso/core'

/**
 * Largest input file read (bytes): far above any real methodology or dataset, low enough to fail fast.
 *
 * @example
 * ```ts
 * MAX_INPUT_BYTES // 268435456 (256 MiB)
 * ```
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024

/**
 * Reads a text file as UTF-8, resolving `file` against `cwd`. A leading byte-order mark is kept (the format
 * readers decide what to do with it). Missing, unreadable or oversized files throw a located `ChisoError`;
 * a file larger than `maxBytes` is refused by its size, before anything is read.
 *
 * @example
 * ```ts
 * readText('par.methodology.yaml', process.cwd()) // 'id: par-index.province\n…'
 * readText('nope.yaml', '/tmp')                   // throws ChisoError: cannot read nope.yaml: no such file
 * ```
 */
export function readText(file: string, cwd: string, limit: SizeLimit = DEFAULT_SIZE_LIMIT): string {
  const maxBytes = limit.maxBytes
  let buffer: Buffer
  let size: number
  try {
    size = statSync(resolve(cwd, file)).size
  } catch (error) {
    throw new ChisoError('UNREADABLE_FILE', `cannot read ${file}`, {
      issues: [{ file, message: `cannot read ${file}: ${describeFsError(error)}` }],
    })
  }
  if (size > maxBytes) throw tooLarge(file, size, limit)
  try {
    buffer = readFileSync(resolve(cwd, file))
  } catch (error) {
    throw new ChisoError('UNREADABLE_FILE', `cannot read ${file}`, {
      issues: [{ file, message: `cannot read ${file}: ${describeFsError(error)}` }],
    })
  }
  // The file may have grown since it was measured.
  if (buffer.byteLength > maxBytes) throw tooLarge(file, buffer.byteLength, limit)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    throw new ChisoError('UNREADABLE_FILE', `${file} is not UTF-8`, {
      issues: [
        {
          file,
          message: `${file} is not valid UTF-8 text (save it as UTF-8, e.g. "CSV UTF-8" in Excel)`,
        },
      ],
    })
  }
}

/**
 * The largest file {@link readText} reads, and the option that raises it (for the error's hint).
 *
 * @example
 * ```ts
 * const limit: SizeLimit = { maxBytes: 16 * 1024 * 1024, raiseWith: '--max-methodology-bytes' }
 * ```
 */
export interface SizeLimit {
  maxBytes: number
  raiseWith?: string
}

const DEFAULT_SIZE_LIMIT: SizeLimit = { maxBytes: MAX_INPUT_BYTES }

function tooLarge(file: string, size: number, limit: SizeLimit): ChisoError {
  const raise = limit.raiseWith === undefined ? '' : ` with ${limit.raiseWith}`
  return new ChisoError('LIMIT_EXCEEDED', `${file} is too large`, {
    issues: [
      {
        file,
        message: `${size} bytes exceed the limit of ${limit.maxBytes} bytes (refused before reading)\n    hint: if the file is genuine, raise the limit${raise}`,
      },
    ],
  })
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Removes a leading UTF-8 byte-order mark, which Excel and Notepad write.
 *
 * @example
 * ```ts
 * stripBom('\uFEFFunit,name') // 'unit,name'
 * ```
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
