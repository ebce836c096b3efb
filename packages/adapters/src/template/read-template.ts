import {
  type CompiledMethodology,
  dec,
  EVIDENCE_PROPERTIES,
  type Evidence,
  type Observation,
  parseDataset,
  type Unit,
} from '@chiso/core'
import type ExcelJS from 'exceljs'
import { CellRejection, readCell, rejectionAt } from '../cell/read-cell.js'
import { importFailure } from '../report/import-failure.js'
import {
  emptyImportReport,
  type ImportResult,
  type RejectedCell,
  type UsedCells,
} from '../report/import-report.js'
import { type Reason, reasoned, reasonOf, withReasonCode } from '../report/reason-code.js'
import { isoDate } from '../table/note-columns.js'
import { columnLetters } from '../table/table.js'
import { sheetCellText } from '../xlsx/cell-text.js'
import {
  TEMPLATE_SHEET,
  type TemplateColumn,
  type TemplateMeta,
  templateMetaProblem,
} from './template-meta.js'

/**
 * Options of {@link readTemplate}.
 *
 * @example
 * ```ts
 * const options: ReadTemplateOptions = { file: 'tu-danh-gia.xlsx', methodology: compiled }
 * ```
 *
 * @category Templates
 */
export interface ReadTemplateOptions {
  file: string
  /**
   * The methodology the data is for: its fingerprint must be the template's (else a located
   * `FINGERPRINT_MISMATCH`), and its leaves say which cells are inputs and their maxima.
   */
  methodology?: CompiledMethodology
}

/**
 * Whether a loaded workbook is a chiso template (it has the very hidden `chiso` sheet).
 *
 * @example
 * ```ts
 * isTemplateWorkbook(workbook) // true for a file written by writeTemplate
 * ```
 *
 * @category Templates
 */
export function isTemplateWorkbook(workbook: ExcelJS.Workbook): boolean {
  return workbook.getWorksheet(TEMPLATE_SHEET) !== undefined
}

/**
 * Reads a filled template (see `writeTemplate`) back into a dataset, with no mapping: each input cell becomes
 * an observation of its unit, leaf, field and round (an empty input cell an explicit missing one, located), the
 * evidence, explanation and comment cells go on the row's observation (dates read as dd/mm/yyyy or
 * yyyy-mm-dd), and earlier rounds come back from the workbook's description with their own origins. Every
 * cell is accounted for: the criterion text and read-only copies are ignored with a reason, a value the rule
 * cannot take (text, points above the maximum, a malformed date) is rejected with its sheet and address.
 * A template made for another methodology is refused with `FINGERPRINT_MISMATCH`.
 *
 * @example
 * ```ts
 * const workbook = new ExcelJS.Workbook()
 * await workbook.xlsx.load(bytes)
 * const { dataset, report } = readTemplate(workbook, { file: 'tu-danh-gia.xlsx', methodology: compiled })
 * ```
 *
 * @category Templates
 */
