import {
  buildAppendix,
  ChisoError,
  type CompiledMethodology,
  type Dataset,
  EVIDENCE_PROPERTIES,
  localize,
  type Unit,
} from '@chiso/core'
import type ExcelJS from 'exceljs'
import { fixZipTimes } from '../xlsx/fixed-zip-times.js'
import { BORDER, STYLES, typeInput } from './template-cell-styles.js'
import {
  filled,
  key,
  latestPrior,
  numberOrText,
  priorNotes,
  shown,
  valuesOf,
} from './template-cell-values.js'
import { roundLabel, TEMPLATE_HEADINGS, type TemplateLanguage } from './template-headings.js'
import { TEMPLATE_SHEET, type TemplateColumn, type TemplateMeta } from './template-meta.js'
import { sheetNamesFor } from './template-sheet-names.js'

/**
 * Options of {@link writeTemplate}.
 *
 * @example
 * ```ts
 * const options: TemplateOptions = { units: [{ code: 'dong-son', name: 'Huyện Đông Sơn' }], layout: 'sheets' }
 * ```
 *
 * @category Templates
 */
export interface TemplateOptions {
  /** The units that fill it in: a sheet each, or a group of columns each. */
  units: ReadonlyArray<Unit>
  /** Headings in Vietnamese (default) or English. */
  language?: TemplateLanguage
  /** `sheets` (default): a sheet per unit; `columns`: one sheet, a group of columns per unit. */
  layout?: 'sheets' | 'columns'
  /** The round the workbook collects (default: the methodology's first); it must be a declared round. */
  round?: string
  /**
   * Earlier rounds' observations (e.g. the filled self-assessments, for an appraisal workbook): shown
   * read-only beside the input cells and carried in the workbook, so reading it back gives every round.
   */
  prior?: Dataset
  /**
   * The rounds, in order, when the methodology declares none (`['self', 'appraisal', 're-appraisal']`): the
   * workbook then carries them, and the dataset read back declares them.
   */
  rounds?: ReadonlyArray<string>
  /**
   * Values to write into the input cells (the collected round's, or values without a round), with their
   * evidence and notes: a pre-filled workbook.
   */
  values?: Dataset
}

/**
 * Writes the workbook officials fill in for one round of a methodology: one row per node (areas bold, inputs on
 * leaf rows only) with STT, code, content, maximum and the scoring guidance `chiso render` writes; input cells
 * typed by what each leaf's rule reads (a `có`/`không` drop-down for yes/no, whole numbers for done/total,
 * decimals from 0 to the maximum for points, percentages for bands over a share); evidence (kind, number, date,
 * title, link, file, page) and explanation columns (the appraiser's comment from the second round on);
 * earlier rounds' values read-only beside the inputs; every other cell locked. A very hidden sheet `chiso`
 * holds the methodology's fingerprint, the layout and the earlier rounds, so {@link readTemplate} reads it back
 * with no mapping. The same input gives the same bytes.
 *
 * @example
 * ```ts
 * const bytes = await writeTemplate(compiled, { units: [{ code: 'dong-son', name: 'Huyện Đông Sơn' }] })
 * writeFileSync('tu-danh-gia.xlsx', bytes)
 * ```
 *
 * @category Templates
 */
