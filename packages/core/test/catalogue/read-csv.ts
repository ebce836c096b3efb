// A minimal CSV reader for the golden fixtures (core tests cannot use csv-parse): `#` comment lines, a header
// row, comma-separated cells without quotes. It refuses quoted cells rather than misreading them.

/** The records of a CSV text, keyed by header, values as text. */
export function readCsvRecords(text: string): Array<Record<string, string>> {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'))
  if (lines.some((line) => line.includes('"'))) throw new Error('quoted CSV cells are not supported here')
  const [header, ...rows] = lines.map((line) => line.split(',').map((cell) => cell.trim()))
  return rows.map((cells) => {
    if (cells.length !== header!.length)
      throw new Error(`expected ${header!.length} cells: ${cells.join(',')}`)
    return Object.fromEntries(header!.map((name, i) => [name, cells[i]!]))
  })
}
