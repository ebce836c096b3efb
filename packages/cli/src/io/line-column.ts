/**
 * Turns a 0-based character offset into a 1-based line and column (columns count code points, so a
 * Vietnamese letter is one column).
 *
 * @example
 * ```ts
 * lineColumn('a: 1\nb: x', 8) // { row: 2, column: 4 }
 * ```
 */
export function lineColumn(text: string, offset: number): { row: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { row: line, column: [...text.slice(lineStart, clamped)].length + 1 }
}
