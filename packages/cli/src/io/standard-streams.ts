// The executable's stdout and stderr as the CLI's writers, without building Node's stream objects a run does not need.
import { fstatSync, writeSync } from 'node:fs'
import type { Writer } from '../cli-io.js'

/**
 * The process's stdout. When it is a file, a pipe or a socket, text is written to its descriptor with
 * `writeSync`, as Node itself writes to a file: `process.stdout` on a pipe or socket is a `net.Socket`, and
 * creating it loads Node's net and stream modules, several milliseconds of a cold `chiso score` that writes
 * its result once (docs/performance.md, start-up). The bytes are the same; the write returns once they are
 * all written (a full pipe waits for its reader). `onClosed` runs when the reader has gone (`EPIPE`, e.g.
 * `chiso score … | head`). Anything else (a terminal, and everything on Windows) gets `process.stdout`.
 *
 * @example
 * ```ts
 * const stdout = standardOutput(() => process.exit(0))
 * stdout.write('ok\n')
 * ```
 */
export function standardOutput(onClosed: () => void): Writer {
  if (!isFileOrPipe(1)) {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') onClosed()
      throw error
    })
    return process.stdout
  }
  return {
    write(text: string) {
      try {
        writeAll(1, Buffer.from(text, 'utf8'))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
        onClosed()
      }
      return true
    },
  }
}

/**
 * The process's stderr: `process.stderr` itself, built at the first write when it is a file, a pipe or a socket
 * (a successful run writes nothing there, and would otherwise build it for nothing — see
 * {@link standardOutput}); its `isTTY` is then `undefined`, as `process.stderr`'s would be.
 *
 * @example
 * ```ts
 * const stderr = standardError()
 * stderr.write('warning\n') // process.stderr is built now
 * ```
 */
export function standardError(): Writer {
  if (!isFileOrPipe(2)) return process.stderr
  return { write: (text: string) => process.stderr.write(text) }
}

// True for a regular file, a pipe or a socket: never a terminal. A character device may be one (or /dev/null):
// Node's own stream decides there.
function isFileOrPipe(descriptor: number): boolean {
  if (process.platform === 'win32') return false
  try {
    const stats = fstatSync(descriptor)
    return stats.isFile() || stats.isFIFO() || stats.isSocket()
  } catch {
    return false
  }
}

// writeSync may write less than asked (a signal, a full pipe); a descriptor another process made non-blocking
// answers EAGAIN when full: wait a millisecond for the reader and go on.
function writeAll(descriptor: number, bytes: Uint8Array): void {
  let written = 0
  while (written < bytes.length) {
    try {
      written += writeSync(descriptor, bytes, written, bytes.length - written)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
    }
  }
}
