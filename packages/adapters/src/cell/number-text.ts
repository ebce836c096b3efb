import { type Reason, reasonOf } from '../report/reason-code.js'

/**
 * How decimal numbers are written in a file: which character separates the decimals (`auto` reads both
 * `7.98` and `7,98`), and what `95%` means.
 *
 * @example
 * ```ts
 * const format: NumberFormat = { decimal: ',', percent: 'fraction' } // '1.234,5' → '1234.5'; '95%' → '0.95'
 * ```
 *
 * @category Import
 */
export interface NumberFormat {
  /**
   * `auto` (default): one `.` or `,` is the decimal separator (`7,98`, `7.98`); when both appear, the last
   * is the decimal separator and the other groups thousands (`1.234,5`, `1,234.5`); a separator repeated
   * (`1.234.567`) groups thousands. `.` or `,`: that character is the decimal separator, the other one
   * groups thousands, so `1.234` with `,` is one thousand two hundred thirty-four.
   */
  decimal?: 'auto' | '.' | ','
  /** `fraction` (default): `95%` is `0.95`. `number`: `95%` is `95` (the sign is dropped). */
  percent?: 'fraction' | 'number'
  /**
   * Read scientific notation (`2e-06`, `-3.6E+05`), as R, Python and spreadsheets write small and large
   * numbers. Default true; `false` refuses it (for a column where `1E5` is a code, not a number).
   */
  exponent?: boolean
}

const SCIENTIFIC = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d{1,4})$/

// Spaces that group thousands: space, no-break space, narrow no-break space, thin space.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g
const HAS_GROUP_SPACE = /[ \u00a0\u202f\u2009]/
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d*)?$/

/**
 * Reads a number written as text into a canonical decimal string (no exponent, no leading or trailing zeros,
 * never `-0`), or `undefined` when the text is not a number. Thousands separators (`.`, `,`, spaces) are
 * accepted only in groups of three; a trailing `%` divides by 100 (as text: no binary float is ever
 * involved).
 *
 * @example
 * ```ts
 * parseNumberText('7,98')      // '7.98'
 * parseNumberText('1.234,50')  // '1234.5'
 * parseNumberText('1 234 567') // '1234567'
 * parseNumberText('95%')       // '0.95'
 * parseNumberText('1.234', { decimal: ',' }) // '1234'
 * parseNumberText('2e-06')     // '0.000002'
 * parseNumberText('1e3', { exponent: false }) // undefined
 * ```
 *
 * @category Import
 */
