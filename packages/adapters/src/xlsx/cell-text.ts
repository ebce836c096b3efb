import type { CellValue } from 'exceljs'
import { numberToPlainDecimal } from '../cell/number-text.js'
import { formulaWithoutValue } from '../report/formula-warning.js'

/**
 * The text of a sheet cell as chiso reads it: numbers as decimal strings (the shortest decimal of the stored
 * double, which is what the spreadsheet wrote), dates as ISO 8601 text (`2023-01-01`, with the time when it has one) — never as a serial day number, which
 * would pass for a score: a data cell holding a date is rejected by `readCell` with its own reason;
 * formulas by their cached result, rich text joined, errors as their code (`#N/A`). A formula without a cached
 * result gives `missing: 'formula without a cached value'`.
 *
 * @example
 * ```ts
 * sheetCellText(7.98)                                  // { text: '7.98' }
 * sheetCellText({ formula: 'A1+A2', result: 0.3 })     // { text: '0.3' }
 * sheetCellText({ formula: 'A1+A2' })                  // { text: '', missing: 'formula without a cached value (=A1+A2)…' }
 * sheetCellText(new Date(Date.UTC(2023, 0, 1)))        // { text: '2023-01-01' }
 * ```
 *
 * @category Import
 */
export function sheetCellText(value: CellValue, date1904 = false): { text: string; missing?: string } {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'number') return { text: numberToPlainDecimal(value) ?? String(value) }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false' }
  if (value instanceof Date) return { text: isoDate(value) }
  const object = value as unknown as Record<string, unknown>
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result as CellValue | undefined
    if (result === undefined || result === null) {
      const formula = String(object.formula ?? object.sharedFormula)
      return {
        text: '',
        missing: formulaWithoutValue(formula).text,
      }
    }
    if (typeof result === 'object' && result !== null && 'error' in (result as object)) {
      return { text: String((result as { error: unknown }).error) }
    }
    return sheetCellText(result, date1904)
  }
  if ('richText' in object && Array.isArray(object.richText)) {
    return { text: (object.richText as Array<{ text: string }>).map((part) => part.text).join('') }
  }
  if ('error' in object) return { text: String(object.error) }
  if ('text' in object) return sheetCellText(object.text as CellValue, date1904)
  return { text: String(value) }
}

/** `2023-01-01`, or `2023-01-01T08:30:00Z` when the cell has a time of day; an invalid date as exceljs gives it. */
function isoDate(date: Date): string {
  const time = date.getTime()
  if (!Number.isFinite(time)) return String(date)
  const iso = date.toISOString()
  if (time % 86_400_000 === 0) return iso.slice(0, 10)
  return `${iso.slice(0, 19)}Z`
}
