import { type Dataset, localize, type Methodology, type Scorecard } from '@chiso/core'
import ExcelJS from 'exceljs'
import { neutraliseFormula } from '../cell/neutralise.js'
import { wideGrid } from '../export/dataset-grid.js'
import { levelRows, nodeLevels, rankingRows } from '../export/scorecard-rows.js'
import { fixZipTimes } from './fixed-zip-times.js'

/**
 * Writes a scorecard as an XLSX workbook formatted for print: a `Ranking` sheet, one sheet per level of the
 * tree (`Level 1`, `Level 2`… with each node's score, maximum and index), and a `Diagnostics` sheet. Header
 * rows are bold, frozen and repeated on every printed page; pages are landscape, fitted to the width.
 * Decimals are written as numbers only when the number is exactly the decimal (`'85.78'`), otherwise as text,
 * so nothing is rounded by a binary float. Text that could start a formula is neutralised.
 *
 * @example
 * ```ts
 * const bytes = await scorecardToXlsx(card, methodology)
 * writeFileSync('xep-hang-2023.xlsx', bytes)
 * ```
 *
 * @category Export
 */
export async function scorecardToXlsx(scorecard: Scorecard, methodology: Methodology): Promise<Uint8Array> {
  const workbook = newWorkbook()
  const title = `${localize(methodology.title, 'vi')} — ${methodology.id}@${methodology.version}`
  const ranking = rankingRows(scorecard)
  addSheet(workbook, 'Ranking', ranking.header, ranking.rows, { title, numeric: new Set([0, 4, 5, 6, 7]) })
  nodeLevels(methodology).forEach((nodes, index) => {
    const level = levelRows(scorecard, nodes)
    const numeric = new Set(level.header.map((_, i) => i).filter((i) => i === 0 || i >= 3))
    addSheet(workbook, `Level ${index + 1}`, level.header, level.rows, {
      title,
      numeric,
      titles: level.titles,
    })
  })
  const diagnostics = scorecard.diagnostics.map((d) => [
    d.severity,
    d.code,
    d.unit ?? '',
    d.node ?? '',
    d.message,
    d.origin?.file ?? '',
    d.origin?.sheet ?? '',
    d.origin?.row === undefined ? '' : String(d.origin.row),
    d.origin?.column === undefined ? '' : String(d.origin.column),
  ])
  addSheet(
    workbook,
    'Diagnostics',
    ['severity', 'code', 'unit', 'node', 'message', 'file', 'sheet', 'row', 'column'],
    diagnostics,
    { title, numeric: new Set([7, 8]) },
  )
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
}

/**
 * Writes a dataset as an XLSX workbook with one wide sheet (`data`: unit, name, group, then one column per
 * leaf field), which `readXlsx` reads back to the same dataset. Decimals that a double holds exactly as
 * written are numbers; others are text.
 *
 * @example
 * ```ts
 * writeFileSync('du-lieu.xlsx', await datasetToXlsx(dataset))
 * ```
 *
 * @category Export
 */
export async function datasetToXlsx(dataset: Dataset): Promise<Uint8Array> {
  const { header, rows } = wideGrid(dataset)
  const workbook = newWorkbook()
  const fixed = header.filter((h) => h === 'unit' || h === 'name' || h === 'group').length
  const numeric = new Set(header.map((_, i) => i).filter((i) => i >= fixed))
  addSheet(workbook, 'data', header, rows, { numeric })
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'chiso'
  // Fixed dates (here and in the ZIP entries, see fixZipTimes): the same input gives the same bytes.
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  return workbook
}

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: string[][],
  options: { title?: string; numeric: ReadonlySet<number>; titles?: string[] },
): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  })
  let headerRow = 1
  if (options.title !== undefined) {
    sheet.addRow([neutraliseFormula(options.title)]).font = { bold: true, size: 13 }
    headerRow++
  }
  if (options.titles?.some((t) => t !== '')) {
    sheet.addRow(options.titles.map(neutraliseFormula)).font = { italic: true }
    headerRow++
  }
  const head = sheet.addRow(header.map(neutraliseFormula))
  head.font = { bold: true }
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  for (const row of rows) {
    sheet.addRow(
      row.map((text, i) =>
        text === '' ? null : options.numeric.has(i) ? numberOrText(text) : neutraliseFormula(text),
      ),
    )
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRow }]
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`
  header.forEach((h, i) => {
    const longest = Math.max(h.length, ...rows.slice(0, 200).map((row) => (row[i] ?? '').length))
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(6, longest + 2))
  })
}

/** A decimal as a number when the double is exactly that decimal's shortest form, else as (neutralised) text. */
function numberOrText(text: string): string | number | null {
  if (text === '') return null
  const n = Number(text)
  return Number.isFinite(n) && String(n) === text ? n : neutraliseFormula(text)
}

/**
 * Several tables as one workbook, one sheet each (a panel's rankings per period and its changes), with the
 * same layout and fixed dates as {@link scorecardToXlsx}: the same tables give the same bytes. Columns listed in
 * `numeric` hold decimals, written as numbers where the double is exact.
 *
 * @example
 * ```ts
 * const bytes = await tablesToXlsx([{ name: '2023', header: ['rank', 'unit'], rows: [['1', 'A']], numeric: [0] }])
 * ```
 *
 * @category Export
 */
export async function tablesToXlsx(
  sheets: ReadonlyArray<{
    name: string
    header: string[]
    rows: string[][]
    numeric?: number[]
    title?: string
  }>,
): Promise<Uint8Array> {
  const workbook = newWorkbook()
  for (const sheet of sheets) {
    addSheet(workbook, sheet.name, sheet.header, sheet.rows, {
      ...(sheet.title === undefined ? {} : { title: sheet.title }),
      numeric: new Set(sheet.numeric ?? []),
    })
  }
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
}
