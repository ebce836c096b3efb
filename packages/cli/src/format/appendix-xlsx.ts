import { neutraliseFormula } from '@chiso/adapters'
import {
  APPENDIX_HEADINGS,
  type AppendixTable,
  appendixColumnHeadings,
  type BilingualText,
  type RenderOptions,
} from '@chiso/core'
import type ExcelJS from 'exceljs'
import { APPENDIX_SHEET, type AppendixMeta, chunkText } from '../appendix/appendix-meta.js'

/**
 * Writes an appendix table (see `buildAppendix` in @chiso/core) as an XLSX workbook formatted for print: a title
 * block (title, version, fingerprint, legal basis, notes), a bold header row that is frozen and repeated on every
 * printed page, column widths set for A4 landscape, wrapped text, areas in bold. The same table gives the same
 * bytes (fixed dates, in the workbook and in its ZIP entries). Maxima are numbers when a double holds the decimal exactly, otherwise text.
 * Given the `methodology` the table was built from, a very hidden sheet (`chiso-appendix`) carries it whole:
 * the table alone loses each rule's options, so `chiso import methodology` reads it back to the same
 * fingerprint (see {@link AppendixMeta}).
 *
 * @example
 * ```ts
 * writeFileSync('phu-luc.xlsx', await appendixToXlsx(buildAppendix(methodology)))
 * ```
 */
export async function appendixToXlsx(
  table: AppendixTable,
  options: RenderOptions = {},
  methodology?: unknown,
): Promise<Uint8Array> {
  // Loaded on demand: exceljs is large, and only this format needs it.
  const [{ default: ExcelJS }, { fixZipTimes }] = await Promise.all([
    import('exceljs'),
    import('@chiso/adapters/xlsx'),
  ])
  const language = options.language ?? 'both'
  const pick = (text: BilingualText) =>
    language === 'vi'
      ? text.vi
      : language === 'en'
        ? text.en
        : text.vi === text.en
          ? text.vi
          : `${text.vi}\n${text.en}`
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'chiso'
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const sheet = workbook.addWorksheet(language === 'en' ? 'Appendix' : 'Phụ lục', {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `${table.id}@${table.version} — &P / &N` },
  })
  const widths = [7, 16, 46, 11, 62, 16]
  widths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = width
    column.alignment = { wrapText: true, vertical: 'top' }
  })
  // Text from the methodology file (titles, notes, guidance) is data: a title like "=HYPERLINK(…)" is written
  // as text, as every other export writes it.
  const line = (text: string, font: Partial<ExcelJS.Font> = {}) => {
    const row = sheet.addRow([neutraliseFormula(text)])
    sheet.mergeCells(row.number, 1, row.number, widths.length)
    row.font = font
    row.alignment = { wrapText: true, vertical: 'top' }
    row.height = Math.max(15, 15 * Math.ceil(text.length / 160) * text.split('\n').length)
  }
  line(pick(table.title), { bold: true, size: 13 })
  line(`${table.id}@${table.version} · ${table.fingerprint}`, { size: 9 })
  for (const basis of table.basis) line(basis, { size: 10 })
  for (const note of table.notes) line(pick(note), { bold: true })
  const head = sheet.addRow(
    appendixColumnHeadings(table.kind).map((heading) => neutraliseFormula(pick(heading))),
  )
  head.font = { bold: true }
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
  })
  const headerRow = head.number
  for (const r of table.rows) {
    const value = table.kind === 'points' ? r.max : r.weight
    const indent = '  '.repeat(Math.max(0, r.depth - 1))
    const row = sheet.addRow([
      neutraliseFormula(r.stt),
      neutraliseFormula(r.code),
      // The indent goes before the apostrophe's check: a title "=x" at depth 2 is "  =x", which no
      // spreadsheet runs, but the title alone (depth 1) must be neutralised.
      neutraliseFormula(`${indent}${pick(r.title)}`),
      numberOrText(value),
      neutraliseFormula(pick(r.guidance)),
      r.source ? neutraliseFormula(pick(r.source)) : '',
    ])
    if (r.depth === 1) row.font = { bold: true }
    row.getCell(4).alignment = { horizontal: 'right', vertical: 'top' }
  }
  if (table.total !== null) {
    const row = sheet.addRow(['', '', pick(APPENDIX_HEADINGS.total), numberOrText(table.total), '', ''])
    row.font = { bold: true }
    row.getCell(4).alignment = { horizontal: 'right', vertical: 'top' }
  }
  for (let r = headerRow; r <= sheet.rowCount; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      }
    })
  }
  sheet.views = [{ state: 'frozen', ySplit: headerRow }]
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`
  if (methodology !== undefined) {
    // What the printed table cannot hold (rule options, ranking, display…) travels in a sheet nobody sees.
    const hidden = workbook.addWorksheet(APPENDIX_SHEET, { state: 'veryHidden' })
    const chunks = chunkText(JSON.stringify(methodology))
    const meta: AppendixMeta = {
      format: 'chiso-appendix',
      version: 1,
      methodology: { id: table.id, version: table.version, fingerprint: table.fingerprint },
      kind: table.kind,
      language,
      headerRow,
      chunks: chunks.length,
    }
    hidden.addRow([JSON.stringify(meta)])
    for (const chunk of chunks) hidden.addRow([chunk])
  }
  // The ZIP writer stamps every part with the current time: fixed too, so the same table gives the same bytes.
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
}

/** A decimal as a number when the double is exactly that decimal's shortest form, else as text. */
function numberOrText(text: string | null): string | number | null {
  if (text === null) return null
  const n = Number(text)
  return Number.isFinite(n) && String(n) === text ? n : text
}
