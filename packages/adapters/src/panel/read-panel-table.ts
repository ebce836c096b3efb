import { comparePeriods, type Dataset } from '@chiso/core'
import type { ImportReport, ImportResult, RejectedCell } from '../report/import-report.js'
import { type Reason, reasoned, reasonOf, withReasonCode } from '../report/reason-code.js'
import { readLongTable } from '../table/read-long.js'
import { readWideTable, type TableReadOptions } from '../table/read-wide.js'
import { locator, type Table } from '../table/table.js'
import { splitByPeriod } from './split-by-period.js'

/**
 * The periods of a panel file: per period (in time order) its dataset (with `period` set) and the report of
 * its rows. The import result's own report accounts for every cell of the file once.
 *
 * @example
 * ```ts
 * const panel: PanelImport = { periods: [{ period: '2023', dataset, report }] }
 * ```
 *
 * @category Import
 */
export interface PanelImport {
  periods: Array<{ period: string; dataset: Dataset; report: ImportReport }>
}

/**
 * Reads a table with a period column as a panel: the table is cut by period ({@link splitByPeriod}) and each
 * period is read by the ordinary wide or long reader, so a period holds exactly what a one-period file would.
 * The combined report counts every cell once: the period cells are `used` as `period`, blank rows ignored,
 * and the cells of a row without a period rejected (its unit is named). `undefined` when the table has no
 * period column. The result's `dataset` is empty: the data is in `panel`.
 *
 * @example
 * ```ts
 * const table = { file: 'd.csv', rows: [['unit', 'year', '1.1'], ['A', '2022', '1'], ['A', '2023', '2']], rowNumbers: [1, 2, 3], width: 3 }
 * readPanelTable(table, {}, false)?.panel.periods.map((p) => p.period) // ['2022', '2023']
 * ```
 *
 * @category Import
 */
export function readPanelTable(
  table: Table,
  options: TableReadOptions,
  long: boolean,
): (ImportResult & { panel: PanelImport }) | undefined {
  const split = splitByPeriod(table, options.mapping ?? {})
  if (split === undefined) return undefined
  // The period column is the panel's, never a leaf (`year` would pass for a node code).
  const periodHeader = (table.rows[split.headerIndex] ?? [])[split.column] ?? ''
  const mapping = options.mapping ?? {}
  const perPeriod: TableReadOptions = {
    ...options,
    mapping: long ? mapping : { ...mapping, columns: { ...mapping.columns, [periodHeader]: 'ignore' } },
  }
  const read = (t: Table) => (long ? readLongTable(t, perPeriod) : readWideTable(t, perPeriod))
  const head = read(split.head).report
  const at = locator(table, false)
  const column = split.column + 1
  const periods = [...split.tables.entries()]
    .sort(([a], [b]) => comparePeriods(a, b))
    .map(([period, sub]) => {
      const { dataset, report } = read(sub)
      return { period, dataset: { ...dataset, period }, report }
    })
  const seen = new Set<string>()
  const once = <T>(items: ReadonlyArray<T>) =>
    items.filter((item) => {
      const key = JSON.stringify(item)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  const isPeriodColumn = (range: { fromColumn: number; toColumn: number; reason: string }) =>
    range.fromColumn === column &&
    range.toColumn === column &&
    /^(the column "|ignored by the mapping)/.test(range.reason)
  const unitColumn = (table.rows[split.headerIndex] ?? []).findIndex((cell) =>
    ['unit', 'code', 'mã', 'mã đơn vị'].includes(cell.trim().toLowerCase()),
  )
  const rejected: RejectedCell[] = []
  const noPeriod = reasonOf('no-period')
  let unplacedIgnored = 0
  for (const r of split.unplaced) {
    const row = table.rows[r] as string[]
    const unit = unitColumn >= 0 ? (row[unitColumn] ?? '').trim() : ''
    row.forEach((text, c) => {
      if (text.trim() === '') {
        unplacedIgnored++
        return
      }
      const address = at.address(r, c)
      rejected.push(
        withReasonCode(
          {
            file: table.file,
            ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
            ...at.position(r, c),
            ...(address === undefined ? {} : { address }),
            value: text,
            reason: noPeriod.text,
            ...(unit === '' ? {} : { unit }),
          },
          noPeriod,
        ),
      )
    })
    unplacedIgnored += table.width - row.length
  }
  // A blank row, or a row without a period whose cells are rejected one by one: the row ignored whole.
  const wholeRow = (r: number, reason: Reason) => {
    const { row } = at.position(r, 0)
    return reasoned({ fromRow: row, toRow: row, fromColumn: 1, toColumn: table.width }, reason)
  }
  const lastRow = table.rowNumbers[table.rowNumbers.length - 1] ?? table.rows.length
  const headerRow = table.rowNumbers[split.headerIndex] ?? split.headerIndex + 1
  const report: ImportReport = {
    ...head,
    cells: { total: table.rows.length * table.width, used: 0, ignored: 0, rejected: 0 },
    units: new Set(periods.flatMap((p) => p.dataset.units.map((unit) => unit.code))).size,
    observations: periods.reduce((sum, p) => sum + p.dataset.observations.length, 0),
    used: once([
      { fromRow: headerRow, toRow: lastRow, fromColumn: column, toColumn: column, as: 'period' as const },
      ...periods.flatMap((p) => p.report.used),
    ]),
    ignored: once([
      ...periods.flatMap((p) => p.report.ignored).filter((range) => !isPeriodColumn(range)),
      ...split.blank.map((r) => wholeRow(r, reasonOf('blank-row'))),
      ...split.unplaced.map((r) => wholeRow(r, noPeriod)),
    ]),
    rejected: [...periods.flatMap((p) => p.report.rejected), ...rejected],
    warnings: once(periods.flatMap((p) => p.report.warnings)),
  }
  // Each period's table repeats the titles and the header: count them once. Period cells move to `used`.
  // A row a reader ignored whole (a duplicate unit, no unit code) keeps its period cell ignored.
  const wholeRowIgnored = (p: (typeof periods)[number]) =>
    p.report.ignored.filter(
      (range) =>
        range.fromColumn === 1 &&
        range.toColumn === table.width &&
        range.fromRow === range.toRow &&
        range.fromRow > headerRow,
    ).length
  const placedRows = periods.reduce(
    (sum, p) => sum + p.report.cells.total / table.width - (split.headerIndex + 1) - wholeRowIgnored(p),
    0,
  )
  report.cells.rejected = report.rejected.length
  report.cells.ignored =
    periods.reduce((sum, p) => sum + p.report.cells.ignored, 0) -
    (periods.length - 1) * head.cells.ignored -
    1 -
    placedRows +
    split.blank.length * table.width +
    unplacedIgnored
  report.cells.used = report.cells.total - report.cells.ignored - report.cells.rejected
  return { dataset: { units: [], observations: [] }, report, panel: { periods } }
}
