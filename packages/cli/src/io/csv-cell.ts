import { NOT_APPLICABLE } from '@chiso/core'

/**
 * What one CSV cell holds: nothing (missing), a value for the dataset, or text that is none of these.
 *
 * @example
 * ```ts
 * const cell: CellValue = { kind: 'value', value: '7.98' }
 * ```
 */
export type CellValue =
  | { kind: 'missing' }
  | { kind: 'value'; value: string | boolean }
  | { kind: 'rejected'; reason: string }

/** Spellings of "not applicable" (*không áp dụng*, KAD), compared lower-cased, NFC, spaces collapsed. */
const NOT_APPLICABLE_WORDS = new Set(['na', 'n/a', 'kad', 'không áp dụng'])
const TRUE_WORDS = new Set(['có', 'yes', 'true'])
const FALSE_WORDS = new Set(['không', 'no', 'false'])

// A plain decimal with `.` or `,` as the decimal separator and no grouping: `7.98`, `7,98`, `-3`, `,5`.
// Grouping separators are refused rather than guessed: `1.234` reads as one point two three four (Vietnamese
// writes decimals with a comma but `.` is also a decimal point here), `1.234,5` is rejected.
const DECIMAL = /^([+-]?)(\d*)(?:[.,](\d*))?$/

/**
 * Reads one cell of a wide CSV. Trimmed; empty → missing; `NA`, `N/A`, `KAD`, `không áp dụng` (any case) →
 * not applicable (`'NA'`); `có`/`yes`/`true` and `không`/`no`/`false` → booleans; a decimal with `.` or `,` as
 * the decimal separator → a decimal string (`'7.98'`). Anything else is rejected with a reason. Numbers are
 * never parsed as binary floats.
 *
 * @example
 * ```ts
 * parseCell(' 7,98 ')        // { kind: 'value', value: '7.98' }
 * parseCell('KAD')           // { kind: 'value', value: 'NA' }
 * parseCell('Không áp dụng') // { kind: 'value', value: 'NA' }
 * parseCell('có')            // { kind: 'value', value: true }
 * parseCell('')              // { kind: 'missing' }
 * parseCell('7.98%')         // { kind: 'rejected', reason: '…' }
 * ```
 */
export function parseCell(raw: string): CellValue {
  const text = raw.normalize('NFC').trim()
  if (text === '') return { kind: 'missing' }
  const word = text.toLowerCase().replace(/\s+/g, ' ')
  if (NOT_APPLICABLE_WORDS.has(word)) return { kind: 'value', value: NOT_APPLICABLE }
  if (TRUE_WORDS.has(word)) return { kind: 'value', value: true }
  if (FALSE_WORDS.has(word)) return { kind: 'value', value: false }
  const match = DECIMAL.exec(text)
  if (match) {
    const [, sign = '', whole = '', fraction = ''] = match
    if (whole !== '' || fraction !== '') {
      const digits = `${whole === '' ? '0' : whole}${fraction === '' ? '' : `.${fraction}`}`
      return { kind: 'value', value: normaliseDecimal(sign, digits) }
    }
  }
  return {
    kind: 'rejected',
    reason:
      'expected a decimal (7.98 or 7,98, no thousands separators), NA/KAD (không áp dụng), ' +
      'có/không (yes/no), or an empty cell',
  }
}

/** `-007.50` → `-7.5`: strips the sign of zero, leading zeros and trailing fraction zeros, as text. */
function normaliseDecimal(sign: string, digits: string): string {
  let [whole = '0', fraction = ''] = digits.split('.')
  whole = whole.replace(/^0+(?=\d)/, '')
  fraction = fraction.replace(/0+$/, '')
  const body = fraction === '' ? whole : `${whole}.${fraction}`
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body
}
