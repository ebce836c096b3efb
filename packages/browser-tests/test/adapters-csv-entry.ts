// What the CSV parity test runs inside Chromium: @chiso/adapters/csv as a web app's bundler sees it (the
// `browser` condition picks csv-parse's browser build), reading files given as bytes.
import { readCsv } from '@chiso/adapters/csv'

/** A CSV file to read: its name, its bytes and the leaf codes of the methodology (none: every code column). */
export interface CsvCase {
  readonly file: string
  readonly bytes: number[]
  readonly leaves?: string[]
}

/** The import result as JSON, or the error's name, code and message when the file is refused. */
export function read(input: CsvCase): string {
  try {
    const leaves = input.leaves === undefined ? undefined : new Set(input.leaves)
    const result = readCsv(Uint8Array.from(input.bytes), { file: input.file, ...(leaves ? { leaves } : {}) })
    return JSON.stringify(result)
  } catch (error) {
    const { name, message, code } = error as { name: string; message: string; code?: string }
    return JSON.stringify({ refused: { name, code, message } })
  }
}