export async function writeTemplate(
  compiled: CompiledMethodology,
  options: TemplateOptions,
): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs')
  const language = options.language ?? 'vi'
  const layout = options.layout ?? 'sheets'
  const methodology = compiled.methodology
  const declared = methodology.rounds?.map((round) => round.code)
  if (declared && options.rounds && declared.join() !== options.rounds.join()) {
    throw new ChisoError('INVALID_ARGUMENT', 'the rounds given differ from the methodology’s', {
      issues: [
        {
          path: ['rounds'],
          message: `the methodology declares the rounds ${declared.join(', ')}, not ${options.rounds.join(', ')}`,
        },
      ],
    })
  }
  const rounds = methodology.rounds ?? options.rounds?.map((code) => ({ code, title: undefined }))
  if (options.round !== undefined && !rounds?.some((round) => round.code === options.round)) {
    throw new ChisoError('INVALID_ARGUMENT', `round "${options.round}" is not declared by the methodology`, {
      issues: [
        {
          path: ['rounds'],
          message: `round "${options.round}" is not declared (declared: ${rounds?.map((r) => r.code).join(', ') ?? 'none'})`,
          hint: 'declare the rounds in the methodology (rounds: [{ code: self }, { code: appraisal }])',
        },
      ],
    })
  }
  const roundIndex = rounds
    ? rounds.findIndex((round) => round.code === (options.round ?? rounds[0]!.code))
    : -1
  const round = rounds?.[roundIndex]
  const first = roundIndex <= 0
  const label = (text: { vi: string; en: string }) => text[language]
  const table = buildAppendix(methodology)
  const leaves = new Map(compiled.model.leaves.map((leaf) => [leaf.code, leaf]))
  const fieldNames = [...new Set(compiled.model.leaves.flatMap((leaf) => Object.keys(leaf.rule!.fields)))]
  const prior = latestPrior(
    options.prior,
    roundIndex,
    rounds?.map((r) => r.code),
  )
  const hasPrior = options.prior !== undefined
  const values = valuesOf(options.values, round?.code)

  // The columns of one unit's group (all of them in the sheet layout).
  const unitColumns = (): Array<Omit<TemplateColumn, 'column'>> => [
    ...(hasPrior ? fieldNames.map((field) => ({ kind: 'prior' as const, field })) : []),
    ...(hasPrior ? [{ kind: 'prior-notes' as const }] : []),
    ...fieldNames.map((field) => ({ kind: 'field' as const, field })),
    ...EVIDENCE_PROPERTIES.map((property) => ({ kind: 'evidence' as const, property })),
    { kind: first ? ('explanation' as const) : ('comment' as const) },
  ]
  const fixed: Array<Omit<TemplateColumn, 'column'>> = [
    { kind: 'stt' },
    { kind: 'code' },
    { kind: 'title' },
    { kind: 'max' },
    { kind: 'guidance' },
  ]
  const perUnit = unitColumns()
  const specs =
    layout === 'sheets'
      ? [...fixed, ...perUnit]
      : [...fixed, ...options.units.flatMap((_, unit) => perUnit.map((spec) => ({ ...spec, unit })))]
  const columns: TemplateColumn[] = specs.map((spec, i) => ({ ...spec, column: i + 1 }))
  const titleRows = 4
  const headerRow = layout === 'sheets' ? titleRows + 1 : titleRows + 2
  const firstRow = headerRow + 1
  const roundName = roundLabel(round?.code, round?.title, language)

  const heading = (column: TemplateColumn): string => {
    switch (column.kind) {
      case 'stt':
      case 'code':
      case 'title':
      case 'max':
      case 'guidance':
        return label(TEMPLATE_HEADINGS[column.kind])
      case 'field': {
        const name = TEMPLATE_HEADINGS.fields[column.field!]?.[language] ?? column.field!
        return `${roundName}: ${name}`
      }
      case 'prior': {
        const name = TEMPLATE_HEADINGS.fields[column.field!]?.[language] ?? column.field!
        return `${label(TEMPLATE_HEADINGS.prior)}: ${name}`
      }
      case 'prior-notes':
        return label(TEMPLATE_HEADINGS.priorNotes)
      case 'evidence':
        return label(TEMPLATE_HEADINGS.evidence[column.property!])
      case 'explanation':
        return label(TEMPLATE_HEADINGS.explanation)
      case 'comment':
        return label(TEMPLATE_HEADINGS.comment)
    }
  }
  const width = (column: TemplateColumn): number =>
    ({
      stt: 6,
      code: 9,
      title: 40,
      max: 9,
      guidance: 44,
      field: 14,
      prior: 14,
      'prior-notes': 30,
      evidence: 16,
      explanation: 30,
      comment: 30,
    })[column.kind]

  // The streaming writer: each sheet is written out when committed, so a province's 200 units take seconds and
  // little memory instead of one in-memory document of every cell.
  // Without a stream or file it writes into its own memory buffer (no Node stream needed here).
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false })
  workbook.creator = 'chiso'
  workbook.created = new Date(0)
  workbook.modified = new Date(0)
  const sheetNames = sheetNamesFor(options.units)

  const fillSheet = (sheet: ExcelJS.Worksheet, units: ReadonlyArray<{ unit: Unit; index: number }>) => {
    columns.forEach((column) => {
      sheet.getColumn(column.column).width = width(column)
    })
    const title = (row: number, text: string, bold = false) => {
      const cell = sheet.getCell(row, 1)
      cell.value = text
      cell.font = { bold, size: bold ? 13 : 10 }
    }
    title(1, localize(methodology.title, language), true)
    title(
      2,
      layout === 'sheets'
        ? `${label(TEMPLATE_HEADINGS.unit)}: ${units[0]!.unit.name ?? units[0]!.unit.code} (${units[0]!.unit.code})`
        : label(TEMPLATE_HEADINGS.unitsInColumns),
    )
    title(3, `${label(TEMPLATE_HEADINGS.round)}: ${roundName}`)
    title(4, `${methodology.id}@${methodology.version} · ${compiled.fingerprint}`)
    if (layout === 'columns') {
      units.forEach(({ unit, index }) => {
        const own = columns.filter((column) => column.unit === index)
        const from = own[0]!.column
        const to = own[own.length - 1]!.column
        sheet.mergeCells(headerRow - 1, from, headerRow - 1, to)
        const cell = sheet.getCell(headerRow - 1, from)
        cell.value = `${unit.name ?? unit.code} (${unit.code})`
        cell.font = { bold: true }
        cell.alignment = { horizontal: 'center' }
      })
    }
    const head = sheet.getRow(headerRow)
    for (const column of columns) {
      const cell = head.getCell(column.column)
      cell.value = heading(column)
      cell.font = { bold: true }
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
      cell.border = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }
    }
    table.rows.forEach((appendixRow, i) => {
      const row = sheet.getRow(firstRow + i)
      const leaf = leaves.get(appendixRow.code)
      const bold = appendixRow.depth === 1
      const text = (c: number, value: ExcelJS.CellValue) => {
        const cell = row.getCell(c)
        cell.value = value
        // One shared style object per kind of cell: exceljs looks shared objects up by identity.
        cell.style = bold ? STYLES.lockedBold : STYLES.locked
      }
      for (const column of columns) {
        const unit = layout === 'sheets' ? units[0]! : units[column.unit ?? 0]
        switch (column.kind) {
          case 'stt':
            text(column.column, appendixRow.stt)
            break
          case 'code':
            text(column.column, appendixRow.code)
            break
          case 'title':
            text(
              column.column,
              `${'  '.repeat(Math.max(0, appendixRow.depth - 1))}${localize(appendixRow.title, language)}`,
            )
            break
          case 'max':
            text(column.column, numberOrText(appendixRow.max))
            break
          case 'guidance':
            text(column.column, appendixRow.guidance[language])
            break
          case 'prior': {
            const observation =
              leaf && unit ? prior.get(key(unit.unit.code, leaf.code, column.field!)) : undefined
            text(column.column, observation ? shown(observation.value, language) : null)
            break
          }
          case 'prior-notes': {
            const notes =
              leaf && unit ? priorNotes(prior, unit.unit.code, leaf.code, fieldNames, language) : ''
            text(column.column, notes === '' ? null : notes)
            break
          }
          default: {
            // Cells a criterion does not use stay as Excel makes them: empty and locked.
            if (!leaf) break
            const spec = column.kind === 'field' ? leaf.rule!.fields[column.field!] : undefined
            if (column.kind === 'field' && spec === undefined) break
            const cell = row.getCell(column.column)
            const given = unit
              ? filled(values, unit.unit.code, leaf.code, column, fieldNames, language)
              : null
            if (given !== null) cell.value = given
            if (column.kind === 'field') typeInput(cell, leaf, column.field!, spec!.kind, language)
            // Text, so a typed 15/03/2023 stays as written instead of becoming a locale-dependent date.
            else cell.style = column.kind === 'evidence' ? STYLES.inputText : STYLES.input
          }
        }
      }
    })
  }
  const addSheet = (name: string) =>
    workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow, xSplit: 3 }] })
  const finish = async (sheet: ExcelJS.Worksheet) => {
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    })
    ;(sheet as unknown as { commit(): void }).commit()
  }

  if (layout === 'sheets') {
    for (const [index, unit] of options.units.entries()) {
      const sheet = addSheet(sheetNames[index]!)
      fillSheet(sheet, [{ unit, index }])
      await finish(sheet)
    }
  } else {
    const sheet = addSheet(language === 'vi' ? 'Phiếu' : 'Form')
    fillSheet(
      sheet,
      options.units.map((unit, index) => ({ unit, index })),
    )
    await finish(sheet)
  }

  const hidden = workbook.addWorksheet(TEMPLATE_SHEET, { state: 'veryHidden' })
  const priorObservations = options.prior?.observations ?? []
  const meta: TemplateMeta = {
    format: 'chiso-template',
    version: 1,
    methodology: { id: methodology.id, version: methodology.version, fingerprint: compiled.fingerprint },
    ...(round ? { round: round.code } : {}),
    ...(methodology.rounds === undefined && options.rounds ? { rounds: [...options.rounds] } : {}),
    layout,
    language,
    headerRow,
    firstRow,
    columns,
    units: options.units.length,
    prior: priorObservations.length,
    inputs: Object.fromEntries(
      compiled.model.leaves.map((leaf) => [leaf.code, Object.keys(leaf.rule!.fields)]),
    ),
  }
  hidden.getCell(1, 1).value = JSON.stringify(meta)
  options.units.forEach((unit, index) => {
    hidden.getRow(index + 2).values = [
      layout === 'sheets' ? sheetNames[index]! : '',
      unit.code,
      unit.name ?? '',
      unit.group ?? '',
    ]
  })
  priorObservations.forEach((observation, index) => {
    hidden.getCell(options.units.length + 2 + index, 1).value = JSON.stringify(observation)
  })
  ;(hidden as unknown as { commit(): void }).commit()
  await workbook.commit()
  const written = (workbook as unknown as { stream: { toBuffer(): Uint8Array } }).stream.toBuffer()
  return fixZipTimes(new Uint8Array(written))
}
