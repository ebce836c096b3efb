import {
  ChisoError,
  type ChisoIssue,
  type Dataset,
  dec,
  parseDataset,
  roundDecimal,
  toDecimalString,
  type Unit,
} from '@chiso/core'
import { parseNumberText } from '../cell/number-text.js'
import { importFailure } from '../report/import-failure.js'
import type { RejectedCell } from '../report/import-report.js'
import { locator, type Table } from '../table/table.js'
import { describeScale, type SurveyItem, type SurveySpec, Z_VALUES } from './survey-spec.js'
import { type AnswerWeight, type SurveyEstimate, surveyStatistic } from './survey-statistics.js'

/**
 * What a survey aggregation did with every respondent row and answer cell: each row is used (it gave at least
 * one answer that counts), ignored (with the reason: blank, weight 0, no answer) or rejected (with its place:
 * no unit, an unknown unit, a bad weight); each answer is used, read as no answer, or rejected (outside the
 * item's scale). `respondents.used + ignored + rejected = total`.
 *
 * @example
 * ```ts
 * const { report } = aggregateSurvey(table, spec)
 * report.respondents // { total: 1890, used: 1884, ignored: 2, rejected: 4 }
 * report.rejectedAnswers[0] // { file: 's.csv', row: 17, column: 9, value: '7', reason: 'item q3: "7" is not …', unit: 'nga-son' }
 * ```
 *
 * @category Survey
 */
export interface SurveyReport {
  file: string
  sheet?: string
  /** The row of the header (rows above it are titles, not respondents). */
  headerRow: number
  respondents: { total: number; used: number; ignored: number; rejected: number }
  answers: { used: number; noAnswer: number; rejected: number }
  columns: {
    used: Array<{
      column: number
      header: string
      as: 'unit' | 'weight' | 'respondent' | 'item'
      item?: string
    }>
    ignored: Array<{ column: number; header: string; reason: string }>
  }
  ignoredRows: Array<{ row: number; reason: string }>
  /** Respondent rows that could not be used at all, located at the cell that decided it (unit, weight). */
  rejectedRows: RejectedCell[]
  /** Answers outside their item's scale; the respondent's other answers are used. */
  rejectedAnswers: RejectedCell[]
}

/**
 * One indicator of one unit: the estimate with its sample size, effective sample size, standard error and
 * confidence interval (decimal strings), or `null` with the reason (`too-small`: fewer respondents than the
 * minimum sample; `no-answers`).
 *
 * @example
 * ```ts
 * const row: SurveyIndicatorRow = {
 *   unit: 'nga-son', indicator: '1.1', item: 'q1', statistic: 'share', direction: 1, n: 64, effectiveN: '64',
 *   value: '62.5', se: '6.05', ciLow: '50.64', ciHigh: '74.36', status: 'ok',
 * }
 * ```
 *
 * @category Survey
 */
export interface SurveyIndicatorRow {
  unit: string
  indicator: string
  item: string
  statistic: 'share' | 'mean' | 'median'
  direction: 1 | -1
  /** Respondents of the unit who answered the item. */
  n: number
  effectiveN: string | null
  value: string | null
  se: string | null
  ciLow: string | null
  ciHigh: string | null
  status: 'ok' | 'too-small' | 'no-answers'
}

/**
 * A data problem of the aggregation, reported before any scoring: a unit below an indicator's minimum sample
 * (`SAMPLE_TOO_SMALL`) or without any answer to its item (`NO_RESPONDENTS`). The indicator is missing for
 * that unit.
 *
 * @example
 * ```ts
 * const d: SurveyDiagnostic = {
 *   code: 'SAMPLE_TOO_SMALL', unit: 'muong-lat', indicator: '3.2',
 *   message: 'muong-lat, 3.2: 18 respondents, fewer than the minimum sample of 30: the indicator is missing',
 * }
 * ```
 *
 * @category Survey
 */
export interface SurveyDiagnostic {
  code: 'SAMPLE_TOO_SMALL' | 'NO_RESPONDENTS'
  unit: string
  indicator: string
  message: string
}

/**
 * The result of a survey aggregation: the indicators as a chiso dataset (one observation per unit and
 * indicator, `null` where the sample is too small, source `survey`), the table of estimates with n, standard
 * errors and intervals, the diagnostics and the report on every row.
 *
 * @example
 * ```ts
 * const { dataset, indicators, diagnostics, report } = readSurveyCsv(bytes, { file: 'khao-sat.csv', spec })
 * ```
 *
 * @category Survey
 */
export interface SurveyResult {
  dataset: Dataset
  indicators: SurveyIndicatorRow[]
  diagnostics: SurveyDiagnostic[]
  report: SurveyReport
}

