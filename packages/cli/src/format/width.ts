/**
 * The display width of a text: its code points after NFC normalisation, so a Vietnamese letter with its marks
 * (`ệ`, whether typed precomposed or as `e` + combining marks) counts as one column.
 *
 * @example
 * ```ts
 * displayWidth('Hà Nội')                 // 6
 * displayWidth('He\u0323\u0302')        // 2 (e + dot below + circumflex → ệ)
 * ```
 */
export function displayWidth(text: string): number {
  // Printable ASCII is its own NFC form, one code point per character: no array of code points to build (a
  // ranking table of 10 000 units measures about 100 000 cells, twice).
  return PRINTABLE_ASCII.test(text) ? text.length : [...text.normalize('NFC')].length
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * Pads a text to a display width, on the right (`'left'` alignment) or on the left (`'right'`).
 *
 * @example
 * ```ts
 * pad('Huế', 5)          // 'Huế  '
 * pad('85.78', 7, 'right') // '  85.78'
 * ```
 */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'left' ? text + fill : fill + text
}
