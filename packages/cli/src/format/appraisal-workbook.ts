import type { AppraisalRecord } from '@chiso/core'
import { appraisalRecordGrid, appraisalRecordNotes } from './cycle-reports.js'

/** One sheet of an appraisal workbook: its title, its rows, and the lines below them. */
export interface GridSection {
  title: string
  grid: string[][]
  notes?: string[]
}

/**
 * The sheets of appraisal records, one per unit: the record's grid and, below it, each criterion's evidence,
 * explanation and comments.
 *
 * @example
 * ```ts
 * appraisalRecordSections([appraisalRecord(compiled, dataset, 'tx-bim-son', cuts)], 'vi')[0]?.title
 * // 'Thị xã Bỉm Sơn (tx-bim-son)'
 * ```
 */
export function appraisalRecordSections(
  records: ReadonlyArray<AppraisalRecord>,
  language: 'vi' | 'en',
): GridSection[] {
  return records.map((record) => ({
    title: `${record.name ?? record.unit} (${record.unit})`,
    grid: appraisalRecordGrid(record, language),
    notes: appraisalRecordNotes(record, language),
  }))
}

/**
 * Grids as a workbook, one sheet each (names from the section titles), the same bytes for the same grids:
 * what `chiso appraisal --format xlsx` writes. It runs in the browser too (chiso studio's appraisal download).
 *
 * @example
 * ```ts
 * const bytes = await gridsToXlsx(appraisalRecordSections(records, 'vi'))
 * ```
 */
export async function gridsToXlsx(
  sections: ReadonlyArray<{ title: string; grid: string[][]; notes?: string[] }>,
): Promise<Uint8Array> {
  const [{ default: ExcelJS }, { fixZipTimes }] = await Promise.all([
    import('exceljs'),
    import('@chiso/adapters/xlsx'),
  ])
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'chiso'
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const used = new Set<string>()
  for (const section of sections) {
    let name = section.title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31)
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${name.slice(0, 28)}~${n}`
    used.add(name.toLowerCase())
    const sheet = workbook.addWorksheet(name)
    section.grid.forEach((row, r) => {
      const added = sheet.addRow(
        row.map((cell) =>
          cell !== '' && /^-?\d+(\.\d+)?$/.test(cell) && String(Number(cell)) === cell ? Number(cell) : cell,
        ),
      )
      if (r === 0) added.font = { bold: true }
    })
    for (const note of section.notes ?? []) sheet.addRow([note.trim()])
  }
  return fixZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()))
}
