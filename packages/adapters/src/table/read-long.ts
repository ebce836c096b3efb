import {
  type ChisoIssue,
  type Dataset,
  EVIDENCE_PROPERTIES,
  NodeCodeSchema,
  type Observation,
  parseDataset,
  RoundCodeSchema,
  SourceSchema,
  type Unit,
  withErrorReason,
} from '@chiso/core'
import { ambiguousSeparator, separatorEvidence } from '../cell/mixed-separators.js'
import { restoreNeutralised } from '../cell/neutralise.js'
import { CellRejection, cellRejection, readCell, rejectionAt } from '../cell/read-cell.js'
import { textInterner } from '../cell/text-interner.js'
import { headerReason } from '../report/header-reason.js'
import { importFailure } from '../report/import-failure.js'
import { emptyImportReport, type ImportResult } from '../report/import-report.js'
import { type Reason, reasoned, reasonOf, withReasonCode } from '../report/reason-code.js'
import { headerKey, isUnitHeader } from './headers.js'
import { attachNotes, type NoteCell, type NoteTarget } from './note-columns.js'
import type { TableReadOptions } from './read-wide.js'
import { locator, type Table, unitCodeProblem } from './table.js'

const LONG_COLUMNS = {
  node: ['node', 'leaf', 'icode', 'tiêu chí', 'mã tiêu chí'],
  value: ['value', 'giá trị', 'điểm'],
  field: ['field', 'trường'],
  source: ['source', 'nguồn'],
  name: ['name', 'uname', 'tên', 'tên đơn vị'],
  group: ['group', 'nhóm'],
  round: ['round', 'vòng'],
  explanation: ['explanation', 'giải trình'],
  comment: ['comment', 'ý kiến'],
} as const
type LongRole = keyof typeof LONG_COLUMNS | 'unit' | 'evidence'

// `evidence.number`, `evidence2.date`…: one property of one evidence item (as in wide tables' note columns).
const EVIDENCE_COLUMN = /^evidence(?<item>[1-9]\d{0,2})?\.(?<property>[a-z]+)$/

/**
 * Tells whether a header row describes a long table (it has a node column and a value column).
 *
 * @example
 * ```ts
 * isLongHeader(['unit', 'node', 'value']) // true
 * isLongHeader(['unit', 'name', '1.1'])   // false
 * ```
 *
 * @category Import
 */
export function isLongHeader(header: ReadonlyArray<string>): boolean {
  const keys = header.map(headerKey)
  return (
    keys.some((key) => (LONG_COLUMNS.node as ReadonlyArray<string>).includes(key)) &&
    keys.some((key) => (LONG_COLUMNS.value as ReadonlyArray<string>).includes(key))
  )
}

/**
 * Reads a long table — one row per observation: `unit,node,value[,field][,source][,name][,group]` — into a
 * dataset and its import report. A row with a unit and no node only lists the unit (a unit without
 * observations). Rows with a bad node code, field, source or value are rejected (the row's cells), the rest
 * is imported.
 *
 * @example
 * ```ts
 * const table = { file: 'd.csv', rows: [['unit', 'node', 'value'], ['A', '1.1', '7,5']], rowNumbers: [1, 2], width: 3 }
 * readLongTable(table, {}).dataset.observations
 * // [{ unit: 'A', node: '1.1', field: 'value', value: '7.5', origin: { file: 'd.csv', row: 2, column: 3 } }]
 * ```
 *
 * @category Import
 */
