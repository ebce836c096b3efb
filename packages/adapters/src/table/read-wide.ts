import { type Dataset, isChisoError, type Observation, parseDataset, type Unit } from '@chiso/core'
import { WellFormedObservations } from '@chiso/core/internal'
import {
  ambiguousSeparator,
  type SeparatorEvidence,
  separatorEvidenceByColumn,
} from '../cell/mixed-separators.js'
import { restoreNeutralised } from '../cell/neutralise.js'
import { CellRejection, cellRejection, readCell, rejectionAt } from '../cell/read-cell.js'
import { rememberedReadings } from '../cell/remembered-readings.js'
import type { ImportMapping } from '../mapping/mapping.js'
import { formulaWarning } from '../report/formula-warning.js'
import { emptyImportReport, type ImportResult, type RejectedCell } from '../report/import-report.js'
import { codedReason, type Reason, reasoned, reasonOf, withReasonCode } from '../report/reason-code.js'
import type { ColumnRole } from './headers.js'
import { attachNotes, type NoteCell } from './note-columns.js'
import { columnLetters, locator, type Table, transposeTable, unitCodeProblem } from './table.js'
import { wideHeader } from './wide-header.js'
import { accountForColumns, range } from './wide-report.js'

/**
 * Options of the table readers: the mapping, the methodology's leaf codes (columns naming anything else are
 * ignored and reported), and a progress callback for long imports.
 *
 * @example
 * ```ts
 * const options: TableReadOptions = { mapping: { unit: 'Mã' }, leaves: new Set(['1.1', '1.2']) }
 * ```
 *
 * @category Import
 */
export interface TableReadOptions {
  mapping?: ImportMapping
  /** The leaf codes of the methodology the data is for; columns naming other codes are ignored (reported). */
  leaves?: ReadonlySet<string>
  /** Called now and then with the rows read so far and the total. */
  onProgress?: (done: number, total: number) => void
}

/**
 * Reads a wide table (one row per unit and one column per leaf field; or, with `orientation: 'columns'`, one
 * column per unit — also tried by itself when `leaves` are given and no column of the header row holds one)
 * into a dataset and its import report. The header row is the one holding the unit column (`unit`,
 * `Mã đơn vị`… or the mapping's `unit`); rows above it are titles. Every cell is accounted for:
 * used, ignored (with a reason) or rejected (with location, value and reason). Rejected cells do not stop
 * the rest; they simply give no observation.
 *
 * @example
 * ```ts
 * const { dataset, report } = readWideTable(
 *   { file: 'd.csv', rows: [['unit', '1.1'], ['A', '7,5'], ['B', 'abc']], rowNumbers: [1, 2, 3], width: 2 },
 *   {},
 * )
 * dataset.observations // [{ unit: 'A', node: '1.1', field: 'value', value: '7.5', origin: { file: 'd.csv', row: 2, column: 2 } }]
 * report.rejected      // [{ file: 'd.csv', row: 3, column: 2, value: 'abc', reason: 'expected a number …' }]
 * ```
 *
 * @category Import
 */
export function readWideTable(source: Table, options: TableReadOptions = {}): ImportResult {
  const orientation = options.mapping?.orientation
  if (orientation !== undefined) return readOriented(source, options, orientation === 'columns')
  try {
    return readOriented(source, options, false)
  } catch (error) {
    // No column holds a leaf: perhaps the units are in columns (leaf codes down the first column).
    // Only when the methodology's leaves are known: otherwise unit codes would pass for leaf codes.
    if (options.leaves === undefined || !isChisoError(error) || error.code !== 'NO_LEAF_COLUMNS') throw error
    try {
      return readOriented(source, options, true)
    } catch {
      throw error
    }
  }
}