export function readTemplate(workbook: ExcelJS.Workbook, options: ReadTemplateOptions): ImportResult {
  const { file } = options
  const hidden = workbook.getWorksheet(TEMPLATE_SHEET)!
  const described = `${file}: not a readable chiso template`
  let meta: TemplateMeta
  try {
    meta = JSON.parse(sheetCellText(hidden.getCell(1, 1).value).text) as TemplateMeta
  } catch {
    throw importFailure(described, [
      {
        code: 'INVALID_XLSX',
        file,
        sheet: TEMPLATE_SHEET,
        row: 1,
        column: 1,
        message: 'the template description is not JSON',
      },
    ])
  }
  const problem = templateMetaProblem(meta)
  if (problem !== undefined)
    throw importFailure(described, [
      { code: 'INVALID_XLSX', file, sheet: TEMPLATE_SHEET, row: 1, column: 1, message: problem },
    ])
  const compiled = options.methodology
  if (compiled && compiled.fingerprint !== meta.methodology.fingerprint) {
    const made = `${meta.methodology.id}@${meta.methodology.version} (${meta.methodology.fingerprint.slice(0, 19)}…)`
    throw importFailure(`${file} was made for another methodology`, [
      {
        code: 'FINGERPRINT_MISMATCH',
        file,
        sheet: TEMPLATE_SHEET,
        row: 1,
        column: 1,
        message: `the workbook was made for ${made}, not for ${compiled.methodology.id}@${compiled.methodology.version} (${compiled.fingerprint.slice(0, 19)}…)`,
        hint: 'score it with the methodology it was made for, or make a new workbook with chiso template',
      },
    ])
  }
  const leaves = compiled ? new Map(compiled.model.leaves.map((leaf) => [leaf.code, leaf])) : undefined

  const report = emptyImportReport({ file, format: 'template' }, 0)
  const used = (
    sheet: string,
    fromRow: number,
    toRow: number,
    fromColumn: number,
    toColumn: number,
    as: UsedCells['as'],
    extra: Partial<UsedCells> = {},
  ) => {
    const cells = (toRow - fromRow + 1) * (toColumn - fromColumn + 1)
    if (cells <= 0) return
    report.used.push({ sheet, fromRow, toRow, fromColumn, toColumn, as, ...extra })
    report.cells.used += cells
  }
  const ignored = (
    sheet: string,
    fromRow: number,
    toRow: number,
    fromColumn: number,
    toColumn: number,
    reason: Reason,
  ) => {
    const cells = (toRow - fromRow + 1) * (toColumn - fromColumn + 1)
    if (cells <= 0) return
    report.ignored.push(reasoned({ sheet, fromRow, toRow, fromColumn, toColumn }, reason))
    report.cells.ignored += cells
  }
  const rejected: RejectedCell[] = report.rejected

  // The description, the units and the earlier rounds, in the hidden sheet.
  const units: Unit[] = []
  const sheetOf: string[] = []
  for (let i = 0; i < meta.units; i++) {
    const row = hidden.getRow(i + 2)
    const text = (c: number) => sheetCellText(row.getCell(c).value).text.normalize('NFC').trim()
    const unit: Unit = { code: text(2) }
    if (text(3) !== '') unit.name = text(3)
    if (text(4) !== '') unit.group = text(4)
    units.push(unit)
    sheetOf.push(text(1))
  }
  const observations: Observation[] = []
  const priorRows: unknown[] = []
  for (let i = 0; i < meta.prior; i++) {
    const row = meta.units + 2 + i
    try {
      priorRows.push(JSON.parse(sheetCellText(hidden.getCell(row, 1).value).text))
    } catch {
      throw importFailure(described, [
        {
          code: 'INVALID_XLSX',
          file,
          sheet: TEMPLATE_SHEET,
          row,
          column: 1,
          message: 'an earlier-round observation is not JSON',
        },
      ])
    }
  }
  if (priorRows.length > 0)
    observations.push(...parseDataset({ units, observations: priorRows }).observations)
  report.cells.total += 1 + meta.units * 4 + meta.prior
  used(TEMPLATE_SHEET, 1, 1, 1, 1, 'header')
  used(TEMPLATE_SHEET, 2, meta.units + 1, 1, 4, 'unit')
  used(TEMPLATE_SHEET, meta.units + 2, meta.units + 1 + meta.prior, 1, 1, 'observation')

  const byKind = (kind: TemplateColumn['kind']) => meta.columns.filter((column) => column.kind === kind)
  const codeColumn = byKind('code')[0]?.column ?? 2
  const maxColumn = byKind('max')[0]?.column
  const fixedColumns = meta.columns.filter((c) =>
    ['stt', 'code', 'title', 'max', 'guidance'].includes(c.kind),
  )
  const fixedTo = Math.max(0, ...fixedColumns.map((c) => c.column))

  const readSheet = (sheet: ExcelJS.Worksheet, unitAt: (column: TemplateColumn) => number | undefined) => {
    const name = sheet.name
    const rowCount = sheet.rowCount
    const width = Math.max(sheet.columnCount, meta.columns.length)
    report.cells.total += rowCount * width
    ignored(name, 1, Math.min(meta.headerRow, rowCount), 1, width, reasonOf('template-headings'))
    ignored(name, meta.firstRow, rowCount, 1, fixedTo, reasonOf('criterion-text'))
    // Anything right of the template's columns is not part of it.
    ignored(name, meta.firstRow, rowCount, meta.columns.length + 1, width, reasonOf('outside-template'))
    for (const column of meta.columns) {
      if (column.kind === 'prior' || column.kind === 'prior-notes')
        ignored(name, meta.firstRow, rowCount, column.column, column.column, reasonOf('earlier-round-copy'))
    }
    const inputs = meta.columns.filter((c) =>
      ['field', 'evidence', 'explanation', 'comment'].includes(c.kind),
    )
    for (let r = meta.firstRow; r <= rowCount; r++) {
      const row = sheet.getRow(r)
      const code = sheetCellText(row.getCell(codeColumn).value).text.trim()
      const leaf = leaves?.get(code)
      // Without the methodology, the workbook's own list of criteria and the fields each reads.
      const fields = leaf ? Object.keys(leaf.rule!.fields) : meta.inputs?.[code]
      const isLeaf = leaves ? leaf !== undefined : meta.inputs ? fields !== undefined : code !== ''
      const cellText = (c: number) => sheetCellText(row.getCell(c).value).text
      const reject = (c: number, value: string, reason: Reason, unit?: string) => {
        rejected.push(
          withReasonCode(
            {
              file,
              sheet: name,
              row: r,
              column: c,
              address: `${columnLetters(c)}${r}`,
              value,
              reason: reason.text,
              ...(unit ? { unit } : {}),
            },
            reason,
          ),
        )
      }
      if (!isLeaf) {
        for (const column of inputs) {
          const text = cellText(column.column)
          if (text.trim() !== '')
            reject(
              column.column,
              text,
              code === ''
                ? reasonOf('value-without-criterion')
                : reasonOf('not-an-input-criterion', { criterion: code }),
            )
          else
            ignored(
              name,
              r,
              r,
              column.column,
              column.column,
              code === '' ? reasonOf('empty-row') : reasonOf('area-row'),
            )
        }
        continue
      }
      const max = maxColumn === undefined ? undefined : cellText(maxColumn).trim()
      // The observations of this row, by unit position, in column order.
      const rowObservations = new Map<number, Observation[]>()
      const notes: Array<{ column: TemplateColumn; unit: number; text: string }> = []
      for (const column of inputs) {
        const unitIndex = unitAt(column)
        const unit = unitIndex === undefined ? undefined : units[unitIndex]
        if (unit === undefined) {
          ignored(name, r, r, column.column, column.column, reasonOf('no-unit-for-column'))
          continue
        }
        const cell = row.getCell(column.column)
        const raw = cell.value
        if (column.kind !== 'field') {
          const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : sheetCellText(raw).text
          if (text.trim() === '') used(name, r, r, column.column, column.column, 'note', { node: code })
          else notes.push({ column, unit: unitIndex!, text })
          continue
        }
        const field = column.field!
        const text = sheetCellText(raw).text
        if (fields !== undefined && !fields.includes(field)) {
          if (text.trim() === '')
            ignored(
              name,
              r,
              r,
              column.column,
              column.column,
              reasonOf('field-not-read', { criterion: code, field }),
            )
          else
            reject(
              column.column,
              text,
              reasonOf('field-not-read', { criterion: code, field, fields: fields.join(', ') }),
              unit.code,
            )
          continue
        }
        const value = readCell(text)
        if (value instanceof CellRejection) {
          reject(column.column, text, rejectionAt(value, { criterion: code, unit: unit.code }), unit.code)
          continue
        }
        if (
          typeof value === 'string' &&
          value !== 'NA' &&
          field === 'value' &&
          leaf?.rule?.def.id === 'chiso/points' &&
          max !== undefined &&
          max !== '' &&
          dec(value).gt(max)
        ) {
          reject(
            column.column,
            text,
            reasonOf('above-maximum', { criterion: code, unit: unit.code, value, max }),
            unit.code,
          )
          continue
        }
        const observation: Observation = {
          unit: unit.code,
          node: code,
          field,
          value,
          origin: { file, sheet: name, row: r, column: columnLetters(column.column) },
        }
        if (meta.round !== undefined) observation.round = meta.round
        observations.push(observation)
        const list = rowObservations.get(unitIndex!)
        if (list) list.push(observation)
        else rowObservations.set(unitIndex!, [observation])
        used(name, r, r, column.column, column.column, 'observation', {
          node: code,
          field,
          ...(meta.round ? { round: meta.round } : {}),
        })
      }
      // Notes go on the unit's first observation of this row.
      const evidence = new Map<number, Map<number, Evidence>>()
      for (const { column, unit, text } of notes) {
        const owner = rowObservations.get(unit)?.[0]
        const unitCode = units[unit]!.code
        if (!owner) {
          reject(
            column.column,
            text,
            reasonOf('note-without-input', { criterion: code, unit: unitCode }),
            unitCode,
          )
          continue
        }
        const value = text.normalize('NFC').trim()
        if (column.kind === 'explanation') owner.explanation = value
        else if (column.kind === 'comment') owner.comment = value
        else {
          // One evidence item per line: the n-th line of each evidence cell belongs to item n.
          const lines = value.split(/\r?\n/)
          let bad = false
          const items = evidence.get(unit) ?? new Map<number, Evidence>()
          lines.forEach((line, n) => {
            const part = line.trim()
            if (part === '' || bad) return
            let stored = part
            if (column.property === 'date') {
              const date = isoDate(part)
              if (date === undefined) {
                reject(
                  column.column,
                  text,
                  reasonOf('evidence-not-a-date', { criterion: code, unit: unitCode, value: part }),
                  unitCode,
                )
                bad = true
                return
              }
              stored = date
            }
            items.set(n, { ...items.get(n), [column.property!]: stored })
          })
          if (bad) continue
          evidence.set(unit, items)
        }
        used(name, r, r, column.column, column.column, 'note', { node: code })
      }
      for (const [unit, items] of evidence) {
        const owner = rowObservations.get(unit)![0]!
        owner.evidence = [...items.entries()]
          .sort(([a], [b]) => a - b)
          .map(
            ([, item]) =>
              Object.fromEntries(
                EVIDENCE_PROPERTIES.filter((p) => item[p] !== undefined).map((p) => [p, item[p]]),
              ) as Evidence,
          )
      }
    }
  }

  if (meta.layout === 'sheets') {
    sheetOf.forEach((sheetName, index) => {
      const sheet = workbook.getWorksheet(sheetName)
      if (!sheet)
        throw importFailure(`${file}: the sheet of unit "${units[index]!.code}" is missing`, [
          {
            code: 'INVALID_XLSX',
            file,
            sheet: sheetName,
            message: `no sheet "${sheetName}" (unit "${units[index]!.code}"); was it renamed or deleted?`,
          },
        ])
      readSheet(sheet, () => index)
    })
  } else {
    const sheet = workbook.worksheets.find((s) => s.name !== TEMPLATE_SHEET)
    if (!sheet)
      throw importFailure(`${file}: the form sheet is missing`, [
        { code: 'INVALID_XLSX', file, message: 'the workbook has no form sheet' },
      ])
    readSheet(sheet, (column) => column.unit)
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.name === TEMPLATE_SHEET || sheetOf.includes(sheet.name) || meta.layout === 'columns') continue
    report.cells.total += sheet.rowCount * sheet.columnCount
    ignored(sheet.name, 1, sheet.rowCount, 1, sheet.columnCount, reasonOf('sheet-not-in-template'))
  }
  report.cells.rejected = rejected.length
  report.units = units.length
  report.observations = observations.length
  const dataset = parseDataset({ ...(meta.rounds ? { rounds: meta.rounds } : {}), units, observations })
  return { dataset, report }
}
