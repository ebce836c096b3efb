// Writes a grid as CSV bytes the way different tools do (test-only): delimiters, quoting, line endings, BOMs
// and UTF-16.
import { fc } from '@fast-check/vitest'

/** How a grid becomes bytes. */
export interface CsvStyle {
  readonly delimiter: ',' | ';' | '\t' | '|'
  readonly quoting: 'minimal' | 'all' | 'none'
  readonly newline: '\n' | '\r\n' | '\r'
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom'
  readonly finalNewline: boolean
}

/** Styles, mostly the common ones. */
export const csvStyleArb: fc.Arbitrary<CsvStyle> = fc.record({
  delimiter: fc.constantFrom<CsvStyle['delimiter']>(',', ',', ';', '\t', '|'),
  quoting: fc.constantFrom<CsvStyle['quoting']>('minimal', 'minimal', 'minimal', 'all', 'all', 'none'),
  newline: fc.constantFrom<CsvStyle['newline']>('\n', '\n', '\r\n', '\r'),
  encoding: fc.constantFrom<CsvStyle['encoding']>(
    'utf-8',
    'utf-8',
    'utf-8-bom',
    'utf-16le',
    'utf-16le-bom',
    'utf-16be-bom',
  ),
  finalNewline: fc.boolean(),
})

/** The grid as CSV bytes in the given style (`quoting: 'none'` writes cells raw, so it may break the file). */
export function encodeCsv(grid: ReadonlyArray<ReadonlyArray<string>>, style: CsvStyle): Uint8Array {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`
  const needs = (cell: string) =>
    cell.includes(style.delimiter) || /["\r\n]/.test(cell) || cell.startsWith('#') || cell.trim() !== cell
  const text =
    grid
      .map((row) =>
        row
          .map((cell) =>
            style.quoting === 'all'
              ? quote(cell)
              : style.quoting === 'minimal' && needs(cell)
                ? quote(cell)
                : cell,
          )
          .join(style.delimiter),
      )
      .join(style.newline) + (style.finalNewline ? style.newline : '')
  return encodeText(text, style.encoding)
}

/** Text as bytes in one of the encodings CSV files come in. */
export function encodeText(text: string, encoding: CsvStyle['encoding']): Uint8Array {
  const utf8 = new TextEncoder().encode(text)
  if (encoding === 'utf-8') return utf8
  if (encoding === 'utf-8-bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))
  const little = encoding !== 'utf-16be-bom'
  const bytes = units.flatMap((unit) => (little ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]))
  const bom = encoding === 'utf-16le-bom' ? [0xff, 0xfe] : encoding === 'utf-16be-bom' ? [0xfe, 0xff] : []
  return Uint8Array.from([...bom, ...bytes])
}
