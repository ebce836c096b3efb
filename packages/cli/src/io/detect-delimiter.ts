/**
 * Picks the delimiter of a CSV text from its header line (the first line that is neither blank nor a `#`
 * comment): `;` when it has more semicolons than commas outside quotes (Excel in locales whose decimal
 * separator is a comma, such as Vietnamese, writes `;`), else `,`.
 *
 * @example
 * ```ts
 * detectDelimiter('# note\nunit;name;1.1\nA;An;7,98\n') // ';'
 * detectDelimiter('unit,name,1.1\n')                     // ','
 * ```
 */
export function detectDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? ''
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of header) {
    if (char === '"') quoted = !quoted
    else if (!quoted && char === ',') commas++
    else if (!quoted && char === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}
