import {
  buildAppendix,
  ChisoError,
  type CompiledMethodology,
  type Dataset,
  dec,
  EVIDENCE_PROPERTIES,
  evidenceText,
  localize,
  type Observation,
  type Unit,
} from '@chiso/core'
import type ExcelJS from 'exceljs'
import { fixZipTimes } from '../xlsx/fixed-zip-times.js'
import { roundLabel, TEMPLATE_HEADINGS, type TemplateLanguage } from './template-headings.js'
import { TEMPLATE_SHEET, type TemplateColumn, type TemplateMeta } from './template-meta.js'

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

const YES_NO = (language: TemplateLanguage) =>
  `"${TEMPLATE_HEADINGS.yes[language]},${TEMPLATE_HEADINGS.no[language]},${TEMPLATE_HEADINGS.notApplicable[language]}"`
const BORDER = { style: 'thin' } as const
const BOX = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER }
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E0' } } as const
const TOP_WRAP = { wrapText: true, vertical: 'top' } as const
/** The styles of a template's cells, shared (never changed after creation). */
const STYLES = {
  locked: { border: BOX, alignment: TOP_WRAP, fill: LOCKED_FILL },
  lockedBold: { border: BOX, alignment: TOP_WRAP, fill: LOCKED_FILL, font: { bold: true } },
  input: { border: BOX, alignment: TOP_WRAP, fill: INPUT_FILL, protection: { locked: false } },
  inputText: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '@',
  },
  inputWhole: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '0',
  },
  inputPercent: {
    border: BOX,
    alignment: TOP_WRAP,
    fill: INPUT_FILL,
    protection: { locked: false },
    numFmt: '0.00%',
  },
} satisfies Record<string, Partial<ExcelJS.Style>>

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

/** Types one input cell by what the leaf's rule reads, with a data validation Excel enforces. */
function typeInput(
  cell: ExcelJS.Cell,
  leaf: CompiledMethodology['model']['leaves'][number],
  field: string,
  kind: 'decimal' | 'boolean',
  language: TemplateLanguage,
): void {
  const rule = leaf.rule!
  cell.style = STYLES.input
  if (kind === 'boolean') {
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [YES_NO(language)],
      showErrorMessage: true,
    }
    return
  }
  if (field === 'done' || field === 'total') {
    cell.style = STYLES.inputWhole
    cell.dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [0],
      showErrorMessage: true,
      error: language === 'vi' ? 'Nhập số nguyên không âm' : 'Enter a whole number ≥ 0',
    }
    return
  }
  const options = rule.traceOptions as { bands?: Array<{ atLeast?: string; atMost?: string }> }
  const thresholds = (options.bands ?? [])
    .flatMap((band) => [band.atLeast, band.atMost])
    .filter((t) => t !== undefined)
  if (
    rule.def.id === 'chiso/bands' &&
    thresholds.length > 0 &&
    thresholds.every((t) => dec(t).gte(0) && dec(t).lte(1))
  ) {
    cell.style = STYLES.inputPercent
    cell.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 1],
      showErrorMessage: true,
      error: language === 'vi' ? 'Nhập tỷ lệ từ 0% đến 100%' : 'Enter a percentage from 0% to 100%',
    }
    return
  }
  if (rule.def.id === 'chiso/points' && leaf.declaredMax !== null) {
    cell.dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, Number(leaf.declaredMax.toFixed())],
      showErrorMessage: true,
      error:
        language === 'vi'
          ? `Nhập điểm từ 0 đến ${leaf.declaredMax.toFixed()}`
          : `Enter points from 0 to ${leaf.declaredMax.toFixed()}`,
    }
    return
  }
  cell.dataValidation = {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [-1e15],
  }
}

const key = (unit: string, node: string, field: string) => `${unit}\u0000${node}\u0000${field}`

/** The values to pre-fill, by unit, leaf and field: those of the collected round, or without a round. */
function valuesOf(values: Dataset | undefined, round: string | undefined): Map<string, Observation> {
  const out = new Map<string, Observation>()
  for (const observation of values?.observations ?? []) {
    const own = observation.round ?? (observation.source === round ? round : undefined)
    if (own !== undefined && own !== round) continue
    const k = key(observation.unit, observation.node, observation.field)
    if (!out.has(k)) out.set(k, observation)
  }
  return out
}

