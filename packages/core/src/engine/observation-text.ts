import { dec } from '../decimal/decimal.js'
import type { Observation, Origin } from '../schema/dataset.js'

// How the observation diagnostics (duplicates, sources, assessment rounds) compare and show values and places.

/** Whether two observed values are the same value (`7.50` and `7.5` are). */
export function sameValue(a: Observation['value'], b: Observation['value']): boolean {
  if (typeof a === 'string' && typeof b === 'string' && a !== 'NA' && b !== 'NA') return dec(a).eq(b)
  return a === b
}

/** An observed value in a diagnostic's message (`empty` for a missing one). */
export function showValue(value: Observation['value']): string {
  return value === null ? 'empty' : String(value)
}

/** ` at file, sheet, row R, column C` for a message, or nothing when the place is unknown. */
export function whereFrom(origin: Origin | undefined): string {
  if (!origin) return ''
  const parts = [
    origin.file,
    origin.sheet,
    origin.row === undefined ? undefined : `row ${origin.row}`,
    origin.column === undefined ? undefined : `column ${origin.column}`,
  ]
  return ` at ${parts.filter(Boolean).join(', ')}`
}
