/**
 * Splits CSV text that has nothing for a CSV parser to interpret — no quote (`"`), no
 * byte order mark, every line ending `\n` (or every one `\r\n`), every non-empty line with as many cells as
 * the first — into rows and their line numbers, exactly as csv-parse does with the options of
 * `parseCsvTable` (blank lines skipped), several times faster. Anything else returns undefined and is left to
 * csv-parse, which also reports malformed files. `split-simple-csv.test.ts` compares both on random text.
 *
 * @example
 * ```ts
 * splitSimpleCsv('unit,1.1\n\nA,7.5\n', ',', 1000)
 * // { rows: [['unit', '1.1'], ['A', '7.5']], rowNumbers: [1, 3] }
 * splitSimpleCsv('unit,1.1\n"A",7.5\n', ',', 1000) // undefined (quotes: csv-parse reads it)
 * ```
 */
export function splitSimpleCsv(
  text: string,
  delimiter: string,
  maxRows: number,
): { rows: string[][]; rowNumbers: number[] } | undefined {
  if (text.includes('"') || text.charCodeAt(0) === 0xfeff) return undefined
  let lines: string[]
  if (text.includes('\r')) {
    lines = text.split('\r\n')
    // A lone \r or \n beside \r\n endings: csv-parse's own reading decides.
    if (lines.some((line) => line.includes('\r') || line.includes('\n'))) return undefined
  } else lines = text.split('\n')
  if (lines.length > maxRows) return undefined
  const rows: string[][] = []
  const rowNumbers: number[] = []
  const shared = sharedCells()
  let width = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const cells = line.split(delimiter)
    if (width === -1) width = cells.length
    else if (cells.length !== width) return undefined
    shared(cells)
    rows.push(cells)
    rowNumbers.push(i + 1)
  }
  return { rows, rowNumbers }
}

/** Distinct cell texts shared: enough for a table of repeated values, bounded for one of unique values. */
const SHARED_CELLS_LIMIT = 65_536

/**
 * Replaces each cell of a row by the first equal cell text met, in place. A table of scores repeats a few
 * hundred texts over a million cells: the texts `split` made then die at once instead of living as long as
 * the table (the garbage collector copied every one of them, twice, before).
 */
function sharedCells(): (cells: string[]) => void {
  const known = new Map<string, string>()
  return (cells) => {
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as string
      const same = known.get(cell)
      if (same !== undefined) cells[c] = same
      else if (known.size < SHARED_CELLS_LIMIT) known.set(cell, cell)
    }
  }
}
