import { type Dataset, type DatasetInput, NodeCodeSchema, type Observation, parseDataset } from '@chiso/core'
import { parse } from 'csv-parse/sync'
import { parseCell } from './csv-cell.js'
import { detectDelimiter } from './detect-delimiter.js'
import { InputError, type InputProblem } from './input-error.js'
import { readText, stripBom } from './read-text.js'

/** What a column of a wide CSV holds. */
type Column =
  | { role: 'unit' | 'name' | 'group' }
  | { role: 'data'; node: string; field: string; header: string }
  | { role: 'blank' }

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/
const RESERVED = new Set(['unit', 'name', 'group'])

/**
 * Reads a minimal wide CSV into a {@link Dataset}: a header row `unit,name,<leaf code>,<leaf code>…`
 * (`group` optional, any order; `<code>:<field>` feeds a named field, e.g. `1.2:done`, `1.2:total`) and one row
 * per unit. UTF-8 with or without BOM; `,` or `;` delimited (detected from the header); `#` lines are comments;
 * rows whose cells are all empty are skipped. Cells are read by `parseCell`; every observation keeps its
 * origin (file, row = line number, column = 1-based column number).
 *
 * Every problem (rejected cells, duplicate units or columns, a bad header) is collected and thrown together
 * as an {@link InputError}, so nothing partial is ever scored.
 *
 * @example
 * ```ts
 * const data = parseWideCsv('unit;name;1.1;1.2\nHN;Hà Nội;7,98;KAD\n', 'data.csv')
 * data.observations
 * // [{ unit: 'HN', node: '1.1', field: 'value', value: '7.98', origin: { file: 'data.csv', row: 2, column: 3 } },
 * //  { unit: 'HN', node: '1.2', field: 'value', value: 'NA',   origin: { file: 'data.csv', row: 2, column: 4 } }]
 * ```
 */
export function parseWideCsv(text: string, file: string): Dataset {
  const body = stripBom(text)
  const delimiter = detectDelimiter(body)
  let rows: Array<{ record: string[]; info: { lines: number } }>
  try {
    rows = parse(body, {
      delimiter,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  } catch (error) {
    const csv = error as { code?: unknown; lines?: unknown; message?: unknown }
    if (typeof csv.code === 'string' && csv.code.startsWith('CSV_')) {
      const line = csv.lines
      throw new InputError(`${file} is not valid CSV`, [
        {
          code: 'INVALID_CSV',
          file,
          message: `invalid CSV: ${String(csv.message)}`,
          ...(typeof line === 'number' && line > 0 ? { line } : {}),
        },
      ])
    }
    throw error
  }
  const [header, ...records] = rows
  if (!header) {
    throw new InputError(`${file} is empty`, [
      { code: 'INVALID_CSV', file, message: 'no header row (expected unit,name,<leaf code>,…)' },
    ])
  }
  const problems: InputProblem[] = []
  const columns = readHeader(header.record, header.info.lines, file, problems)
  const unitIndex = columns.findIndex((column) => column.role === 'unit')
  if (unitIndex < 0 && problems.length === 0) {
    problems.push({
      code: 'INVALID_CSV',
      file,
      line: header.info.lines,
      message: 'the header has no "unit" column (expected unit,name,<leaf code>,…)',
    })
  }
  if (problems.length > 0) throw new InputError(`${file}: invalid header`, problems)

  const units: DatasetInput['units'] = []
  const observations: Observation[] = []
  const firstLine = new Map<string, number>()
  for (const { record, info } of records) {
    const row = info.lines
    if (record.every((cell) => cell.trim() === '')) continue
    const unit = (record[unitIndex] ?? '').normalize('NFC').trim()
    if (unit === '') {
      problems.push({ code: 'INVALID_CELL', file, line: row, column: unitIndex + 1, message: 'no unit code' })
      continue
    }
    const seen = firstLine.get(unit)
    if (seen !== undefined) {
      problems.push({
        code: 'DUPLICATE_UNIT',
        file,
        line: row,
        column: unitIndex + 1,
        message: `duplicate unit "${unit}" (rows ${seen} and ${row})`,
      })
      continue
    }
    firstLine.set(unit, row)
    const entry: DatasetInput['units'][number] = { code: unit }
    record.forEach((raw, index) => {
      const column = columns[index]
      if (!column) return
      if (column.role === 'name' || column.role === 'group') {
        const text = raw.normalize('NFC').trim()
        if (text !== '') entry[column.role] = text
      } else if (column.role === 'blank') {
        if (raw.trim() !== '') {
          problems.push({
            code: 'INVALID_CELL',
            file,
            line: row,
            column: index + 1,
            message: `a value (${JSON.stringify(raw.trim())}) in a column without a header`,
          })
        }
      } else if (column.role === 'data') {
        const cell = parseCell(raw)
        if (cell.kind === 'rejected') {
          problems.push({
            code: 'INVALID_CELL',
            file,
            line: row,
            column: index + 1,
            message: `column "${column.header}", unit "${unit}": cannot read ${JSON.stringify(raw.trim())}: ${cell.reason}`,
          })
        } else {
          // An empty cell is missing data: it becomes a `null` observation, so the engine's missing-data
          // diagnostic can point at the cell; the node's missing-data policy decides what it counts for.
          observations.push({
            unit,
            node: column.node,
            field: column.field,
            value: cell.kind === 'value' ? cell.value : null,
            origin: { file, row, column: index + 1 },
          })
        }
      }
    })
    units.push(entry)
  }
  if (problems.length > 0) {
    throw new InputError(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems)
  }
  return parseDataset({ units, observations })
}

/**
 * Reads a wide CSV file (see {@link parseWideCsv}), resolving `file` against `cwd`.
 *
 * @example
 * ```ts
 * readWideCsv('pci-2021.csv', process.cwd()).units.length // 63
 * ```
 */
export function readWideCsv(file: string, cwd: string): Dataset {
  return parseWideCsv(readText(file, cwd), file)
}

function readHeader(cells: string[], line: number, file: string, problems: InputProblem[]): Column[] {
  const firstColumn = new Map<string, number>()
  return cells.map((raw, index): Column => {
    const header = raw.normalize('NFC').trim()
    const at = { file, line, column: index + 1 }
    if (header === '') return { role: 'blank' }
    const lower = header.toLowerCase()
    const node = header.includes(':') ? header.slice(0, header.indexOf(':')).trim() : header
    const field = header.includes(':') ? header.slice(header.indexOf(':') + 1).trim() : 'value'
    const key = RESERVED.has(lower) ? lower : `${node}:${field}`
    const seen = firstColumn.get(key)
    if (seen !== undefined) {
      problems.push({
        ...at,
        code: 'DUPLICATE_COLUMN',
        message: `column "${header}" appears twice (columns ${seen} and ${index + 1})`,
      })
      return { role: 'blank' }
    }
    firstColumn.set(key, index + 1)
    if (lower === 'unit' || lower === 'name' || lower === 'group') return { role: lower }
    if (!NodeCodeSchema.safeParse(node).success) {
      problems.push({
        ...at,
        code: 'INVALID_HEADER',
        message: `column "${header}": "${node}" is not a node code (letters, digits, ".", "_" or "-")`,
      })
      return { role: 'blank' }
    }
    if (!FIELD.test(field)) {
      problems.push({
        ...at,
        code: 'INVALID_HEADER',
        message: `column "${header}": "${field}" is not a field name (letters, digits and "_")`,
      })
      return { role: 'blank' }
    }
    return { role: 'data', node, field, header }
  })
}
