// Reads the data file the official opened, the way `chiso score` reads it: CSV or XLSX through the adapters,
// against the methodology's leaves and data columns, a period column making a panel. Rejected cells stop the
// scoring with every cell listed, as the command line does without --allow-rejects.
import type { ImportResult } from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import { ChisoError, type CompiledMethodology } from '@chiso/core'
import { loadXlsx } from './load-xlsx.js'
import { rejectedCellIssue } from './rejected-cell-issue.js'
import { saidByStudio } from './studio-error.js'

/**
 * The data file's kind by its name: `csv`, `xlsx`, or `undefined` for anything else.
 *
 * @example
 * ```ts
 * dataKind('Chỉ số CCHC 2023.XLSX') // 'xlsx'
 * ```
 */
export function dataKind(file: string): 'csv' | 'xlsx' | undefined {
  const name = file.toLowerCase()
  if (name.endsWith('.csv')) return 'csv'
  if (name.endsWith('.xlsx')) return 'xlsx'
  return undefined
}

/**
 * Reads a data file's bytes into a dataset (or a panel) and its import report. Throws a `ChisoError` located
 * in the file for an unreadable file or any rejected cell.
 *
 * @example
 * ```ts
 * const { dataset } = await openData('districts-2023.csv', bytes, compiled)
 * dataset.units.length // 27
 * ```
 */
export async function openData(
  file: string,
  bytes: Uint8Array,
  compiled: CompiledMethodology,
  sheet?: string,
): Promise<ImportResult> {
  const kind = dataKind(file)
  if (kind === undefined) {
    throw saidByStudio(
      new ChisoError('UNSUPPORTED_FORMAT', `unsupported file type: ${file}`, {
        issues: [{ file, message: `${file}: expected a .csv or .xlsx file` }],
      }),
      (m) => m.unsupportedData(file),
    )
  }
  // Data columns (denominators) are read like leaves, as `chiso score` reads them.
  const leaves = new Set([...compiled.leaves.map((leaf) => leaf.code), ...(compiled.model.columns ?? [])])
  const common = { file, mapping: {}, panel: true, leaves }
  let result: ImportResult
  if (kind === 'csv') result = readCsv(bytes, common)
  else {
    const { readXlsx } = await loadXlsx()
    const chosen =
      sheet === undefined || sheet === '' ? {} : { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet }
    result = await readXlsx(bytes, { ...common, ...chosen, methodology: compiled })
  }
  const { rejected } = result.report
  if (rejected.length > 0) {
    throw new ChisoError('INVALID_CELL', `${file}: ${rejected.length} rejected`, {
      // Each cell's reason code and value ride along, so the page says them in its own language.
      issues: rejected.map(rejectedCellIssue),
    })
  }
  return result
}
