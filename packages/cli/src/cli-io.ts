/**
 * Something text can be written to: `process.stdout`, `process.stderr`, or a test's buffer.
 *
 * @example
 * ```ts
 * const writer: Writer = { write: (text) => chunks.push(text) }
 * ```
 *
 * @category Command line
 */
export interface Writer {
  /** Writes a chunk of text (UTF-8). */
  write(text: string): unknown
  /** True when the writer is an interactive terminal (colour is used only then). */
  isTTY?: boolean
}

/**
 * Where a CLI run reads and writes: its output streams and its working directory. Passing these in, instead
 * of touching `process`, lets tests and other programs run the CLI in-process.
 *
 * @example
 * ```ts
 * const io: CliIO = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }
 * ```
 *
 * @category Command line
 */
export interface CliIO {
  /** Results: the ranking table, JSON, validation reports. */
  stdout: Writer
  /** Diagnostics, errors and notes. */
  stderr: Writer
  /** The directory relative paths are resolved against. */
  cwd: string
  /** Force colour on or off; by default colour is used only when `stdout.isTTY` and `NO_COLOR` is unset. */
  color?: boolean
}
