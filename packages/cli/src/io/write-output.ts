import type * as Crypto from 'node:crypto'
import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { ChisoError } from '@chiso/core'
import { guardTemporary } from './pending-temporaries.js'
import { requireBuiltin } from './require-builtin.js'
import { checkOutputPath } from './run-files.js'

/**
 * Writes a command's `--out` file atomically: the content goes to a temporary file beside the target, which
 * is then renamed over it. A reader never sees a half-written file, and a failure leaves the old file (if
 * any) untouched. A file that cannot be written becomes a located `ChisoError` (`UNWRITABLE_FILE`, exit 1).
 * The target may not be one of the run's inputs (`checkOutputPath`), and an interrupted write leaves no
 * temporary file behind (`guardTemporary`).
 *
 * @example
 * ```ts
 * writeOutputFile('ranking.json', text, io.cwd)
 * writeOutputFile('ranking.xlsx', bytes, io.cwd)
 * ```
 */
export function writeOutputFile(file: string, content: string | Uint8Array, cwd: string): void {
  checkOutputPath(file, cwd)
  const target = resolve(cwd, file)
  const temporary = temporaryBeside(target)
  guardTemporary(temporary, () => {
    try {
      writeFileSync(temporary, content)
      renameSync(temporary, target)
    } catch (error) {
      rmSync(temporary, { force: true })
      throw unwritable(file, error)
    }
  })
}

/** Chunks are gathered up to this many characters before each write, so a write is neither tiny nor huge. */
const FLUSH_AT = 1 << 20

/**
 * Writes a command's `--out` file atomically like {@link writeOutputFile}, from text produced in chunks:
 * `produce` calls `emit` with each chunk, which goes to the temporary file (gathered into writes of about
 * 1 MB) before the rename. The whole text is never held in memory, so outputs larger than one string can
 * hold are written too. A failure of `produce` itself is rethrown as it is, after removing the temporary file.
 * The same output check and interruption guard apply.
 *
 * @example
 * ```ts
 * writeOutputFileInChunks('ranking.json', io.cwd, (emit) => {
 *   for (const unit of units) emit(`${JSON.stringify(unit)}\n`)
 * })
 * ```
 */
export function writeOutputFileInChunks(
  file: string,
  cwd: string,
  produce: (emit: (chunk: string) => void) => void,
): void {
  checkOutputPath(file, cwd)
  const target = resolve(cwd, file)
  const temporary = temporaryBeside(target)
  guardTemporary(temporary, () => writeChunks(file, target, temporary, produce))
}

function writeChunks(
  file: string,
  target: string,
  temporary: string,
  produce: (emit: (chunk: string) => void) => void,
): void {
  let descriptor: number | undefined
  try {
    descriptor = openSync(temporary, 'w')
  } catch (error) {
    throw unwritable(file, error)
  }
  // Failures of the file system become located ChisoErrors here; anything else (a failing `produce`) passes unchanged.
  const onDisk = (step: () => void) => {
    try {
      step()
    } catch (error) {
      throw unwritable(file, error)
    }
  }
  try {
    const into = descriptor
    // Each chunk is encoded straight into one reused buffer, written when the next chunk might not fit: no
    // concatenation of the chunks and no new buffer per write.
    const buffer = Buffer.allocUnsafe(FLUSH_AT * 3)
    let filled = 0
    produce((chunk) => {
      // At most three bytes per UTF-16 code unit in UTF-8.
      if (filled + chunk.length * 3 > buffer.length) {
        onDisk(() => writeAll(into, buffer, filled))
        filled = 0
      }
      if (chunk.length * 3 > buffer.length) onDisk(() => writeAll(into, Buffer.from(chunk, 'utf8')))
      else filled += buffer.write(chunk, filled, 'utf8')
    })
    onDisk(() => writeAll(into, buffer, filled))
    descriptor = undefined
    onDisk(() => closeSync(into))
    onDisk(() => renameSync(temporary, target))
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor)
    rmSync(temporary, { force: true })
    throw error
  }
}

/**
 * Passes text produced in chunks to a writer (stdout) in pieces of about 64 KB: fewer, larger writes than one
 * per chunk, and never the whole text at once.
 *
 * @example
 * ```ts
 * writeInChunks(io.stdout, (emit) => writeContractJson(scorecard, order, {}, emit))
 * ```
 */
export function writeInChunks(
  writer: { write(text: string): unknown },
  produce: (emit: (chunk: string) => void) => void,
): void {
  let pending = ''
  produce((chunk) => {
    pending += chunk
    if (pending.length >= 1 << 16) {
      writer.write(pending)
      pending = ''
    }
  })
  if (pending !== '') writer.write(pending)
}

// writeSync may write less than asked (a signal, a full pipe): loop until every byte is written.
function writeAll(descriptor: number, bytes: Uint8Array, length = bytes.length): void {
  let written = 0
  while (written < length) written += writeSync(descriptor, bytes, written, length - written)
}

// Same directory as the target, so the rename never crosses file systems.
function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomHex(6)}.tmp`)
}

function unwritable(file: string, error: unknown): ChisoError {
  return new ChisoError('UNWRITABLE_FILE', `cannot write ${file}`, {
    issues: [
      {
        file,
        message: `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
      },
    ],
  })
}

// node:crypto is loaded at the first file written: a cold `chiso score` to stdout writes none and does not pay
// for loading it (docs/performance.md, start-up).
function randomHex(bytes: number): string {
  return requireBuiltin<typeof Crypto>('node:crypto').randomBytes(bytes).toString('hex')
}
