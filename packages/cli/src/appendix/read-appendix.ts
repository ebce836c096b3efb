// Reads an appendix table (phụ lục) back into a methodology document: the table `chiso render --format xlsx`
// writes (recognised by its headings, and read back exactly when it carries its methodology in the hidden
// sheet), or any table a mapping file describes. Every row is accounted for: used, ignored with a reason, or
// rejected with its sheet, row and column.
import { type ImportLimits, numberToPlainDecimal, parseNumberText, restoreNeutralised } from '@chiso/adapters'
import { checkZipSize, sheetCellText } from '@chiso/adapters/xlsx'
import {
  APPENDIX_HEADINGS,
  type AppendixRow,
  type BilingualText,
  buildAppendix,
  ChisoError,
  type ChisoIssue,
  createEngine,
  dec,
  isChisoError,
} from '@chiso/core'
import type ExcelJS from 'exceljs'
import type { AppendixMapping } from './appendix-mapping.js'
import { APPENDIX_SHEET, type AppendixMeta, appendixMetaProblem } from './appendix-meta.js'
import { type AppendixReason, appendixReason, withAppendixReason } from './appendix-reason.js'
import { ruleFromMethod } from './infer-rule.js'

/**
 * What happened to one row of the sheet.
 *
 * @example
 * ```ts
 * const row: AppendixRowOutcome = { row: 7, status: 'used', node: '1.1.1' }
 * ```
 */
export interface AppendixRowOutcome {
  row: number
  status: 'used' | 'ignored' | 'rejected'
  /** The node the row became (used rows). */
  node?: string
  /** Why the row was ignored or rejected. */
  reason?: string
}

/**
 * The result of {@link readAppendix}: the methodology document, how it was read, and every row's outcome.
 *
 * @example
 * ```ts
 * const result = await readAppendix(bytes, { file: 'phu-luc.xlsx' })
 * result.exact // true: the workbook carried its methodology and the table matches it
 * ```
 */
export interface AppendixImport {
  methodology: Record<string, unknown>
  /** True when the workbook carried its methodology and the visible table matches it: read back exactly. */
  exact: boolean
  /** The methodology the workbook carried (`id@version`), when it carried one. */
  carried: string | null
  sheet: string
  headerRow: number
  rows: AppendixRowOutcome[]
  /** What a person should check: rules left as `chiso/points`, cells that differ from the carried methodology. */
  notes: ChisoIssue[]
}

/**
 * Options of {@link readAppendix}.
 *
 * @example
 * ```ts
 * const options: ReadAppendixOptions = { file: 'phu-luc.xlsx', mapping, id: 'cchc.xa', version: '2025.0.0' }
 * ```
 */
export interface ReadAppendixOptions {
  file: string
  mapping?: AppendixMapping
  limits?: ImportLimits
  id?: string
  version?: string
}

type Columns = AppendixMapping['columns']
type Language = 'vi' | 'en' | 'both'

interface TableNode {
  key: string
  code: string
  stt: string
  row: number
  depth: number
  title: string
  max: string | null
  method: string
  source: string
  children: TableNode[]
}

const SOURCES: Record<string, BilingualText> = {
  self: { vi: 'Tự đánh giá', en: 'Self-assessment' },
  appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
  survey: { vi: 'Điều tra xã hội học', en: 'Survey' },
  statistic: { vi: 'Số liệu thống kê', en: 'Statistics' },
}

const ROMAN = /^[IVXLCDM]+$/
const DOTTED = /^\d+(?:\.\d+)*$/

/**
 * Reads an appendix workbook into a methodology document. Throws a `ChisoError` listing every rejected cell
 * (duplicate STT, a maximum that is not a number, children whose maxima do not add up to their parent's…)
 * with its sheet, row and column.
 *
 * @example
 * ```ts
 * const { methodology, rows } = await readAppendix(readFileSync('phu-luc.xlsx'), { file: 'phu-luc.xlsx' })
 * rows.filter((row) => row.status === 'used').length // one per criterion
 * ```
 */
