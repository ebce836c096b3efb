const CANDIDATES = [',', ';', '\t', '|'] as const

/**
 * A CSV delimiter chiso detects: comma, semicolon (Excel in locales with a decimal comma, such as
 * Vietnamese), tab (Excel's "Unicode text") or pipe.
 *
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = ';'
 * ```
 *
 * @category Import
 */
export type CsvDelimiter = (typeof CANDIDATES)[number]

/**
 * Picks the delimiter of a CSV text from its first line that holds one (not blank, not a `#` comment, not a
 * title line without any delimiter such as `UBND TỈNH THANH HÓA`): the candidate that occurs most often in it
 * outside quotes; `,` when no line has one.
 *
 * @example
 * ```ts
 * detectDelimiter('# note\nunit;name;1.1\nA;An;7,98\n') // ';'
 * detectDelimiter('unit\tname\t1.1\n')                  // '\t'
 * detectDelimiter('unit,"a;b;c",x\n')                   // ','
 * detectDelimiter('Bảng điểm\nunit;name;1.1\n')          // ';'
 * ```
 *
 * @category Import
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let start = 0
  let counts = new Map<string, number>()
  // Title lines have no delimiter at all: look a little further, to the first line that has one.
  for (let looked = 0; start <= text.length && looked < 50; looked++) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    if (line.trim() === '' || line.startsWith('#')) continue
    counts = delimiterCounts(line)
    if (counts.size > 0) break
  }
  let best: CsvDelimiter = ','
  let most = 0
  for (const candidate of CANDIDATES) {
    const n = counts.get(candidate) ?? 0
    if (n > most) {
      best = candidate
      most = n
    }
  }
  return best
}

/** How often each candidate occurs in a line, outside quotes. */
function delimiterCounts(line: string): Map<string, number> {
  const counts = new Map<string, number>()
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (CANDIDATES as ReadonlyArray<string>).includes(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1)
    }
  }
  return counts
}
