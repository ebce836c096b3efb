import { type Reason, reasonOf } from './reason-code.js'

/**
 * The warning of a sheet cell holding a formula without a cached result (read as missing).
 *
 * @example
 * ```ts
 * formulaWithoutValue('A1+A2').text
 * // 'formula without a cached value (=A1+A2): read as missing; open and save the file in Excel to store its result'
 * ```
 *
 * @category Import report
 */
export function formulaWithoutValue(formula: string): Reason {
  return reasonOf('formula-without-value', { formula })
}

/**
 * The reason behind a warning message of a table's `warnings` (a `Table` carries them as text): the XLSX
 * reader writes only {@link formulaWithoutValue}; a message written otherwise has no code (undefined).
 *
 * @example
 * ```ts
 * formulaWarning(formulaWithoutValue('A1+A2').text)?.params // { formula: 'A1+A2' }
 * ```
 *
 * @category Import report
 */
export function formulaWarning(message: string): Reason | undefined {
  const match = /^formula without a cached value \(=([\s\S]*)\): read as missing; /.exec(message)
  if (match === null) return undefined
  const reason = formulaWithoutValue(match[1]!)
  return reason.text === message ? reason : undefined
}