/** What the cell cache knows of an answer text: the answer's index, no answer, or why it is rejected. */
const NO_ANSWER = -1
const REJECTED = -2

interface ItemState {
  readonly name: string
  readonly item: SurveyItem
  readonly column: number
  /** Cell text (as written) → answer index, NO_ANSWER or REJECTED. */
  readonly cache: Map<string, number>
  readonly reasons: Map<string, string>
  /** Per answer index: its canonical key and number. */
  readonly keys: string[]
  readonly values: Array<string | undefined>
  /**
   * Per answer index, per unit: the weight sum (scaled integers) and the respondents. Typed arrays hold the sums
   * while they are safe integers (checked before reading); bigints otherwise. Rows have room for `capacity`
   * units and grow with it.
   */
  weights: Array<Float64Array | bigint[]>
  counts: Int32Array[]
  /** Per unit: Σ w² (scaled). */
  squares: Float64Array | bigint[]
}

/**
 * Aggregates a respondent-level survey table (one row per respondent: unit, optional weight, one column per
 * item) into indicators per unit, as its {@link SurveySpec} declares: weighted shares, means and medians, each
 * with n, effective n, standard error and confidence interval. Below an indicator's minimum sample the unit's
 * value is missing, with a diagnostic. Every respondent row and answer is accounted for in the report; a spec
 * item that the file does not hold is an error located in the spec and at the file's header row.
 *
 * Exact: weights and answers are read as decimals and summed as scaled integers, statistics are computed with
 * core's decimals (roots with guard digits), so the result does not depend on the order of the respondents.
 *
 * @example
 * ```ts
 * const table = parseCsvTable('don_vi,q1\nA,4\nA,5\nB,2\n', { file: 's.csv' }).table
 * const spec = parseSurveySpec({
 *   unit: 'don_vi', minimumSample: 1, items: { q1: { min: '1', max: '5' } },
 *   indicators: [{ code: '1.1', item: 'q1', statistic: 'mean' }],
 * })
 * aggregateSurvey(table, spec).indicators.map((row) => [row.unit, row.value]) // [['A', '4.5'], ['B', '2']]
 * ```
 *
 * @category Survey
 */