export function parseNumberText(text: string, format: NumberFormat = {}): string | undefined {
  let body = text.trim()
  if (format.exponent !== false) {
    const match = SCIENTIFIC.exec(body)
    if (match) return shiftDecimal(match[1] ?? '', match[2] ?? '', match[3] ?? '', Number(match[4]))
  }
  let percent = false
  if (body.endsWith('%')) {
    percent = true
    body = body.slice(0, -1).trimEnd()
  }
  let sign = ''
  if (body.startsWith('-') || body.startsWith('+') || body.startsWith('\u2212')) {
    sign = body.startsWith('+') ? '' : '-'
    body = body.slice(1)
  }
  if (HAS_GROUP_SPACE.test(body)) {
    if (!SPACE_GROUPED.test(body)) return undefined
    body = body.replace(GROUP_SPACES, '')
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return undefined
  const split = splitDecimal(body, format.decimal ?? 'auto')
  if (split === undefined) return undefined
  let [whole, fraction] = split
  if (percent && (format.percent ?? 'fraction') === 'fraction') {
    // Shift the decimal point two places left, as text.
    const padded = whole.padStart(3, '0')
    fraction = padded.slice(-2) + fraction
    whole = padded.slice(0, -2)
  }
  return canonicalDecimal(sign, whole, fraction)
}

/** Splits digits with separators into whole and fraction digits, or `undefined` when the grouping is wrong. */
function splitDecimal(body: string, decimal: 'auto' | '.' | ','): [string, string] | undefined {
  const dots = count(body, '.')
  const commas = count(body, ',')
  let point: '.' | ',' | undefined
  if (decimal !== 'auto') {
    point = decimal
  } else if (dots > 0 && commas > 0) {
    point = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ','
  } else if (dots === 1) point = '.'
  else if (commas === 1) point = ','
  const group = point === undefined ? (dots > 0 ? '.' : ',') : point === '.' ? ',' : '.'
  const at = point === undefined ? -1 : body.indexOf(point)
  if (point !== undefined && at !== body.lastIndexOf(point)) return undefined
  const wholePart = at < 0 ? body : body.slice(0, at)
  const fraction = at < 0 ? '' : body.slice(at + 1)
  if (fraction.includes(group)) return undefined
  let whole = wholePart
  if (wholePart.includes(group)) {
    const groups = wholePart.split(group)
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
      return undefined
    whole = groups.join('')
  }
  if (whole === '' && fraction === '') return undefined
  return [whole, fraction]
}

function count(text: string, char: string): number {
  let n = 0
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++
  return n
}

/**
 * Writes sign, whole digits and fraction digits as a canonical decimal string: `('-', '007', '50')` →
 * `'-7.5'`, and zero is always `'0'`.
 *
 * @example
 * ```ts
 * canonicalDecimal('-', '007', '50') // '-7.5'
 * canonicalDecimal('-', '0', '')     // '0'
 * ```
 *
 * @category Import
 */
export function canonicalDecimal(sign: string, whole: string, fraction: string): string {
  const w = whole.replace(/^0+/, '') || '0'
  const f = fraction.replace(/0+$/, '')
  const body = f === '' ? w : `${w}.${f}`
  return sign === '-' && body !== '0' ? `-${body}` : body
}

/**
 * Writes the shortest decimal string of a JavaScript number (what `String(n)` gives, which for a number read
 * from a spreadsheet is the text the spreadsheet wrote), expanding exponents as text: `1e-7` → `'0.0000001'`.
 * Returns `undefined` for `NaN` and infinities.
 *
 * @example
 * ```ts
 * numberToPlainDecimal(0.1)       // '0.1'
 * numberToPlainDecimal(1e21)      // '1000000000000000000000'
 * numberToPlainDecimal(-2.5e-7)   // '-0.00000025'
 * ```
 *
 * @category Import
 */
export function numberToPlainDecimal(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined
  const text = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text)
  if (!match) return undefined
  const [, sign = '', whole = '', fraction = '', exponentText] = match
  return shiftDecimal(sign, whole, fraction, exponentText === undefined ? 0 : Number(exponentText))
}

const COMMA_SCIENTIFIC = /^[+-]?\d+,\d*[eE][+-]?\d{1,4}$/

/**
 * Why a cell that looks like scientific notation is not read as a number, or `undefined` when it is not such a
 * cell: a decimal comma before the exponent (`2,5e-06`) could be a decimal comma or a list of two numbers, so
 * it is refused with this reason rather than guessed.
 *
 * @example
 * ```ts
 * ambiguousExponent('2,5e-06')?.text // 'ambiguous scientific notation "2,5e-06": …'
 * ambiguousExponent('2.5e-06') // undefined
 * ```
 *
 * @category Import
 */
export function ambiguousExponent(text: string, format: NumberFormat = {}): Reason | undefined {
  const body = text.trim()
  if (format.exponent === false || !COMMA_SCIENTIFIC.test(body)) return undefined
  return reasonOf('ambiguous-exponent', { value: body, fixed: body.replace(',', '.') })
}

/** `whole.fraction × 10^exponent` as a canonical decimal string, by moving the point in the text. */
function shiftDecimal(sign: string, whole: string, fraction: string, exponent: number): string {
  const digits = whole + fraction
  const point = whole.length + exponent
  if (point <= 0) return canonicalDecimal(sign, '0', '0'.repeat(-point) + digits)
  if (point >= digits.length) return canonicalDecimal(sign, digits + '0'.repeat(point - digits.length), '')
  return canonicalDecimal(sign, digits.slice(0, point), digits.slice(point))
}
