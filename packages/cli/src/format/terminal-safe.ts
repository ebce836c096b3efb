import type { Writer } from '../cli-io.js'

// Characters a terminal acts on instead of showing: C0 controls (escape sequences start with ESC), DEL, C1
// controls (U+009B is a one-character CSI), the line and paragraph separators, and the bidirectional
// controls that reorder what is shown (the "Trojan Source" characters).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// The same, but keeping the line breaks and tabs of chiso's own text, and the colour codes its stylist writes.
const STREAM_CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /\u001b\[(?:1|2|22|31|32|33|36|39)m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function shown(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * Makes a value (a unit's name or code, a header, a file name) safe to print in one cell or line of text
 * output: every control character, escape sequence start, line break and bidirectional control is written
 * out visibly (`\n`, `\u001b`, `\u202e`), so data can neither move the cursor, clear the screen, set the
 * window title nor add a fake line to a table.
 *
 * @example
 * ```ts
 * terminalSafe('Hà Nội')                  // 'Hà Nội'
 * terminalSafe('A\u001b[2J')              // 'A\\u001b[2J'
 * terminalSafe('X\n1  Fake  100')        // 'X\\n1  Fake  100'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, shown)
}

/**
 * The one printer for human-readable output: a {@link Writer} that passes chiso's own text through (line
 * breaks, tabs, the colour codes of its stylist) and writes every other control character visibly, as
 * {@link terminalSafe} does. The CLI writes stderr through it always, and stdout when stdout is a terminal
 * (files and pipes get data formats byte for byte). `unguarded` is the writer below, for the progress bar's
 * own cursor codes.
 *
 * @example
 * ```ts
 * const stderr = terminalSafeWriter(process.stderr)
 * stderr.write('error: unit "\u001b]0;pwned\u0007" …\n') // prints: error: unit "\u001b]0;pwned\u0007" …
 * ```
 */
export function terminalSafeWriter(writer: Writer): Writer & { unguarded: Writer } {
  return {
    write: (text: string) =>
      writer.write(text.replace(STREAM_CONTROLS, (match) => (match.length > 1 ? match : shown(match)))),
    ...(writer.isTTY === undefined ? {} : { isTTY: writer.isTTY }),
    unguarded: writer,
  }
}
