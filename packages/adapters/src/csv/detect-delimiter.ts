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
 * Picks the delimiter of a CSV text from its header line (the first line that is neither blank nor a `#`
 * comment): the candidate that occurs most often outside quotes; `,` when none does.
 *
 * @example
 * ```ts
 * detectDelimiter('# note\nunit;name;1.1\nA;An;7,98\n') // ';'
 * detectDelimiter('unit\tname\t1.1\n')                  // '\t'
 * detectDelimiter('unit,"a;b;c",x\n')                   // ','
 * ```
 *
 * @category Import
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let start = 0
  let line = ''
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    line = text.slice(start, end)
    if (line.trim() !== '' && !line.startsWith('#')) break
    start = end + 1
    line = ''
  }
  const counts = new Map<string, number>()
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (CANDIDATES as ReadonlyArray<string>).includes(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1)
    }
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