export async function readAppendix(bytes: Uint8Array, options: ReadAppendixOptions): Promise<AppendixImport> {
  const { file } = options
  if (options.limits) checkZipSize(bytes, options.limits, file)
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch (error) {
    throw new ChisoError('INVALID_XLSX', `${file} is not a readable XLSX workbook`, {
      issues: [
        { file, message: (error as Error).message, hint: 'save it from Excel as "Excel Workbook (*.xlsx)"' },
      ],
    })
  }
  const meta = readMeta(workbook, file)
  const sheet = pickSheet(workbook, file, options.mapping?.sheet)
  const text = (row: number, column: number | undefined) =>
    column === undefined
      ? ''
      : restoreNeutralised(sheetCellText(sheet.getCell(row, column).value).text).trim()

  let headerRow: number
  let columns: Columns
  let language: Language
  if (options.mapping) {
    headerRow = options.mapping.headerRow
    columns = options.mapping.columns
    language = 'vi'
  } else {
    const found = findHeader(sheet, text, meta?.meta.headerRow)
    if (found === undefined) {
      throw new ChisoError('INVALID_XLSX', `${file}: no appendix table found`, {
        issues: [
          {
            file,
            sheet: sheet.name,
            message:
              'no row with the headings chiso render writes (STT, Mã, …, Điểm tối đa, Hướng dẫn chấm điểm, Nguồn)',
            hint: 'describe the layout in a mapping file: --mapping appendix.mapping.yaml (see docs/cli.md)',
          },
        ],
      })
    }
    ;({ headerRow, columns, language } = found)
  }
  const kind = meta?.meta.kind ?? 'points'

  const rows: AppendixRowOutcome[] = []
  const rejected: ChisoIssue[] = []
  const notes: ChisoIssue[] = []
  const reject = (row: number, column: number | undefined, reason: AppendixReason, hint?: string) => {
    rejected.push(
      withAppendixReason(
        {
          code: 'INVALID_CELL',
          file,
          sheet: sheet.name,
          row,
          ...(column !== undefined ? { column } : {}),
          message: reason.text,
          ...(hint !== undefined ? { hint } : {}),
        },
        reason,
      ),
    )
  }
  // A note about the table, said by its code in any language (see `appendixReasonOf`).
  const note = (where: Omit<ChisoIssue, 'message'>, reason: AppendixReason) =>
    notes.push(withAppendixReason({ ...where, message: reason.text }, reason))
  const firstLine = Array.from({ length: headerRow - 1 }, (_, i) => text(i + 1, 1)).find((t) => t !== '')
  for (let r = 1; r < headerRow; r++)
    rows.push({ row: r, status: 'ignored', reason: 'title block above the headings' })
  rows.push({ row: headerRow, status: 'ignored', reason: 'the headings' })

  const mapped = new Set(Object.values(columns))
  const roman = Array.from({ length: Math.max(0, sheet.rowCount - headerRow) }, (_, i) =>
    text(headerRow + 1 + i, columns.stt),
  ).some((stt) => ROMAN.test(stt))
  const byKey = new Map<string, TableNode>()
  const byCode = new Map<string, TableNode>()
  const top: TableNode[] = []
  let area: TableNode | undefined
  let totalRow: { row: number; value: string } | undefined
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const stt = text(r, columns.stt)
    const content = text(r, columns.content)
    const maxCell = sheet.getCell(r, columns.max).value
    const maxText = text(r, columns.max)
    const others: number[] = []
    sheet.getRow(r).eachCell((cell, column) => {
      if (!mapped.has(column) && restoreNeutralised(sheetCellText(cell.value).text).trim() !== '')
        others.push(column)
    })
    for (const column of others)
      note({ file, sheet: sheet.name, row: r, column }, appendixReason('unused-column'))
    if (
      stt === '' &&
      content === '' &&
      maxText === '' &&
      text(r, columns.method) === '' &&
      text(r, columns.code) === ''
    ) {
      rows.push({
        row: r,
        status: 'ignored',
        reason: others.length > 0 ? 'no STT, content or maximum' : 'empty row',
      })
      continue
    }
    if (stt === '' && isTotal(content)) {
      rows.push({ row: r, status: 'ignored', reason: 'the total row (checked against the areas’ maxima)' })
      if (maxText !== '') totalRow = { row: r, value: maxText }
      continue
    }
    if (stt === '') {
      reject(
        r,
        columns.stt,
        appendixReason('no-stt', { content: clip(content) }),
        'number the row, or delete it',
      )
      rows.push({ row: r, status: 'rejected', reason: 'no STT' })
      continue
    }
    let depth: number
    let key: string
    let parentKey: string | undefined
    if (roman && ROMAN.test(stt)) {
      depth = 1
      key = stt
    } else if (DOTTED.test(stt)) {
      const parts = stt.split('.')
      if (roman) {
        if (area === undefined) {
          reject(r, columns.stt, appendixReason('before-area', { stt }))
          rows.push({ row: r, status: 'rejected', reason: 'no area above it' })
          continue
        }
        depth = parts.length + 1
        key = `${area.key}|${stt}`
        parentKey = parts.length === 1 ? area.key : `${area.key}|${parts.slice(0, -1).join('.')}`
      } else {
        depth = parts.length
        key = stt
        parentKey = parts.length === 1 ? undefined : parts.slice(0, -1).join('.')
      }
    } else {
      reject(r, columns.stt, appendixReason('unreadable-stt', { stt: clip(stt) }))
      rows.push({ row: r, status: 'rejected', reason: 'unreadable STT' })
      continue
    }
    const first = byKey.get(key)
    if (first !== undefined) {
      reject(r, columns.stt, appendixReason('duplicate-stt', { stt, first: String(first.row) }))
      rows.push({ row: r, status: 'rejected', reason: `duplicate STT ${stt}` })
      continue
    }
    const parent = parentKey === undefined ? undefined : byKey.get(parentKey)
    if (parentKey !== undefined && parent === undefined) {
      reject(r, columns.stt, appendixReason('no-parent', { stt, parent: parentKey.split('|').pop() ?? '' }))
      rows.push({ row: r, status: 'rejected', reason: 'no parent row' })
      continue
    }
    let max: string | null = null
    if (maxText !== '') {
      const parsed =
        typeof maxCell === 'number'
          ? numberToPlainDecimal(maxCell)
          : parseNumberText(maxText, { exponent: false })
      if (parsed === undefined || dec(parsed).isNegative()) {
        reject(
          r,
          columns.max,
          appendixReason('max-not-number', {
            kind: kind === 'points' ? 'maximum' : 'weight',
            value: clip(maxText),
          }),
        )
        rows.push({ row: r, status: 'rejected', reason: 'maximum is not a number' })
        continue
      }
      max = parsed
    }
    const codeText = text(r, columns.code)
    const code =
      codeText !== ''
        ? codeText
        : roman
          ? [String(romanValue(area && depth > 1 ? area.stt : stt)), ...(depth > 1 ? [stt] : [])].join('.')
          : stt
    const twin = byCode.get(code)
    if (twin !== undefined) {
      reject(
        r,
        columns.code ?? columns.stt,
        appendixReason('duplicate-code', { code, first: String(twin.row) }),
      )
      rows.push({ row: r, status: 'rejected', reason: `duplicate code ${code}` })
      continue
    }
    if (content === '') {
      reject(r, columns.content, appendixReason('no-content', { stt }))
      rows.push({ row: r, status: 'rejected', reason: 'no content' })
      continue
    }
    const node: TableNode = {
      key,
      code,
      stt,
      row: r,
      depth,
      title: content,
      max,
      method: text(r, columns.method),
      source: text(r, columns.source),
      children: [],
    }
    byKey.set(key, node)
    byCode.set(code, node)
    if (parent) parent.children.push(node)
    else top.push(node)
    if (depth === 1 && roman) area = node
    rows.push({ row: r, status: 'used', node: code })
  }

  // The carried methodology, and the table it renders to: what the visible rows are compared with.
  const carried = meta === undefined ? undefined : carriedMethodology(meta, file)
  const rendered = new Map<string, AppendixRow>()
  if (carried !== undefined) for (const row of buildAppendix(carried).rows) rendered.set(row.code, row)
  const sameAsRendered = (node: TableNode) => {
    const row = rendered.get(node.code)
    if (row === undefined) return false
    const value = kind === 'points' ? row.max : row.weight
    return (
      row.stt === node.stt &&
      pick(row.title, language) === node.title.trimStart() &&
      (value === null ? node.max === null : node.max !== null && dec(value).eq(node.max)) &&
      pick(row.guidance, language) === node.method &&
      (row.source === null ? node.source === '' : pick(row.source, language) === node.source)
    )
  }

  // Maxima add up: a parent's maximum is the sum of its children's (unless the carried methodology says so).
  const checkSums = (nodes: TableNode[]) => {
    for (const node of nodes) {
      checkSums(node.children)
      if (node.max === null || node.children.length === 0 || kind !== 'points') continue
      if (node.children.some((child) => child.max === null)) continue
      const sum = node.children.reduce((total, child) => total.plus(child.max!), dec(0))
      if (!sum.eq(node.max) && !sameAsRendered(node))
        reject(
          node.row,
          columns.max,
          appendixReason('children-sum', {
            stt: node.stt,
            max: node.max,
            count: String(node.children.length),
            sum: sum.toFixed(),
          }),
          'correct the parent’s or a child’s maximum',
        )
    }
  }
  checkSums(top)
  if (totalRow !== undefined && kind === 'points' && top.every((node) => node.max !== null)) {
    const total = parseNumberText(totalRow.value, { exponent: false })
    const sum = top.reduce((acc, node) => acc.plus(node.max!), dec(0))
    if (total === undefined || !dec(total).eq(sum))
      reject(
        totalRow.row,
        columns.max,
        appendixReason('total-sum', { total: totalRow.value, sum: sum.toFixed() }),
      )
  }
  const all = [...byKey.values()]
  if (all.length === 0 && rejected.length === 0)
    reject(headerRow + 1, columns.stt, appendixReason('no-criteria'))
  for (const node of all) {
    if (kind === 'points' && node.children.length === 0 && node.max === null)
      reject(node.row, columns.max, appendixReason('no-maximum', { stt: node.stt }))
  }
  if (rejected.length > 0) {
    throw new ChisoError(
      'INVALID_CELL',
      `${file}: ${rejected.length} cell(s) of the appendix table rejected`,
      {
        issues: rejected,
      },
    )
  }

  // Read back exactly: the rows are the carried methodology's, cell for cell.
  if (carried !== undefined && all.length === rendered.size && all.every(sameAsRendered)) {
    return {
      methodology: carried,
      exact: true,
      carried: `${meta!.meta.methodology.id}@${meta!.meta.methodology.version}`,
      sheet: sheet.name,
      headerRow,
      rows,
      notes,
    }
  }
  if (carried === undefined && kind === 'composite') {
    throw new ChisoError('INVALID_XLSX', `${file}: a weights table is read back only with its methodology`, {
      issues: [
        {
          file,
          sheet: sheet.name,
          message: 'a composite (weights) table lacks normalisation and aggregation',
        },
      ],
    })
  }

  // Built from the table; a node the carried methodology has (same code) keeps its rule and everything else
  // the table cannot show, and a cell that differs from it is taken from the table and noted.
  const carriedNodes = new Map<string, Record<string, unknown>>()
  const collect = (nodes: unknown) => {
    for (const node of (nodes as Array<Record<string, unknown>>) ?? []) {
      carriedNodes.set(node.code as string, node)
      collect(node.children)
    }
  }
  if (carried !== undefined) collect(carried.tree)
  const toDocument = (node: TableNode): Record<string, unknown> => {
    const before = carriedNodes.get(node.code)
    const out: Record<string, unknown> = before ? { ...before } : { code: node.code }
    delete out.children
    const rendered = before ? buildRow(node.code) : undefined
    if (!rendered || pick(rendered.title, language) !== node.title) out.title = titleOf(node.title, language)
    if (kind === 'points') {
      if (node.max === null) delete out.max
      else if (!(typeof out.max === 'string' && dec(out.max).eq(node.max))) out.max = node.max
    } else if (node.max !== null && !(typeof out.weight === 'string' && dec(out.weight).eq(node.max)))
      out.weight = node.max
    if (before && rendered && !sameAsRendered(node))
      note(
        { file, sheet: sheet.name, row: node.row },
        appendixReason('differs-from-carried', { code: node.code, carried: carriedName() }),
      )
    if (
      node.source !== '' &&
      (!rendered || rendered.source === null || pick(rendered.source, language) !== node.source)
    ) {
      const source = Object.entries(SOURCES).find(
        ([, names]) =>
          names.vi === node.source || names.en === node.source || `${names.vi}\n${names.en}` === node.source,
      )
      if (source) out.source = source[0]
      else {
        out.description = [out.description, `Nguồn: ${node.source}`].filter(Boolean).join('\n')
        note(
          { file, sheet: sheet.name, row: node.row, column: columns.source },
          appendixReason('unknown-source', {
            code: node.code,
            source: clip(node.source),
            sources: Object.values(SOURCES)
              .map((s) => s.vi)
              .join(', '),
          }),
        )
      }
    }
    if (node.children.length > 0) {
      delete out.rule
      delete out.normalise
      out.children = node.children.map(toDocument)
    } else if (out.rule === undefined) {
      const method = language === 'both' ? (node.method.split('\n')[0] ?? '') : node.method
      const rule = ruleFromMethod(method, node.max)
      if (rule) out.rule = rule
      else {
        out.rule = { use: 'chiso/points' }
        if (node.method !== '') out.description = [out.description, node.method].filter(Boolean).join('\n')
        note(
          {
            file,
            sheet: sheet.name,
            row: node.row,
            ...(columns.method !== undefined ? { column: columns.method } : {}),
          },
          appendixReason('no-one-rule', { code: node.code }),
        )
      }
    }
    return out
  }
  const buildRow = (code: string) => rendered.get(code)
  const carriedName = () => `${meta!.meta.methodology.id}@${meta!.meta.methodology.version}`
  const tree = top.map(toDocument)
  const methodology: Record<string, unknown> = carried
    ? { ...carried, tree }
    : {
        id: options.mapping?.id ?? options.id ?? 'appendix-import',
        version: options.mapping?.version ?? options.version ?? '0.1.0',
        title: options.mapping?.title ?? firstLine?.split('\n')[0] ?? sheet.name,
        status: 'draft',
        result: { type: 'points' },
        tree,
      }
  if (carried && options.id !== undefined) methodology.id = options.id
  if (carried && options.version !== undefined) methodology.version = options.version
  else if (carried)
    note({ file, sheet: sheet.name }, appendixReason('new-version-needed', { carried: carriedName() }))
  return {
    methodology,
    exact: false,
    carried: meta ? `${meta.meta.methodology.id}@${meta.meta.methodology.version}` : null,
    sheet: sheet.name,
    headerRow,
    rows,
    notes,
  }
}