export function aggregateSurvey(
  table: Table,
  spec: SurveySpec,
  options: { specFile?: string } = {},
): SurveyResult {
  const { file } = table
  const at = locator(table, false)
  const place = (r: number, c: number) => {
    const { row, column } = at.position(r, c)
    const address = at.address(r, c)
    return {
      file,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      row,
      column,
      ...(address === undefined ? {} : { address }),
    }
  }
  const headerIndex = table.rows
    .slice(0, 50)
    .findIndex((row) => row.some((cell) => cell.trim() === spec.unit))
  if (headerIndex < 0)
    throw importFailure(`${file}: no column "${spec.unit}" (the spec's unit column)`, [
      {
        code: 'INVALID_HEADER',
        file,
        ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
        row: table.rowNumbers[0] ?? 1,
        message: `no header cell "${spec.unit}" in the first rows: the spec's unit column names the column of unit codes`,
        path: ['unit'],
      },
    ])
  const header = (table.rows[headerIndex] ?? []).map((cell) => cell.trim())
  const headerRow = table.rowNumbers[headerIndex] ?? headerIndex + 1
  const columnOf = new Map<string, number>()
  header.forEach((name, c) => {
    if (name !== '' && !columnOf.has(name)) columnOf.set(name, c)
  })
  const issues: ChisoIssue[] = []
  const findColumn = (name: string, path: Array<string | number>, what: string): number => {
    const c = columnOf.get(name)
    if (c === undefined)
      issues.push({
        code: 'INVALID_SURVEY_SPEC',
        path,
        ...(options.specFile === undefined ? {} : { file: options.specFile }),
        message: `${what}: no column "${name}" in ${file} (its header is row ${headerRow}${table.sheet === undefined ? '' : ` of sheet ${table.sheet}`})`,
      })
    else if (header.indexOf(name, c + 1) >= 0)
      issues.push({
        code: 'INVALID_HEADER',
        ...place(headerIndex, header.indexOf(name, c + 1)),
        message: `column "${name}" appears twice in the header`,
      })
    return c ?? -1
  }
  const unitColumn = findColumn(spec.unit, ['unit'], 'the unit column')
  const weightColumn =
    spec.weight === undefined ? -1 : findColumn(spec.weight, ['weight'], 'the weight column')
  const respondentColumn =
    spec.respondent === undefined ? -1 : findColumn(spec.respondent, ['respondent'], 'the respondent column')
  const units: Unit[] = spec.units ? spec.units.map((unit) => ({ ...unit })) : []
  const unitIndex = new Map(units.map((unit, u) => [unit.code, u]))
  const items: ItemState[] = Object.entries(spec.items).map(([name, item]) => ({
    name,
    item,
    column: findColumn(item.column ?? name, ['items', name], `item "${name}"`),
    cache: new Map(),
    reasons: new Map(),
    keys: [],
    values: [],
    weights: [],
    counts: [],
    squares: [],
  }))
  if (issues.length > 0)
    throw new ChisoError(
      'INVALID_SURVEY_SPEC',
      `the survey spec does not fit ${file}: ${issues.length} problem(s)`,
      {
        issues,
      },
    )
  const used: SurveyReport['columns']['used'] = [{ column: unitColumn + 1, header: spec.unit, as: 'unit' }]
  if (weightColumn >= 0) used.push({ column: weightColumn + 1, header: spec.weight!, as: 'weight' })
  if (respondentColumn >= 0)
    used.push({ column: respondentColumn + 1, header: spec.respondent!, as: 'respondent' })
  for (const state of items)
    used.push({ column: state.column + 1, header: header[state.column]!, as: 'item', item: state.name })
  const usedColumns = new Set(used.map((entry) => entry.column - 1))
  const ignoredColumns = header.flatMap((name, c) =>
    usedColumns.has(c)
      ? []
      : [{ column: c + 1, header: name, reason: name === '' ? 'no header' : 'not a column of the spec' }],
  )
  used.sort((a, b) => a.column - b.column)

  // Weights are read first: their decimals fix the integer scale every weight sum is kept at.
  const first = headerIndex + 1
  const rowCount = table.rows.length - first
  const weightTexts: Array<string | undefined> = new Array(rowCount)
  let decimals = 0
  if (weightColumn >= 0) {
    for (let i = 0; i < rowCount; i++) {
      const raw = table.rows[first + i]![weightColumn] ?? ''
      const parsed = raw.trim() === '' ? undefined : parseNumberText(raw)
      weightTexts[i] = parsed
      if (parsed !== undefined) {
        const point = parsed.indexOf('.')
        if (point >= 0) decimals = Math.max(decimals, parsed.length - point - 1)
      }
    }
  }
  const scale = 10n ** BigInt(decimals)
  const scaledWeights: Array<bigint | undefined> = weightTexts.map((text) => {
    if (text === undefined || text.startsWith('-')) return undefined
    const [whole = '0', fraction = ''] = text.split('.')
    return BigInt(whole) * scale + BigInt(fraction.padEnd(decimals, '0') || '0')
  })
  // Plain numbers add integers exactly below 2^53: check that every sum of weights, and of their squares, stays
  // below it; otherwise sums are kept as bigints (slower, as exact).
  let bound = 0n
  for (const w of scaledWeights) if (w !== undefined) bound += w * w + w
  if (weightColumn < 0) bound = BigInt(rowCount) * 2n
  const big = bound >= BigInt(Number.MAX_SAFE_INTEGER)

  const respondents = { total: 0, used: 0, ignored: 0, rejected: 0 }
  const answers = { used: 0, noAnswer: 0, rejected: 0 }
  const ignoredRows: SurveyReport['ignoredRows'] = []
  const rejectedRows: RejectedCell[] = []
  const rejectedAnswers: RejectedCell[] = []
  const noAnswerTexts = new Set(spec.noAnswer)
  const who = (cells: string[]) =>
    respondentColumn >= 0 && (cells[respondentColumn] ?? '').trim() !== ''
      ? `respondent ${(cells[respondentColumn] ?? '').trim()}: `
      : ''
  // Room for `room.capacity` units in every row of sums, doubled when a new unit needs it.
  const room = { capacity: Math.max(16, units.length), big }
  const widen = <T extends Float64Array | Int32Array>(array: T, size: number): T => {
    const wider = new (array.constructor as new (size: number) => T)(size)
    wider.set(array)
    return wider
  }
  const grow = () => {
    if (units.length <= room.capacity) return
    while (units.length > room.capacity) room.capacity *= 2
    for (const state of items) {
      state.counts = state.counts.map((column) => widen(column, room.capacity))
      if (big) {
        for (const column of state.weights as bigint[][])
          while (column.length < room.capacity) column.push(0n)
        while (state.squares.length < room.capacity) (state.squares as bigint[]).push(0n)
      } else {
        state.weights = (state.weights as Float64Array[]).map((column) => widen(column, room.capacity))
        state.squares = widen(state.squares as Float64Array, room.capacity)
      }
    }
  }
  for (const state of items)
    state.squares = big ? new Array<bigint>(room.capacity).fill(0n) : new Float64Array(room.capacity)

  let usedCount = 0
  let noAnswerCount = 0
  for (let i = 0; i < rowCount; i++) {
    const r = first + i
    const cells = table.rows[r]!
    respondents.total++
    const rowNumber = table.rowNumbers[r] ?? r + 1
    const unitText = (cells[unitColumn] ?? '').trim()
    // A row is blank only if its unit is: the check costs nothing for the usual row.
    if (unitText === '' && cells.every((cell) => cell.trim() === '')) {
      respondents.ignored++
      ignoredRows.push({ row: rowNumber, reason: 'blank row' })
      continue
    }
    const reject = (c: number, reason: string) => {
      respondents.rejected++
      rejectedRows.push({ ...place(r, c), value: cells[c] ?? '', reason: `${who(cells)}${reason}` })
    }
    if (unitText === '') {
      reject(unitColumn, 'the respondent has no unit')
      continue
    }
    let u = unitIndex.get(unitText)
    if (u === undefined) {
      if (spec.units) {
        reject(unitColumn, `unit "${unitText}" is not among the spec's units`)
        continue
      }
      if (unitText.length > 200) {
        reject(unitColumn, 'the unit code is longer than 200 characters')
        continue
      }
      u = units.length
      units.push({ code: unitText })
      unitIndex.set(unitText, u)
      grow()
    }
    let wNumber = 1
    let wBig = 1n
    if (weightColumn >= 0) {
      const raw = cells[weightColumn] ?? ''
      const scaled = scaledWeights[i]
      if (raw.trim() === '') {
        reject(weightColumn, 'the respondent has no weight')
        continue
      }
      if (scaled === undefined) {
        reject(weightColumn, `the weight "${raw.trim()}" is not a number ≥ 0`)
        continue
      }
      if (scaled === 0n) {
        respondents.ignored++
        ignoredRows.push({ row: rowNumber, reason: 'weight 0' })
        continue
      }
      if (big) wBig = scaled
      else wNumber = Number(scaled)
    }
    let usedAny = false
    for (let k = 0; k < items.length; k++) {
      const state = items[k]!
      const raw = cells[state.column] ?? ''
      let a = state.cache.get(raw)
      if (a === undefined) a = learnAnswer(state, raw, noAnswerTexts, room)
      if (a === NO_ANSWER) {
        noAnswerCount++
        continue
      }
      if (a === REJECTED) {
        answers.rejected++
        rejectedAnswers.push({
          ...place(r, state.column),
          value: raw,
          reason: `${who(cells)}item ${state.name}: ${state.reasons.get(raw)}`,
          unit: unitText,
        })
        continue
      }
      usedCount++
      usedAny = true
      state.counts[a]![u]!++
      // `big` decides once for the whole file whether sums are numbers or bigints.
      if (big) {
        const weights = state.weights[a]! as bigint[]
        weights[u] = weights[u]! + wBig
        const squares = state.squares as bigint[]
        squares[u] = squares[u]! + wBig * wBig
      } else {
        ;(state.weights[a] as Float64Array)[u]! += wNumber
        ;(state.squares as Float64Array)[u]! += wNumber * wNumber
      }
    }
    if (usedAny) respondents.used++
    else {
      respondents.ignored++
      ignoredRows.push({ row: rowNumber, reason: 'no usable answer to any item of the spec' })
    }
  }

  answers.used = usedCount
  answers.noAnswer = noAnswerCount
  if (!spec.units) units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const z = dec(Z_VALUES[spec.confidence])
  const rows: SurveyIndicatorRow[] = []
  const diagnostics: SurveyDiagnostic[] = []
  const stateOf = new Map(items.map((state) => [state.name, state]))
  const countedOf = spec.indicators.map(
    (indicator) => new Set(indicator.count?.map((answer) => answerKey(spec.items[indicator.item]!, answer))),
  )
  for (const { code } of units) {
    const u = unitIndex.get(code)!
    for (const [i, indicator] of spec.indicators.entries()) {
      const state = stateOf.get(indicator.item)!
      const minimum = indicator.minimumSample ?? spec.minimumSample
      const counted = countedOf[i]!
      const weights: AnswerWeight[] = []
      let n = 0
      state.keys.forEach((key, a) => {
        const respondents = state.counts[a]![u]!
        if (respondents === 0) return
        n += respondents
        weights.push({
          value: state.values[a],
          weight: BigInt(state.weights[a]![u]!),
          respondents,
          counted: counted.has(key),
        })
      })
      const base = {
        unit: code,
        indicator: indicator.code,
        item: indicator.item,
        statistic: indicator.statistic,
        direction: indicator.direction,
        n,
      }
      if (n === 0 || n < minimum) {
        rows.push({
          ...base,
          effectiveN: null,
          value: null,
          se: null,
          ciLow: null,
          ciHigh: null,
          status: n === 0 ? 'no-answers' : 'too-small',
        })
        diagnostics.push(
          n === 0
            ? {
                code: 'NO_RESPONDENTS',
                unit: code,
                indicator: indicator.code,
                message: `${code}, ${indicator.code}: no respondent answered item ${indicator.item}: the indicator is missing`,
              }
            : {
                code: 'SAMPLE_TOO_SMALL',
                unit: code,
                indicator: indicator.code,
                message: `${code}, ${indicator.code}: ${n} respondent${n === 1 ? '' : 's'}, fewer than the minimum sample of ${minimum}: the indicator is missing`,
              },
        )
        continue
      }
      const lowest = indicator.statistic === 'share' ? dec(0) : dec(state.item.min!)
      const highest = indicator.statistic === 'share' ? dec(100) : dec(state.item.max!)
      const estimate: SurveyEstimate = surveyStatistic(
        indicator.statistic,
        weights,
        BigInt(state.squares[u]!),
        { z, lowest, highest },
      )
      rows.push({
        ...base,
        ...(spec.decimals === undefined ? estimate : rounded(estimate, spec.decimals)),
        status: 'ok',
      })
    }
  }
  const dataset = parseDataset({
    units,
    observations: rows.map((row) => ({
      unit: row.unit,
      node: row.indicator,
      value: row.value,
      source: 'survey',
    })),
  })
  return {
    dataset,
    indicators: rows,
    diagnostics,
    report: {
      file,
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      headerRow,
      respondents,
      answers,
      columns: { used, ignored: ignoredColumns },
      ignoredRows,
      rejectedRows,
      rejectedAnswers,
    },
  }
}

