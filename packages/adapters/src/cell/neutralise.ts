// Formula-injection neutralisation (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, tab or CR can
// run as a formula when a spreadsheet opens the file. Exports prefix such cells with an apostrophe; imports
// remove it again. Cells that already start with apostrophes before such a character get one more, so the
// mapping is a bijection and every export round-trips exactly. A plain number (`-0.22`, `+3`) is not a
// formula: it stays as it is, so pandas, R and spreadsheets read it as the number it is.

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const QUOTED = /^'+[=+\-@\t\r]/

/**
 * Makes a cell safe to open in a spreadsheet: text that could start a formula gets a leading `'`; a plain
 * number, negative or not, stays a number.
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * neutraliseFormula('-2.5')                   // '-2.5' (a number, not a formula)
 * neutraliseFormula('-2+3')                   // "'-2+3"
 * neutraliseFormula("'=x")                    // "''=x"
 * neutraliseFormula('Hà Nội')                 // 'Hà Nội'
 * ```
 *
 * @category Export
 */
export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

/**
 * Undoes {@link neutraliseFormula}: removes the one apostrophe an export added.
 *
 * @example
 * ```ts
 * restoreNeutralised("'=HYPERLINK(\"http://x\")") // '=HYPERLINK("http://x")'
 * restoreNeutralised("''=x")                      // "'=x"
 * restoreNeutralised("'quoted'")                   // "'quoted'"
 * ```
 *
 * @category Export
 */
export function restoreNeutralised(text: string): string {
  return text.charCodeAt(0) === 0x27 && QUOTED.test(text) ? text.slice(1) : text
}