/** Reads `source` with its units in rows, or in columns when `transposed`: the header, then unit by unit. */
function readOriented(source: Table, options: TableReadOptions, transposed: boolean): ImportResult {
  const mapping = options.mapping ?? {}
  const table = transposed ? transposeTable(source) : source
  const at = locator(source, transposed)
  const { rows, width } = table
  const { headerIndex, roles, unitColumn, nameColumn, groupColumn, dataColumns, noteColumns } = wideHeader(
    source,
    table,
    at,
    mapping,
    options.leaves,
    transposed,
  )
  const merged = table.merged
  const corner = at.position(headerIndex, 0)
  const report = emptyImportReport(
    {
      file: source.file,
      sheet: source.sheet,
      format: 'wide',
      orientation: transposed ? 'columns' : 'rows',
      headerRow: transposed ? corner.column : corner.row,
    },
    rows.length * width,
  )
  const format = {
    decimal: mapping.decimal ?? 'auto',
    percent: mapping.percent ?? 'fraction',
    exponent: mapping.exponent !== false,
  } as const
  // Columns whose cells group thousands with a separator that another cell would read as the decimal point.
  const mixed =
    format.decimal === 'auto'
      ? separatorEvidenceByColumn(rows, headerIndex + 1, dataColumns)
      : new Map<number, SeparatorEvidence>()
  const reject = (r: number, c: number, value: string, reason: Reason, unit = '') => {
    const { row, column } = at.position(r, c)
    const address = at.address(r, c)
    const cell: RejectedCell = {
      file: source.file,
      ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
      row,
      column,
      ...(address === undefined ? {} : { address }),
      value,
      reason: reason.text,
      ...(unit === '' ? {} : { unit }),
    }
    report.rejected.push(withReasonCode(cell, reason))
  }
  const ignoreRows = (from: number, to: number, reason: Reason) => {
    if (to < from) return
    report.ignored.push(reasoned(range(at, from, to, 0, width - 1), reason))
  }
  let ignoredCells = 0

  // Titles above the header row.
  ignoreRows(0, headerIndex - 1, reasonOf('above-header'))
  ignoredCells += headerIndex * width

  const last = rows.length - 1
  accountForColumns(report, at, roles, headerIndex, last)
  const ignoredColumns = roles.filter((role) => role.role === 'ignored').length
  ignoredCells += ignoredColumns // the header cells of ignored columns

  // Merged cells and formula warnings are rare: only look them up when the table has any.
  const special = (merged?.size ?? 0) > 0 || (table.warnings?.size ?? 0) > 0
  const units: Unit[] = []
  // Checked as they are made, so parseDataset keeps them without going through a million again; notes and
  // rounds add keys the schema still has to read, so those tables are checked by parseDataset as before.
  const built =
    noteColumns.length === 0 && roles.every((role) => role.role !== 'data' || role.round === undefined)
      ? new WellFormedObservations(
          source.file,
          source.sheet,
          Math.max(0, last - headerIndex) * dataColumns.length,
        )
      : undefined
  // Each data column's target, checked once for all its cells.
  const targets = roles.map((role) =>
    built !== undefined && role.role === 'data'
      ? built.target(role.node, role.field, role.source)
      : undefined,
  )
  // Without a builder (notes, rounds), the observations as objects; with one, the builder keeps them.
  const observations: Observation[] = []
  const firstRow = new Map<string, number>()
  // Values repeat: each distinct cell text is read once, and equal values share one string (the table's
  // cells are dropped after the import).
  const read = rememberedReadings(format)
  let blankFrom = -1
  const progressEvery = Math.max(1, Math.floor(rows.length / 100))
  for (let r = headerIndex + 1; r <= last; r++) {
    if (options.onProgress && r % progressEvery === 0) options.onProgress(r, rows.length)
    const row = rows[r] as string[]
    if (isBlank(row)) {
      if (blankFrom < 0) blankFrom = r
      ignoredCells += width
      continue
    }
    if (blankFrom >= 0) {
      ignoreRows(blankFrom, r - 1, reasonOf('blank-row'))
      blankFrom = -1
    }
    const unit = restoreNeutralised((row[unitColumn] ?? '').normalize('NFC').trim())
    const seen = firstRow.get(unit)
    const problem = unit === '' ? undefined : unitCodeProblem(unit)
    const tooLong = problem !== undefined
    if (unit === '' || tooLong || seen !== undefined) {
      const line = transposed ? 'column' : 'row'
      const first =
        seen === undefined
          ? ''
          : transposed
            ? columnLetters(at.position(seen, 0).column)
            : String(at.position(seen, 0).row)
      const reason =
        unit === ''
          ? reasonOf('no-unit-code')
          : (problem ?? reasonOf('duplicate-unit', { unit, line, first }))
      let rejected = 0
      roles.forEach((role, c) => {
        const text = row[c] ?? ''
        if (role.role === 'ignored' || text.trim() === '') return
        reject(r, c, text, reason, tooLong ? '' : unit)
        rejected++
      })
      ignoreRows(r, r, reason)
      ignoredCells += width - rejected
      continue
    }
    firstRow.set(unit, r)
    const entry: Unit = { code: unit }
    if (nameColumn >= 0) {
      const name = restoreNeutralised((row[nameColumn] ?? '').normalize('NFC').trim())
      if (name !== '') entry.name = name
    }
    if (groupColumn >= 0) {
      const group = restoreNeutralised((row[groupColumn] ?? '').normalize('NFC').trim())
      if (group !== '') entry.group = group
    }
    units.push(entry)
    const rowStart = observations.length
    for (const c of dataColumns) {
      const role = roles[c] as Extract<ColumnRole, { role: 'data' }>
      const raw = row[c] ?? ''
      const key = special ? `${r}:${c}` : ''
      const master = special ? merged?.get(key) : undefined
      if (master !== undefined) {
        report.ignored.push(reasoned(range(at, r, r, c, c), reasonOf('merged-cell', { master })))
        ignoredCells++
        continue
      }
      let value: ReturnType<typeof readCell>
      const warning = special ? table.warnings?.get(key) : undefined
      if (warning !== undefined) {
        const { row: sheetRow, column } = at.position(r, c)
        const address = at.address(r, c)
        report.warnings.push(
          withReasonCode(
            { row: sheetRow, column, ...(address ? { address } : {}), message: warning },
            formulaWarning(warning),
          ),
        )
        value = null
      } else {
        const evidence = mixed.size > 0 ? mixed.get(c) : undefined
        const twoWays =
          evidence === undefined
            ? undefined
            : ambiguousSeparator(raw, evidence, (index) => ({
                address: at.address(headerIndex + 1 + index, c),
                row: at.position(headerIndex + 1 + index, c).row,
              }))
        value = twoWays === undefined ? read(raw) : cellRejection(twoWays)
      }
      if (value instanceof CellRejection) {
        reject(r, c, raw, rejectionAt(value, { column: role.header, unit }), unit)
        continue
      }
      // Keys in the schema's order (source before origin): parseDataset then keeps the object as it is.
      const target = targets[c]
      if (built !== undefined && target !== undefined) {
        built.add(unit, target, value, at.originRow(r, c), at.originColumn(r, c))
        continue
      }
      const origin = at.origin(r, c)
      const observation: Observation =
        role.source === undefined
          ? { unit, node: role.node, field: role.field, value, origin }
          : { unit, node: role.node, field: role.field, value, source: role.source, origin }
      if (role.round !== undefined) observation.round = role.round
      observations.push(observation)
    }
    if (noteColumns.length > 0) {
      const cells: NoteCell[] = noteColumns.map((c) => {
        const role = roles[c] as Extract<ColumnRole, { role: 'note' }>
        const text = restoreNeutralised(row[c] ?? '')
        return {
          target: role,
          header: role.header,
          text,
          reject: (reason) => reject(r, c, text, reason, unit),
        }
      })
      attachNotes(observations.slice(rowStart), cells)
    }
    // Values in columns without a header are rejected: they look like data nobody can place.
    roles.forEach((role, c) => {
      if (role.role !== 'ignored') return
      const text = row[c] ?? ''
      if (codedReason(role)?.code === 'no-header' && text.trim() !== '')
        reject(r, c, text, reasonOf('value-without-header'), unit)
      else if (
        role.copyOf !== undefined &&
        text.trim() !== '' &&
        conflicts(text, row[role.copyOf] ?? '', format)
      )
        // Two columns for one leaf field: the first is used; a second that says otherwise is not silently dropped.
        reject(
          r,
          c,
          text,
          reasonOf('duplicate-column-value', {
            ...(codedReason(role)?.params as { label: string; name: string }),
            other: (row[role.copyOf] ?? '').trim(),
          }),
          unit,
        )
      else ignoredCells++
    })
  }
  if (blankFrom >= 0) ignoreRows(blankFrom, last, reasonOf('blank-row'))
  options.onProgress?.(rows.length, rows.length)

  report.units = units.length
  report.observations = built?.count ?? observations.length
  report.cells.rejected = report.rejected.length
  report.cells.ignored = ignoredCells
  report.cells.used = report.cells.total - ignoredCells - report.rejected.length
  // A builder's observations stay columns until something reads them (`chiso score` never does).
  const dataset: Dataset = parseDataset(built?.dataset(units) ?? { units, observations })
  return { dataset, report }
}

/** Whether two cells of one leaf field read as different values. */
function conflicts(text: string, first: string, format: Parameters<typeof readCell>[1]): boolean {
  const a = readCell(text, format)
  const b = readCell(first, format)
  if (a instanceof CellRejection || b instanceof CellRejection) return text.trim() !== first.trim()
  return a !== b
}

function isBlank(row: ReadonlyArray<string>): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false
  return true
}