function readMeta(
  workbook: ExcelJS.Workbook,
  file: string,
): { meta: AppendixMeta; json: string } | undefined {
  const hidden = workbook.getWorksheet(APPENDIX_SHEET)
  if (hidden === undefined) return undefined
  const fail = (message: string) =>
    new ChisoError('INVALID_XLSX', `${file}: the hidden sheet "${APPENDIX_SHEET}" is damaged`, {
      issues: [
        {
          file,
          sheet: APPENDIX_SHEET,
          row: 1,
          column: 1,
          message,
          hint: 'render the appendix again, or delete that sheet to read the visible table alone',
        },
      ],
    })
  let meta: unknown
  try {
    meta = JSON.parse(sheetCellText(hidden.getCell(1, 1).value).text)
  } catch {
    throw fail('cell A1 is not a chiso appendix description (JSON)')
  }
  const problem = appendixMetaProblem(meta)
  if (problem !== undefined) throw fail(problem)
  const description = meta as AppendixMeta
  const json = Array.from(
    { length: description.chunks },
    (_, i) => sheetCellText(hidden.getCell(i + 2, 1).value).text,
  ).join('')
  return { meta: description, json }
}

function carriedMethodology(
  meta: { meta: AppendixMeta; json: string },
  file: string,
): Record<string, unknown> {
  const issue = (message: string): ChisoIssue => ({ file, sheet: APPENDIX_SHEET, row: 2, column: 1, message })
  let value: unknown
  try {
    value = JSON.parse(meta.json)
  } catch {
    throw new ChisoError('INVALID_XLSX', `${file}: the carried methodology is not JSON`, {
      issues: [issue('truncated or edited')],
    })
  }
  let fingerprint: string
  try {
    fingerprint = createEngine().compile(value).fingerprint
  } catch (error) {
    if (!isChisoError(error)) throw error
    throw new ChisoError('INVALID_XLSX', `${file}: the carried methodology does not compile`, {
      issues: [issue(error.message)],
    })
  }
  if (fingerprint !== meta.meta.methodology.fingerprint) {
    throw new ChisoError('FINGERPRINT_MISMATCH', `${file}: the carried methodology was altered`, {
      issues: [
        issue(
          `its fingerprint is ${fingerprint}, not the ${meta.meta.methodology.fingerprint} the workbook was rendered with`,
        ),
      ],
    })
  }
  return value as Record<string, unknown>
}

