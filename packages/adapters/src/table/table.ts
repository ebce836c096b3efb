import { invisibleCharacter, type Origin, UnitSchema } from '@chiso/core'
import { type Reason, reasonOf } from '../report/reason-code.js'

/**
 * A grid of cell texts read from a CSV file or a sheet, before any meaning is given to it. Rows are in
 * reading order; `rowNumbers[i]` is the file line (CSV) or sheet row (XLSX) of row `i`. XLSX numbers are
 * already decimal strings here.
 *
 * @example
 * ```ts
 * const table: Table = { file: 'd.csv', rows: [['unit', '1.1'], ['A', '7,5']], rowNumbers: [1, 2], width: 2 }
 * ```
 *
 * @category Import
 */
export interface Table {
  file: string
  sheet?: string
  rows: string[][]
  rowNumbers: number[]
  /** The number of columns (the longest row). */
  width: number
  /** Column labels in origins: letters (`E`) for sheets, numbers for CSV (default). */
  letters?: boolean
  /** Messages for cells read as missing on purpose (formulas without a cached value), keyed `row:column` (0-based). */
  warnings?: Map<string, string>
  /** For cells covered by a merged cell other than its top-left one: the address of that cell, keyed `row:column`. */
  merged?: Map<string, string>
}

/**
 * Converts a 1-based column number to spreadsheet letters.
 *
 * @example
 * ```ts
 * columnLetters(1)  // 'A'
 * columnLetters(28) // 'AB'
 * ```
 *
 * @category Import
 */
export function columnLetters(column: number): string {
  let out = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out
  return out
}

/**
 * Where cell (`r`, `c`) of a table (0-based indices into `rows`) lies in its file, as sheet coordinates, an
 * address and an origin for observations. A transposed view swaps the axes back.
 *
 * @example
 * ```ts
 * const at = locator(table, false)
 * at.position(1, 2) // { row: 2, column: 3 }
 * ```
 *
 * @category Import
 */
export interface Locator {
  position(r: number, c: number): { row: number; column: number }
  origin(r: number, c: number): Origin
  /** The `row` of `origin(r, c)`, without building the origin. */
  originRow(r: number, c: number): number
  /** The `column` of `origin(r, c)` (a number, or letters for a sheet), without building the origin. */
  originColumn(r: number, c: number): string | number
  address(r: number, c: number): string | undefined
}

/**
 * Builds the {@link Locator} of a table, read as it is or transposed (units in columns).
 *
 * @example
 * ```ts
 * locator({ file: 'd.csv', rows: [['unit']], rowNumbers: [3], width: 1 }, false).origin(0, 0)
 * // { file: 'd.csv', row: 3, column: 1 }
 * ```
 *
 * @category Import
 */
export function locator(table: Table, transposed: boolean): Locator {
  const { file, sheet, rowNumbers, letters } = table
  const position = transposed
    ? (r: number, c: number) => ({ row: rowNumbers[c] ?? c + 1, column: r + 1 })
    : (r: number, c: number) => ({ row: rowNumbers[r] ?? r + 1, column: c + 1 })
  // Column labels are computed once per column: a million-cell import builds one small origin per cell.
  const labels: Array<string | number> = []
  const label = (column: number): string | number => {
    let text = labels[column]
    if (text === undefined) {
      text = letters ? columnLetters(column) : column
      labels[column] = text
    }
    return text
  }
  const originRow = transposed
    ? (_r: number, c: number) => rowNumbers[c] ?? c + 1
    : (r: number, _c: number) => rowNumbers[r] ?? r + 1
  const originColumn = transposed
    ? (r: number, _c: number) => label(r + 1)
    : (_r: number, c: number) => label(c + 1)
  const origin = (r: number, c: number): Origin =>
    sheet === undefined
      ? { file, row: originRow(r, c), column: originColumn(r, c) }
      : { file, sheet, row: originRow(r, c), column: originColumn(r, c) }
  return {
    position,
    origin,
    originRow,
    originColumn,
    address: (r, c) => {
      if (!letters) return undefined
      const { row, column } = position(r, c)
      return `${columnLetters(column)}${row}`
    },
  }
}

/**
 * The table seen with rows and columns swapped (units in columns become units in rows). Warnings and merges
 * are re-keyed; {@link locator} with `transposed: true` maps positions back to the file.
 *
 * @example
 * ```ts
 * transposeTable({ file: 'd.csv', rows: [['unit', 'A'], ['1.1', '7']], rowNumbers: [1, 2], width: 2 }).rows
 * // [['unit', '1.1'], ['A', '7']]
 * ```
 *
 * @category Import
 */
export function transposeTable(table: Table): Table {
  const rows: string[][] = []
  for (let c = 0; c < table.width; c++) rows.push(table.rows.map((row) => row[c] ?? ''))
  const swap = (map: Map<string, string> | undefined) => {
    if (!map) return undefined
    const out = new Map<string, string>()
    for (const [key, value] of map) {
      const [r, c] = key.split(':')
      out.set(`${c}:${r}`, value)
    }
    return out
  }
  const warnings = swap(table.warnings)
  const merged = swap(table.merged)
  return {
    ...table,
    rows,
    width: table.rows.length,
    ...(warnings ? { warnings } : {}),
    ...(merged ? { merged } : {}),
  }
}

/**
 * Why a unit code cannot be a dataset's unit code (`UnitSchema`), or undefined when it can: longer than 200
 * characters, or holding an invisible character (a zero-width space makes `HN` and `H​N` two units that look
 * the same). The readers reject the row's cells with this reason and import the rest.
 *
 * @example
 * ```ts
 * unitCodeProblem('HN')              // undefined
 * unitCodeProblem('H\u200bN')?.text  // 'the unit code "H\u200bN" holds an invisible character (U+200B): …'
 * ```
 */
export function unitCodeProblem(code: string): Reason | undefined {
  // What the schema accepts without a change, told without it (a table has thousands of codes): NFC
  // already, 1 to 200 characters, no invisible character.
  if (
    code.length >= 1 &&
    code.length <= 200 &&
    invisibleCharacter(code) === undefined &&
    code.normalize('NFC') === code
  )
    return undefined
  const parsed = UnitSchema.shape.code.safeParse(code)
  if (parsed.success) return undefined
  if (code.length > 200) return reasonOf('unit-code-too-long')
  const character = invisibleCharacter(code.normalize('NFC'))
  if (character !== undefined)
    return reasonOf('invisible-in-unit-code', { code: code.normalize('NFC'), character })
  return reasonOf('not-a-unit-code')
}
