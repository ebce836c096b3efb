import { NOT_APPLICABLE, type Observation } from '@chiso/core'
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
const NOT_APPLICABLE_WORDS = new Set(['na', 'n/a', 'n.a.', '#n/a', 'kad', 'k.a.d', 'không áp dụng'])
const TRUE_WORDS = new Set(['có', 'yes', 'true', 'đạt'])
const FALSE_WORDS = new Set(['không', 'no', 'false', 'không đạt'])
// Canonical decimals (what most files hold): accepted as they are, without any further work.
const CANONICAL = /^(?:0|-?[1-9]\d*(?:\.\d*[1-9])?|-?0\.\d*[1-9])$/

const REASON =
  'expected a number (7.98, 7,98, 1.234,5, 95%), NA/N/A/KAD (không áp dụng), có/không (yes/no), or an empty cell'

/**
 * Reads one data cell. Trimmed and NFC-normalised; empty → `null` (missing); `NA`, `N/A`, `KAD`, `không áp
 * dụng` (any case) → `'NA'` (not applicable); `có`/`yes`/`true`/`đạt` and `không`/`no`/`false`/`không đạt` →
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
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  return new CellRejection(ambiguousExponent(text, format) ?? REASON)
}
