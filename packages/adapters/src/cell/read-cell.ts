import { NOT_APPLICABLE, type Observation } from '@chiso/core'
import {
  codedReason,
  type Reason,
  type ReasonParamsOf,
  reasonOf,
  withReasonCode,
} from '../report/reason-code.js'
import { restoreNeutralised } from './neutralise.js'
import { ambiguousExponent, type NumberFormat, parseNumberText } from './number-text.js'

/**
 * A data cell that cannot be read, and why.
 *
 * @example
 * ```ts
 * const rejection = readCell('abc')
 * rejection instanceof CellRejection && rejection.reason // 'expected a decimal …'
 * ```
 *
 * @category Import
 */
export class CellRejection {
  constructor(readonly reason: string) {}
}

/**
 * What a data cell holds: an observation value (a canonical decimal string, `'NA'`, a boolean, or `null` for
 * an empty cell) or a {@link CellRejection}.
 *
 * @example
 * ```ts
 * const reading: CellReading = readCell('7,98') // '7.98'
 * ```
 *
 * @category Import
 */
export type CellReading = Observation['value'] | CellRejection

/** Spellings of "not applicable" (*không áp dụng*, KAD), compared lower-cased, NFC, spaces collapsed. */
const NOT_APPLICABLE_WORDS = new Set(['na', 'n/a', 'n.a.', 'kad', 'k.a.d', 'không áp dụng'])
// A spreadsheet's error values: a formula that failed, not an answer. `#N/A` is Excel's "value not available"
// (a failed lookup), so it is an error here, never "not applicable".
const SPREADSHEET_ERROR =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i
// A date as the XLSX reader writes a date cell (ISO 8601), or as a CSV holds one.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/
const TRUE_WORDS = new Set(['có', 'yes', 'true', 'đạt'])
const FALSE_WORDS = new Set(['không', 'no', 'false', 'không đạt'])
// Canonical decimals (what most files hold): accepted as they are, without any further work.
const CANONICAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/

/**
 * Reads one data cell. Trimmed and NFC-normalised; empty → `null` (missing); `NA`, `N/A`, `KAD`, `không áp
 * dụng` (any case) → `'NA'` (not applicable); a spreadsheet error value (`#N/A`, `#DIV/0!`, `#REF!`…) and a
 * date are rejected with their own reason; `có`/`yes`/`true`/`đạt` and `không`/`no`/`false`/`không đạt` →
 * booleans; a number in any of the formats {@link parseNumberText} reads → a canonical decimal string. A
 * leading apostrophe added against formula injection is removed first. Anything else is a
 * {@link CellRejection}. Numbers are never parsed as binary floats.
 *
 * @example
 * ```ts
 * readCell(' 7,98 ')        // '7.98'
 * readCell('95%')           // '0.95'
 * readCell('KAD')           // 'NA'
 * readCell('Không áp dụng') // 'NA'
 * readCell('có')            // true
 * readCell('')              // null
 * readCell('abc')           // CellRejection { reason: 'expected a number …' }
 * readCell('#N/A')          // CellRejection { reason: 'a spreadsheet error value (#N/A), not a value: …' }
 * ```
 *
 * @category Import
 */
export function readCell(raw: string, format?: NumberFormat): CellReading {
  if (format?.decimal !== ',' && CANONICAL.test(raw)) return raw
  const text = restoreNeutralised(raw.trim()).normalize('NFC').trim()
  if (text === '') return null
  const number = parseNumberText(text, format)
  if (number !== undefined) return number
  const word = text.toLowerCase().replace(/\s+/g, ' ')
  if (NOT_APPLICABLE_WORDS.has(word)) return NOT_APPLICABLE
  if (SPREADSHEET_ERROR.test(text)) {
    return cellRejection(reasonOf('spreadsheet-error', { value: text.toUpperCase() }))
  }
  if (ISO_DATE.test(text)) {
    return cellRejection(reasonOf('date-not-number', { value: text }))
  }
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  const exponent = ambiguousExponent(text, format)
  if (exponent !== undefined) return cellRejection(exponent)
  return cellRejection(reasonOf('not-a-number'))
}

/**
 * A {@link CellRejection} for a reason, with the reason's code and values attached (see `codedReason`).
 *
 * @example
 * ```ts
 * cellRejection(reasonOf('not-a-number')).reason // 'expected a number …'
 * ```
 *
 * @category Import
 */
export function cellRejection(reason: Reason): CellRejection {
  return withReasonCode(new CellRejection(reason.text), reason)
}

/**
 * A cell's rejection said at its place (a wide table's column and unit, a long table's unit and node, a
 * workbook's criterion and unit): the same code, with the place among its values and before its sentence.
 *
 * @example
 * ```ts
 * rejectionAt(readCell('abc') as CellRejection, { column: '1.1', unit: 'ha-noi' }).text
 * // 'column "1.1", unit "ha-noi": expected a number …'
 * ```
 *
 * @category Import
 */
export function rejectionAt(rejection: CellRejection, place: ReasonParamsOf<'not-a-number'>): Reason {
  const coded = codedReason(rejection)
  // Every rejection the readers make carries its code (cellRejection); one made elsewhere has none to say.
  if (coded === undefined) throw new Error(`a cell rejection without a reason code: ${rejection.reason}`)
  return reasonOf(coded.code as 'spreadsheet-error', { ...(coded.params as { value: string }), ...place })
}