/** The estimate rounded as the spec declares. */
function rounded(estimate: SurveyEstimate, decimals: number): SurveyEstimate {
  const round = (text: string | null) =>
    text === null ? null : toDecimalString(roundDecimal(dec(text), decimals, 'half-up'))
  return {
    value: round(estimate.value)!,
    se: round(estimate.se),
    ciLow: round(estimate.ciLow),
    ciHigh: round(estimate.ciHigh),
    effectiveN: round(estimate.effectiveN)!,
  }
}

/** The canonical key of an answer: the code of a categorical item, the canonical decimal of a numeric one. */
function answerKey(item: SurveyItem, answer: string): string {
  return item.answers !== undefined ? answer : (parseNumberText(answer) ?? answer)
}

const labelKey = (text: string) => text.trim().normalize('NFC').toLocaleLowerCase('vi')

/** Reads an answer text not seen before in this item's column, and caches what it is. */
function learnAnswer(
  state: ItemState,
  raw: string,
  noAnswer: ReadonlySet<string>,
  room: { capacity: number; big: boolean },
): number {
  const text = raw.trim()
  const { item } = state
  let result: number
  if (text === '' || noAnswer.has(text) || item.noAnswer?.includes(text)) result = NO_ANSWER
  else {
    const labels = labelMap(item)
    const answer = labels.get(labelKey(text)) ?? text
    let key: string | undefined
    let value: string | undefined
    if (item.answers !== undefined) key = item.answers.includes(answer) ? answer : undefined
    else {
      const parsed = parseNumberText(answer)
      if (parsed !== undefined && dec(parsed).gte(item.min!) && dec(parsed).lte(item.max!)) {
        key = parsed
        value = parsed
      }
    }
    if (key === undefined) {
      state.reasons.set(raw, `"${text}" is not an answer of the item (${describeScale(item)})`)
      result = REJECTED
    } else {
      result = state.keys.indexOf(key)
      if (result < 0) {
        result = state.keys.length
        state.keys.push(key)
        state.values.push(value)
        state.weights.push(
          room.big ? new Array<bigint>(room.capacity).fill(0n) : new Float64Array(room.capacity),
        )
        state.counts.push(new Int32Array(room.capacity))
      }
    }
  }
  state.cache.set(raw, result)
  return result
}

const labelMaps = new WeakMap<SurveyItem, Map<string, string>>()
function labelMap(item: SurveyItem): Map<string, string> {
  let map = labelMaps.get(item)
  if (!map) {
    map = new Map(Object.entries(item.labels ?? {}).map(([label, answer]) => [labelKey(label), answer]))
    labelMaps.set(item, map)
  }
  return map
}
