// One file of the CLI's own code cache (Node < 22.1): V8's data for one module's code, and which version of
// which source file it was made from, so that it is used only for that source and can be recognised as stale.
import { createHash } from 'node:crypto'
import {
  closeSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'

// The layout: MAGIC, the source's size and modification time (float64 each), the SHA-1 of everything after it
// (the path's length and the path, then the data), the source's path length (uint32) and path (UTF-8), the data.
const MAGIC = Buffer.from('chisocc2', 'latin1')
const STAMP_AT = MAGIC.length
const DIGEST_AT = STAMP_AT + 16
const PATH_LENGTH_AT = DIGEST_AT + 20
const PATH_AT = PATH_LENGTH_AT + 4
// No source path is longer (Linux allows 4 096 bytes): a larger length is a damaged file.
const LONGEST_PATH = 4096

/** Which source a cache file was made from: its path and its size and modification time then. */
export interface CacheFileSource {
  readonly source: string
  readonly stamp: Buffer
}

/**
 * The source's size and modification time, as a cache file records them (16 bytes), or `undefined` when the
 * source cannot be read.
 *
 * @example
 * ```ts
 * const stamp = stampOf(__filename) // changes whenever the file is rewritten
 * ```
 */
export function stampOf(source: string): Buffer | undefined {
  try {
    const stats = statSync(source)
    const stamp = Buffer.alloc(16)
    stamp.writeDoubleLE(stats.size, 0)
    stamp.writeDoubleLE(stats.mtimeMs, 8)
    return stamp
  } catch {
    return undefined
  }
}

/**
 * V8's data in `file`, if the file was made from `source` as `stamp` describes it and is whole (its SHA-1
 * matches); `undefined` otherwise, and when it cannot be read.
 *
 * @example
 * ```ts
 * const data = readCachedData(file, filename, stamp) // then new vm.Script(code, { cachedData: data })
 * ```
 */
export function readCachedData(file: string, source: string, stamp: Buffer): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  const header = headerIn(bytes)
  if (header === undefined || header.source !== source || !header.stamp.equals(stamp)) return undefined
  const digest = createHash('sha1').update(bytes.subarray(PATH_LENGTH_AT)).digest()
  if (!digest.equals(bytes.subarray(DIGEST_AT, PATH_LENGTH_AT))) return undefined
  return bytes.subarray(PATH_AT + header.pathLength)
}

/**
 * Writes `data` for `source` to `file` whole under a name of its own, then renames it into place, so that a
 * reader never sees half a file; every error is ignored (the next run compiles the module again).
 *
 * @example
 * ```ts
 * writeCachedData(file, filename, stamp, script.createCachedData())
 * ```
 */
export function writeCachedData(file: string, source: string, stamp: Buffer, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    const path = Buffer.from(source, 'utf8')
    const pathLength = Buffer.alloc(4)
    pathLength.writeUInt32LE(path.length, 0)
    const digest = createHash('sha1').update(pathLength).update(path).update(data).digest()
    writeFileSync(temporary, Buffer.concat([MAGIC, stamp, digest, pathLength, path, data]), { mode: 0o600 })
    renameSync(temporary, file)
  } catch {
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing was written.
    }
  }
}

/**
 * Which source the cache file `file` was made from, read from its header alone (the data is not read), or
 * `undefined` when it is not a cache file of this format or cannot be read.
 *
 * @example
 * ```ts
 * const made = sourceOfCacheFile(file)
 * const stale = made === undefined || !stampOf(made.source)?.equals(made.stamp)
 * ```
 */
export function sourceOfCacheFile(file: string): CacheFileSource | undefined {
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'r')
    const head = Buffer.alloc(PATH_AT + LONGEST_PATH)
    const read = readSync(descriptor, head, 0, head.length, 0)
    const header = headerIn(head.subarray(0, read))
    return header === undefined ? undefined : { source: header.source, stamp: header.stamp }
  } catch {
    return undefined
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/** The header at the start of `bytes`, if they begin with one of this format. */
function headerIn(bytes: Buffer): (CacheFileSource & { readonly pathLength: number }) | undefined {
  if (bytes.length < PATH_AT || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined
  const pathLength = bytes.readUInt32LE(PATH_LENGTH_AT)
  if (pathLength > LONGEST_PATH || bytes.length < PATH_AT + pathLength) return undefined
  return {
    source: bytes.toString('utf8', PATH_AT, PATH_AT + pathLength),
    stamp: bytes.subarray(STAMP_AT, DIGEST_AT),
    pathLength,
  }
}
