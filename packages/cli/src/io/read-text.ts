import { ChisoError } from '@chiso/core'
import { readRegularFile } from './read-regular-file.js'

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
 * readers decide what to do with it). Only a regular file is read (`readRegularFile`): missing, unreadable,
 * special (a directory, a FIFO, `/dev/zero`) or oversized files throw a located `ChisoError`; a file larger
 * than `maxBytes` is refused by its size, before anything is read, and no more than `maxBytes + 1` bytes are
 * ever read.
 *
 * @example
 * ```ts
 * readText('par.methodology.yaml', process.cwd()) // 'id: par-index.province\n…'
 * readText('nope.yaml', '/tmp')                   // throws ChisoError: cannot read nope.yaml: no such file
 * ```
 */
export function readText(file: string, cwd: string, limit: SizeLimit = DEFAULT_SIZE_LIMIT): string {
  const buffer = readRegularFile(file, cwd, limit)
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
