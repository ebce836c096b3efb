import type { NumberFormat } from './number-text.js'
import { type CellReading, CellRejection, readCell } from './read-cell.js'
import { textInterner } from './text-interner.js'

/** Distinct cell texts whose reading is remembered: enough for repeated cells, bounded for unique ones. */
const REMEMBERED_LIMIT = 65_536

/**
 * {@link readCell} with one format for a whole table, remembering the reading of each distinct cell text (up to
 * {@link REMEMBERED_LIMIT}): a million cells of scores in hundredths hold a few hundred distinct texts, so most
 * cells cost one look-up instead of a reading. Decimal strings come out shared, one string for equal values
 * (as {@link textInterner} gives them). Rejections are not remembered: each is made for its own cell.
 *
 * @example
 * ```ts
 * const read = rememberedReadings({ decimal: 'auto', percent: 'fraction', exponent: true })
 * read('7,5') // '7.5'
 * read('7,5') === read('7.5') // true (the same string)
 * read('abc') instanceof CellRejection // true
 * ```
 */
export function rememberedReadings(format: NumberFormat): (raw: string) => CellReading {
  const intern = textInterner()
  const known = new Map<string, Exclude<CellReading, CellRejection>>()
  return (raw) => {
    const found = known.get(raw)
    if (found !== undefined) return found
    const reading = readCell(raw, format)
    if (reading instanceof CellRejection) return reading
    const value = typeof reading === 'string' ? intern(reading) : reading
    if (known.size < REMEMBERED_LIMIT) known.set(raw, value)
    return value
  }
}