export function readLongTable(table: Table, options: TableReadOptions = {}): ImportResult {
  const mapping = options.mapping ?? {}
  const at = locator(table, false)
  const { rows, width } = table
  const headerIndex = rows.findIndex((row, r) => r < 50 && row.some((cell) => isUnitHeader(cell, mapping)))
  if (headerIndex < 0) {
    throw importFailure(`${table.file}: no unit column`, [
      withErrorReason<ChisoIssue>(
        {
          code: 'INVALID_HEADER',
          file: table.file,
          message: 'no header row with a "unit" column (expected unit,node,value[,field][,source])',
        },
        headerReason('header.no-long-unit-column', {}),
      ),
    ])
  }
  const header = rows[headerIndex] as string[]
  // The evidence item and property of each evidence column.
  const evidenceOf = new Map<number, { item: number; property: (typeof EVIDENCE_PROPERTIES)[number] }>()
  const roles: Array<LongRole | undefined> = header.map((cell, c) => {
    if (isUnitHeader(cell, mapping)) return 'unit'
    const evidence = EVIDENCE_COLUMN.exec(cell.trim())
    if (
      evidence?.groups &&
      (EVIDENCE_PROPERTIES as ReadonlyArray<string>).includes(evidence.groups.property!)
    ) {
      evidenceOf.set(c, {
        item: evidence.groups.item === undefined ? 1 : Number(evidence.groups.item),
        property: evidence.groups.property as (typeof EVIDENCE_PROPERTIES)[number],
      })
      return 'evidence'
    }
    const key = headerKey(cell)
    for (const [role, names] of Object.entries(LONG_COLUMNS)) {
      if ((names as ReadonlyArray<string>).includes(key)) return role as LongRole
    }
    return undefined
  })
  const col = (role: LongRole) => roles.indexOf(role)
  const [cUnit, cNode, cValue, cField, cSource, cName, cGroup, cRound] = (
    ['unit', 'node', 'value', 'field', 'source', 'name', 'group', 'round'] as const
  ).map(col) as [number, number, number, number, number, number, number, number]
  const noteColumns = roles.flatMap((role, c) =>
    role === 'explanation' || role === 'comment' || role === 'evidence' ? [c] : [],
  )
  // Without a node or a value column no row can say anything (and observations would have no origin cell).
  const lacking = (['node', 'value'] as const).filter((role) => col(role) < 0)
  if (lacking.length > 0) {
    throw importFailure(`${table.file}: not a long table`, [
      withErrorReason<ChisoIssue>(
        {
          code: 'INVALID_HEADER',
          file: table.file,
          ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
          row: at.position(headerIndex, 0).row,
          message: `no ${lacking.map((role) => `"${role}"`).join(' or ')} column (expected unit,node,value[,field][,source])`,
        },
        headerReason('header.long-lacking', {
          first: lacking[0]!,
          ...(lacking[1] === undefined ? {} : { second: lacking[1] }),
        }),
      ),
    ])
  }

  const report = emptyImportReport(
    { file: table.file, sheet: table.sheet, format: 'long', headerRow: at.position(headerIndex, 0).row },
    rows.length * width,
  )
  const last = rows.length - 1
  if (headerIndex > 0) {
    report.ignored.push(
      reasoned(
        { fromRow: 1, toRow: at.position(headerIndex - 1, 0).row, fromColumn: 1, toColumn: width },
        reasonOf('above-header'),
      ),
    )
  }
  let ignored = headerIndex * width
  roles.forEach((role, c) => {
    const whole = {
      fromRow: at.position(headerIndex, c).row,
      toRow: at.position(last, c).row,
      fromColumn: c + 1,
      toColumn: c + 1,
    }
    if (role === undefined) {
      report.ignored.push(reasoned(whole, reasonOf('not-a-long-column', { header: header[c] ?? '' })))
      ignored += rows.length - headerIndex
    } else
      report.used.push({
        ...whole,
        as:
          role === 'unit' || role === 'name' || role === 'group'
            ? role
            : noteColumns.includes(c)
              ? 'note'
              : 'observation',
      })
  })
  for (let c = header.length; c < width; c++) ignored += rows.length - headerIndex
  const ignoredColumns = roles.filter((role) => role === undefined).length + (width - header.length)

  const units = new Map<string, Unit>()
  const intern = textInterner()
  const observations: Observation[] = []
  const format = {
    decimal: mapping.decimal ?? 'auto',
    percent: mapping.percent ?? 'fraction',
    exponent: mapping.exponent !== false,
  } as const
  const text = (row: string[], c: number) =>
    c < 0 ? '' : restoreNeutralised((row[c] ?? '').normalize('NFC').trim())
  // One file follows one convention: where the value column groups thousands with a separator somewhere
  // (`1.234.567`), a cell such as `987.654` would be read two ways, and is rejected (as in wide tables).
  const separators =
    format.decimal === 'auto' && cValue >= 0
      ? separatorEvidence(rows.slice(headerIndex + 1, last + 1).map((row) => row[cValue] ?? ''))
      : {}
  const twoWays = (raw: string) =>
    separators.dotGroups === undefined && separators.commaGroups === undefined
      ? undefined
      : ambiguousSeparator(raw, separators, (index) => {
          const r = headerIndex + 1 + index
          return { address: at.address(r, cValue), row: at.position(r, cValue).row }
        })
  for (let r = headerIndex + 1; r <= last; r++) {
    const row = rows[r] as string[]
    if (row.every((cell) => cell.trim() === '')) {
      report.ignored.push(reasoned(span(at, r, width), reasonOf('blank-row')))
      ignored += width - ignoredColumns
      continue
    }
    // The unit a rejected row names, once the unit code is known to be a valid one.
    let named = ''
    const rejectRow = (reason: Reason) => {
      report.ignored.push(reasoned(span(at, r, width), reason))
      roles.forEach((role, c) => {
        const raw = row[c] ?? ''
        if (role === undefined) return
        if (raw.trim() === '') {
          ignored++
          return
        }
        report.rejected.push(
          withReasonCode(
            {
              file: table.file,
              ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
              ...at.position(r, c),
              value: raw,
              reason: reason.text,
              ...(named === '' ? {} : { unit: named }),
            },
            reason,
          ),
        )
      })
    }
    // A note cell rejected alone (the row's other cells are used), at its place.
    const noteRejected = (r: number, c: number, reason: Reason, unit: string) =>
      withReasonCode(
        {
          file: table.file,
          ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
          ...at.position(r, c),
          value: row[c] ?? '',
          reason: reason.text,
          unit,
        },
        reason,
      )
    const unit = text(row, cUnit)
    const node = text(row, cNode)
    if (unit === '') {
      rejectRow(reasonOf('no-unit-code'))
      continue
    }
    const problem = unitCodeProblem(unit)
    if (problem !== undefined) {
      rejectRow(problem)
      continue
    }
    named = unit
    const entry = units.get(unit) ?? { code: unit }
    const name = text(row, cName)
    const group = text(row, cGroup)
    if (name !== '' && entry.name === undefined) entry.name = name
    if (group !== '' && entry.group === undefined) entry.group = group
    units.set(unit, entry)
    if (node === '' && text(row, cValue) === '') {
      // A unit row (no node, no value): a note there belongs to no observation.
      for (const c of noteColumns)
        if (text(row, c) !== '')
          report.rejected.push(
            noteRejected(r, c, reasonOf('note-without-observation', { header: header[c] ?? '' }), unit),
          )
      continue
    }
    if (!NodeCodeSchema.safeParse(node).success) {
      rejectRow(reasonOf('not-a-node-code', { node }))
      continue
    }
    if (options.leaves !== undefined && !options.leaves.has(node)) {
      rejectRow(reasonOf('no-such-leaf', { node }))
      continue
    }
    const field = text(row, cField) || 'value'
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) {
      rejectRow(reasonOf('not-a-field-name', { field }))
      continue
    }
    const sourceText = text(row, cSource) || mapping.source
    const source = sourceText === undefined ? undefined : SourceSchema.safeParse(sourceText)
    if (source && !source.success) {
      rejectRow(reasonOf('not-a-source', { source: sourceText ?? '' }))
      continue
    }
    const round = text(row, cRound) || (text(row, cSource) === '' ? (mapping.round ?? '') : '')
    if (round !== '' && !RoundCodeSchema.safeParse(round).success) {
      rejectRow(reasonOf('not-a-round-code', { round }))
      continue
    }
    const raw = cValue < 0 ? '' : (row[cValue] ?? '')
    const ambiguous = twoWays(raw)
    const value = ambiguous === undefined ? readCell(raw, format) : cellRejection(ambiguous)
    if (value instanceof CellRejection) {
      rejectRow(rejectionAt(value, { unit, node }))
      continue
    }
    // Codes and values repeat row after row: one string for each (the table's cells are dropped after).
    const observation: Observation = {
      unit: intern(unit),
      node: intern(node),
      field: intern(field),
      value: typeof value === 'string' ? intern(value) : value,
      ...(source?.success ? { source: source.data } : {}),
      ...(round === '' ? {} : { round }),
      origin: at.origin(r, cValue),
    }
    // The row's notes go on its observation; a malformed evidence date is rejected at its cell.
    const place: Pick<NoteTarget, 'round' | 'source'> =
      round !== '' ? { round } : source?.success ? { source: source.data } : {}
    const cells: NoteCell[] = noteColumns.map((c) => {
      const role = roles[c] as 'explanation' | 'comment' | 'evidence'
      const evidence = evidenceOf.get(c)
      return {
        target: {
          node,
          ...place,
          note: role,
          item: evidence?.item ?? 1,
          ...(evidence ? { property: evidence.property } : {}),
        },
        header: header[c] ?? '',
        text: restoreNeutralised(row[c] ?? ''),
        reject: (reason: Reason) => {
          report.rejected.push(noteRejected(r, c, reason, unit))
        },
      }
    })
    attachNotes([observation], cells)
    observations.push(observation)
  }
  report.units = units.size
  report.observations = observations.length
  report.cells.rejected = report.rejected.length
  report.cells.ignored = ignored
  report.cells.used = report.cells.total - ignored - report.rejected.length
  const dataset: Dataset = parseDataset({ units: [...units.values()], observations })
  return { dataset, report }
}

function span(at: ReturnType<typeof locator>, r: number, width: number) {
  const { row } = at.position(r, 0)
  return { fromRow: row, toRow: row, fromColumn: 1, toColumn: width }
}