function pickSheet(workbook: ExcelJS.Workbook, file: string, name: string | undefined): ExcelJS.Worksheet {
  const visible = workbook.worksheets.filter((sheet) => sheet.name !== APPENDIX_SHEET)
  const sheet = name === undefined ? visible[0] : visible.find((candidate) => candidate.name === name)
  if (sheet === undefined) {
    throw new ChisoError(
      'INVALID_XLSX',
      `${file}: no sheet ${name === undefined ? 'to read' : `"${name}"`}`,
      {
        issues: [{ file, message: `the sheets are: ${visible.map((s) => s.name).join(', ') || '(none)'}` }],
      },
    )
  }
  return sheet
}

const HEADING_KEYS = {
  stt: 'stt',
  code: 'code',
  content: 'title',
  max: 'max',
  method: 'guidance',
  source: 'source',
} as const

function findHeader(
  sheet: ExcelJS.Worksheet,
  text: (row: number, column: number) => string,
  hint: number | undefined,
): { headerRow: number; columns: Columns; language: Language } | undefined {
  const rows =
    hint !== undefined ? [hint] : Array.from({ length: Math.min(sheet.rowCount, 60) }, (_, i) => i + 1)
  for (const r of rows) {
    for (const language of ['both', 'vi', 'en'] as const) {
      const columns: Partial<Record<keyof Columns, number>> = {}
      for (let c = 1; c <= Math.min(sheet.columnCount, 30); c++) {
        const cell = text(r, c)
        for (const [key, heading] of Object.entries(HEADING_KEYS) as Array<
          [keyof Columns, keyof typeof APPENDIX_HEADINGS]
        >) {
          const forms = [APPENDIX_HEADINGS[heading]]
          if (key === 'max') forms.push(APPENDIX_HEADINGS.weight)
          if (forms.some((form) => pick(form, language) === cell)) columns[key] = c
        }
      }
      if (columns.stt !== undefined && columns.content !== undefined && columns.max !== undefined)
        return { headerRow: r, columns: columns as Columns, language }
    }
  }
  return undefined
}

function pick(text: BilingualText, language: Language): string {
  if (language === 'vi') return text.vi
  if (language === 'en') return text.en
  return text.vi === text.en ? text.vi : `${text.vi}\n${text.en}`
}

function titleOf(text: string, language: Language): string | { vi: string; en: string } {
  const trimmed = text.trimStart()
  if (language !== 'both') return trimmed
  const [vi, en, ...rest] = trimmed.split('\n')
  return en !== undefined && rest.length === 0 ? { vi: vi!, en } : trimmed
}

function isTotal(content: string): boolean {
  const total = APPENDIX_HEADINGS.total
  return (
    [total.vi, total.en, `${total.vi}\n${total.en}`].includes(content) ||
    /^tổng( cộng| số)?\b/iu.test(content)
  )
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!]!
    const next = values[roman[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
