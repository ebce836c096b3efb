// The one pass over a survey's respondent rows: each row is used, ignored or rejected, each answer cell is
// used, read as no answer or rejected, and used answers go to their item's tallies under the row's unit.
import type { Unit } from '@chiso/core'
import type { RejectedCell } from '../report/import-report.js'
import { type Reason, reasonOf, withReasonCode } from '../report/reason-code.js'
import { locator, type Table } from '../table/table.js'
import type { AnswerTallies } from './answer-tallies.js'
import { type ItemAnswers, NO_ANSWER, REJECTED } from './item-answers.js'
import type { SurveyColumns } from './survey-columns.js'
import type { SurveyReport } from './survey-result.js'
import type { ScaledWeights } from './survey-weights.js'

/**
 * What the pass over the respondent rows found: the units (the spec's, or those met, in order of appearance),
 * and the report's accounts of rows and answers.
 *
 * @example
 * ```ts
 * const tallied: TalliedRespondents = {
 *   units: [{ code: 'A' }], unitIndex: new Map([['A', 0]]),
 *   respondents: { total: 2, used: 2, ignored: 0, rejected: 0 }, answers: { used: 2, noAnswer: 0, rejected: 0 },
 *   ignoredRows: [], rejectedRows: [], rejectedAnswers: [],
 * }
 * ```
 */
export interface TalliedRespondents {
  units: Unit[]
  unitIndex: Map<string, number>
  respondents: SurveyReport['respondents']
  answers: SurveyReport['answers']
  ignoredRows: SurveyReport['ignoredRows']
  rejectedRows: RejectedCell[]
  rejectedAnswers: RejectedCell[]
}

/**
 * Reads every respondent row after the header into the tallies (`items`: how each item's column reads, in
 * the order of the tallies' items). A row without a unit, with a unit not among the spec's units (when it lists them),
 * a unit code over 200 characters or a weight that is blank or not a number ≥ 0 is rejected at that cell; a
 * blank row, a weight of 0 or a row without any usable answer is ignored; an answer outside its item's scale
 * is rejected at its cell and the respondent's other answers are used.
 *
 * @example
 * ```ts
 * const tallied = tallyRespondents(table, columns, weights, items, tallies, spec)
 * tallied.respondents // { total: 1890, used: 1884, ignored: 2, rejected: 4 }
 * ```
 */
export function tallyRespondents(
  table: Table,
  columns: SurveyColumns,
  weights: ScaledWeights,
  items: ReadonlyArray<ItemAnswers>,
  tallies: AnswerTallies,
  spec: { units?: ReadonlyArray<Unit> | undefined },
): TalliedRespondents {
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
  const { unit: unitColumn, weight: weightColumn, respondent: respondentColumn } = columns
  const units: Unit[] = spec.units ? spec.units.map((unit) => ({ ...unit })) : []
  const unitIndex = new Map(units.map((unit, u) => [unit.code, u]))
  const respondents = { total: 0, used: 0, ignored: 0, rejected: 0 }
  const ignoredRows: SurveyReport['ignoredRows'] = []
  const rejectedRows: RejectedCell[] = []
  const rejectedAnswers: RejectedCell[] = []
  // The respondent, when the survey names them: every reason about the row starts with it.
  const who = (cells: string[]): { respondent?: string } =>
    respondentColumn >= 0 && (cells[respondentColumn] ?? '').trim() !== ''
      ? { respondent: (cells[respondentColumn] ?? '').trim() }
      : {}
  const reject = (r: number, c: number, reason: Reason) => {
    const cells = table.rows[r]!
    respondents.rejected++
    rejectedRows.push(withReasonCode({ ...place(r, c), value: cells[c] ?? '', reason: reason.text }, reason))
  }
  const ignoreRow = (row: number, reason: Reason) => {
    respondents.ignored++
    ignoredRows.push(withReasonCode({ row, reason: reason.text }, reason))
  }
  const { big } = weights
  const first = columns.headerIndex + 1
  const rowCount = table.rows.length - first
  const itemCount = items.length
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
      ignoreRow(rowNumber, reasonOf('blank-row'))
      continue
    }
    if (unitText === '') {
      reject(r, unitColumn, reasonOf('respondent-without-unit', who(cells)))
      continue
    }
    let u = unitIndex.get(unitText)
    if (u === undefined) {
      if (spec.units) {
        reject(r, unitColumn, reasonOf('unit-not-in-spec', { ...who(cells), unit: unitText }))
        continue
      }
      if (unitText.length > 200) {
        reject(r, unitColumn, reasonOf('unit-code-too-long', who(cells)))
        continue
      }
      u = units.length
      units.push({ code: unitText })
      unitIndex.set(unitText, u)
      tallies.growUnits(units.length)
    }
    const scaled = weights.scaled[i]
    if (weightColumn >= 0) {
      const raw = cells[weightColumn] ?? ''
      if (raw.trim() === '') {
        reject(r, weightColumn, reasonOf('no-weight', who(cells)))
        continue
      }
      if (scaled === undefined) {
        reject(r, weightColumn, reasonOf('bad-weight', { ...who(cells), weight: raw.trim() }))
        continue
      }
      if (scaled === 0n) {
        ignoreRow(rowNumber, reasonOf('weight-0'))
        continue
      }
    }
    // `big` decides once for the whole file whether sums are numbers or bigints.
    const wBig = scaled!
    const w = big ? 0 : Number(wBig)
    const usedBefore = usedCount
    for (let k = 0; k < itemCount; k++) {
      const answers = items[k]!
      const raw = cells[answers.column] ?? ''
      const a = answers.answerOf(raw)
      if (a >= 0) {
        usedCount++
        if (big) tallies.addBig(u, k, a, wBig)
        else tallies.add(u, k, a, w)
      } else if (a === NO_ANSWER) noAnswerCount++
      else if (a === REJECTED) {
        const reason = reasonOf('not-an-answer', { ...who(cells), ...answers.reasons.get(raw)! })
        rejectedAnswers.push(
          withReasonCode(
            { ...place(r, answers.column), value: raw, reason: reason.text, unit: unitText },
            reason,
          ),
        )
      }
    }
    if (usedCount > usedBefore) respondents.used++
    else ignoreRow(rowNumber, reasonOf('no-usable-answer'))
  }
  return {
    units,
    unitIndex,
    respondents,
    answers: { used: usedCount, noAnswer: noAnswerCount, rejected: rejectedAnswers.length },
    ignoredRows,
    rejectedRows,
    rejectedAnswers,
  }
}
