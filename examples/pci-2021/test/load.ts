// A small loader for the examples' tests: YAML methodologies and wide CSV datasets, read with node:fs, `yaml`
// and `csv-parse/sync`. It follows the wide-CSV contract of DESIGN.md (header `unit,name,<leaf>…`, `#` comment
// lines first, `<leaf>:<field>` for named fields, `.` or `,` decimals, empty = missing, `NA`/`KAD` = not
// applicable). The CLI has its own loader; the tests do not depend on it.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { DatasetInput } from '@chiso/core'
import { parse as parseCsv } from 'csv-parse/sync'
import { parse as parseYaml } from 'yaml'

/** Reads a YAML (or JSON) methodology file into a plain object, unvalidated. */
export function readMethodology(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'))
}

/** One CSV record with the file line it came from. */
interface Row {
  cells: string[]
  line: number
}

function readRows(path: string): Row[] {
  const records = parseCsv(readFileSync(path, 'utf8'), {
    comment: '#',
    comment_no_infix: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  return records.map(({ record, info }) => ({ cells: record, line: info.lines }))
}

/**
 * Reads a plain CSV table (after its `#` comment lines) into records keyed by the header.
 *
 * @example
 * ```ts
 * readRecords('examples/pci-2021/pci-2021.published.csv')[0]
 * // { unit: 'quang-ninh', pci_score: '73.02', pci_rank: '1', pci_tier: 'Rất tốt' }
 * ```
 */
export function readRecords(path: string): Array<Record<string, string>> {
  const [header, ...rows] = readRows(path)
  if (!header) throw new Error(`${path}: no header row`)
  return rows.map(({ cells }) =>
    Object.fromEntries(header.cells.map((name, index) => [name, cells[index] ?? ''])),
  )
}

const NOT_APPLICABLE = /^(NA|KAD)$/i
const YES = /^(có|co|yes|true)$/i
const NO = /^(không|khong|no|false)$/i
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/

/** One cell as an observation value: `null` (empty), `'NA'`, a boolean, or a decimal string. */
function cellValue(text: string): null | 'NA' | boolean | string {
  if (text === '') return null
  if (NOT_APPLICABLE.test(text)) return 'NA'
  if (YES.test(text)) return true
  if (NO.test(text)) return false
  return COMMA_DECIMAL.test(text) ? text.replace(',', '.') : text
}

/**
 * Reads a wide CSV dataset: one row per unit, one column per leaf (or per leaf field, `3.2.1:done`). Every
 * cell becomes an observation with its origin (file, row, column), empty cells included (as `null`), so that
 * nothing is dropped silently.
 *
 * @example
 * ```ts
 * const data = readWideCsv('examples/pci-2021/pci-2021.csv')
 * data.units[0]        // { code: 'quang-ninh', name: 'Quảng Ninh' }
 * data.observations[0] // { unit: 'quang-ninh', node: 'entry_costs', field: 'value', value: '7.98', origin: … }
 * ```
 */
export function readWideCsv(path: string): DatasetInput & Required<Pick<DatasetInput, 'observations'>> {
  const [header, ...rows] = readRows(path)
  if (header?.cells[0] !== 'unit') throw new Error(`${path}: the header must start with "unit"`)
  const nameColumn = header.cells[1] === 'name' ? 1 : -1
  const file = basename(path)
  const units: DatasetInput['units'] = []
  const observations: DatasetInput['observations'] = []
  for (const { cells, line } of rows) {
    const unit = cells[0]!
    units.push(nameColumn === 1 ? { code: unit, name: cells[1]! } : { code: unit })
    header.cells.forEach((column, index) => {
      if (index === 0 || index === nameColumn) return
      const [node, field = 'value'] = column.split(':') as [string, string?]
      observations.push({
        unit,
        node,
        field,
        value: cellValue(cells[index] ?? ''),
        origin: { file, row: line, column },
      })
    })
  }
  return { units, observations }
}
