import type { ImportMapping } from '../mapping/mapping.js'
import { readPanelTable } from '../panel/read-panel-table.js'
import type { ImportResult } from '../report/import-report.js'
import { checkLimit, DEFAULT_LIMITS, type ImportLimits } from '../report/limits.js'
import { isLongHeader, readLongTable } from '../table/read-long.js'
import { readWideTable } from '../table/read-wide.js'
import { decodeText } from '../text/decode-text.js'
import type { CsvDelimiter } from './detect-delimiter.js'
import { parseCsvTable } from './parse-csv-table.js'

/**
 * Options of {@link readCsv}.
 *
 * @example
 * ```ts
 * const options: ReadCsvOptions = { file: 'du-lieu.csv', mapping: { unit: 'Mã' }, leaves: new Set(['1.1']) }
 * ```
 *
 * @category Import
 */
export interface ReadCsvOptions {
  /** The file name, for origins and messages. */
  file: string
  mapping?: ImportMapping
  /** The methodology's leaf codes: columns naming other codes are ignored and reported. */
  leaves?: ReadonlySet<string>
  /** Force a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter
  limits?: Partial<ImportLimits>
  onProgress?: (done: number, total: number) => void
  /** Read a `period` (`year`, `năm`…) column as a panel: one dataset per period in the result's `panel`. */
  panel?: boolean
}

/**
 * Reads a CSV file — wide (`unit,name,<leaf code>,…`, one row per unit, or one column per unit with
 * `orientation: 'columns'`) or long (`unit,node,value[,field][,source]`) — into a dataset and an import report
 * that accounts for every cell. UTF-8 (with or without BOM) or UTF-16; `,`, `;`, tab or `|` delimited;
 * numbers with `.` or `,` decimals, thousands separators, `%`; empty = missing; `NA`, `N/A`, `KAD`,
 * `không áp dụng` = not applicable. Bad cells are rejected in the report and the rest is imported; a file
 * that cannot be read at all throws a `ChisoError`.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('unit;name;1.1;1.2\nHN;Hà Nội;7,98;KAD\n')
 * const { dataset, report } = readCsv(bytes, { file: 'd.csv' })
 * dataset.observations.map((o) => o.value) // ['7.98', 'NA']
 * report.cells                              // { total: 8, used: 8, ignored: 0, rejected: 0 }
 * report.delimiter                          // ';'
 * ```
 *
 * @category Import
 */
export function readCsv(input: Uint8Array | string, options: ReadCsvOptions): ImportResult {
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const { file } = options
  let text: string
  let encoding: string | undefined
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  } else {
    checkLimit(limits, 'maxFileBytes', input.byteLength, { file })
    const decoded = decodeText(input, file)
    text = decoded.text
    encoding = decoded.encoding
  }
  const { table, delimiter } = parseCsvTable(text, {
    file,
    limits,
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  })
  const mapping = options.mapping ?? {}
  const long =
    mapping.format === 'long' ||
    (mapping.format !== 'wide' &&
      mapping.orientation !== 'columns' &&
      table.rows.slice(0, 50).some(isLongHeader))
  const readOptions = {
    mapping,
    ...(options.leaves ? { leaves: options.leaves } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  }
  const result =
    (options.panel === true ? readPanelTable(table, readOptions, long) : undefined) ??
    (long ? readLongTable(table, readOptions) : readWideTable(table, readOptions))
  result.report.delimiter = delimiter
  if (encoding !== undefined) result.report.encoding = encoding
  return result
}