/** What a pre-filled input cell shows: the value, or the notes of the leaf's first observation that has any. */
function filled(
  values: Map<string, Observation>,
  unit: string,
  node: string,
  column: TemplateColumn,
  fields: ReadonlyArray<string>,
  language: TemplateLanguage,
): string | number | null {
  if (column.kind === 'field') {
    const observation = values.get(key(unit, node, column.field!))
    return observation ? shown(observation.value, language) : null
  }
  for (const field of fields) {
    const observation = values.get(key(unit, node, field))
    if (!observation) continue
    if (column.kind === 'explanation' && observation.explanation) return observation.explanation
    if (column.kind === 'comment' && observation.comment) return observation.comment
    if (column.kind === 'evidence' && observation.evidence?.length) {
      const lines = observation.evidence.map((item) => {
        const text = item[column.property!] ?? ''
        // Dates as officials write them (dd/mm/yyyy); read back to the same ISO date.
        return column.property === 'date' && text !== '' ? text.split('-').reverse().join('/') : text
      })
      return lines.some((line) => line !== '') ? lines.join('\n') : null
    }
  }
  return null
}

/** The latest earlier-round observation with a value (or the latest one) per unit, leaf and field. */
function latestPrior(
  prior: Dataset | undefined,
  roundIndex: number,
  rounds: ReadonlyArray<string> | undefined,
): Map<string, Observation> {
  const latest = new Map<string, { observation: Observation; at: number }>()
  const position = (o: Observation) => {
    const code = o.round ?? o.source
    const at = code === undefined ? 0 : (rounds?.indexOf(code) ?? 0)
    return Math.max(at, 0)
  }
  for (const observation of prior?.observations ?? []) {
    const at = position(observation)
    // Only rounds before the one collected are shown.
    if (rounds && roundIndex >= 0 && at >= roundIndex) continue
    const k = key(observation.unit, observation.node, observation.field)
    const seen = latest.get(k)
    const better = !seen || (observation.value !== null && (seen.observation.value === null || at >= seen.at))
    if (better) latest.set(k, { observation, at })
  }
  return new Map([...latest].map(([k, { observation }]) => [k, observation]))
}

function priorNotes(
  prior: Map<string, Observation>,
  unit: string,
  node: string,
  fields: ReadonlyArray<string>,
  language: TemplateLanguage,
): string {
  const lines: string[] = []
  for (const field of fields) {
    const observation = prior.get(key(unit, node, field))
    if (!observation) continue
    for (const item of observation.evidence ?? []) lines.push(`• ${evidenceText(item)}`)
    if (observation.explanation)
      lines.push(`${TEMPLATE_HEADINGS.explanation[language]}: ${observation.explanation}`)
    if (observation.comment) lines.push(`${TEMPLATE_HEADINGS.comment[language]}: ${observation.comment}`)
  }
  return lines.join('\n')
}

function shown(value: Observation['value'], language: TemplateLanguage): string | number | null {
  if (value === null) return null
  if (value === true) return TEMPLATE_HEADINGS.yes[language]
  if (value === false) return TEMPLATE_HEADINGS.no[language]
  if (value === 'NA') return TEMPLATE_HEADINGS.notApplicable[language]
  return numberOrText(value)
}

/** A decimal as a number when the double is exactly that decimal's shortest form, else as text. */
function numberOrText(text: string | null): string | number | null {
  if (text === null) return null
  const n = Number(text)
  return Number.isFinite(n) && String(n) === text ? n : text
}

/** Excel sheet names for the units: at most 31 characters, none of []:*?/\, unique, never `chiso`. */
function sheetNamesFor(units: ReadonlyArray<Unit>): string[] {
  const used = new Set<string>([TEMPLATE_SHEET])
  return units.map((unit) => {
    const base =
      unit.code
        .replace(/[[\]:*?/\\]/g, '-')
        .replace(/^'|'$/g, '-')
        .slice(0, 31) || 'unit'
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`
    used.add(name.toLowerCase())
    return name
  })
}
