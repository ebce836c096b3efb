import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { isValidOn } from './parse-registry.js'
import type { LineageEvent, UnitRegistry } from './registry-schema.js'
import { checkRegistryTime } from './registry-time.js'

/**
 * What {@link mapUnit} finds: the units the code became (or came from) at the target time, and the events
 * followed on the way. An empty `codes` means the unit was abolished without a successor.
 *
 * @example
 * ```ts
 * const mapped: UnitMapping = { codes: ['tinh-ab'], events: [{ date: '2025-07-01', kind: 'merged', from: ['tinh-a', 'tinh-b'], to: ['tinh-ab'] }] }
 * ```
 *
 * @category Units
 */
export interface UnitMapping {
  codes: string[]
  events: LineageEvent[]
}

/**
 * Maps a unit code of one time to its successor(s) at a later time, or its predecessor(s) at an earlier time,
 * following the registry's lineage events. Times are days (`2025-07-01`) or years: as the starting time a year
 * means the unit as it was in that year, as the target a year means the end of that year when going forward
 * and its start when going back. Throws `NOT_FOUND` when the code did not exist at the starting time, and
 * `INVALID_PANEL` for a time that is neither a year nor a day (`2023-H1` names no day on the registry's timeline).
 *
 * @example
 * ```ts
 * mapUnit(registry, 'tinh-a', '2024', '2026') // { codes: ['tinh-ab'], events: [the merger of 2025-07-01] }
 * mapUnit(registry, 'tinh-ab', '2026', '2024') // { codes: ['tinh-a', 'tinh-b'], events: [the same merger] }
 * mapUnit(registry, 'huyen-x', '2024', '2026') // { codes: [], events: [the abolition] }
 * ```
 *
 * @category Units
 */
export function mapUnit(registry: UnitRegistry, code: string, from: string, to: string): UnitMapping {
  checkRegistryTime(from)
  checkRegistryTime(to)
  const forward = boundary(to, 'end') >= boundary(from, 'start')
  const records = registry.units.filter((unit) => unit.code === code)
  // The record of the code at the starting time: valid on that day, or (for a year) at some time in it.
  const startDay = isYear(from)
    ? records
        .map((unit) =>
          forward ? maxDay(unit.validFrom, `${from}-01-01`) : minDay(lastDay(unit), `${from}-12-31`),
        )
        .find((day) => records.some((unit) => isValidOn(unit, day)) && day.slice(0, 4) === from)
    : records.some((unit) => isValidOn(unit, from))
      ? from
      : undefined
  if (startDay === undefined) {
    throw new ChisoError(ERROR_CODES.NOT_FOUND, `the registry has no unit "${code}" in ${from}`)
  }
  const endDay = isYear(to) ? (forward ? `${to}-12-31` : `${to}-01-01`) : to
  const events = [...registry.events]
    .filter((event) =>
      forward ? event.date > startDay && event.date <= endDay : event.date <= startDay && event.date > endDay,
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  if (!forward) events.reverse()
  let current = new Set([code])
  const followed: LineageEvent[] = []
  for (const event of events) {
    const [before, after] = forward ? [event.from, event.to] : [event.to, event.from]
    if (!before.some((c) => current.has(c))) continue
    followed.push(event)
    const next = new Set([...current].filter((c) => !before.includes(c)))
    for (const c of before) if (current.has(c) && after.includes(c)) next.add(c)
    for (const c of after) next.add(c)
    current = next
  }
  return { codes: [...current].sort(), events: followed }
}

const isYear = (time: string) => /^\d{4}$/.test(time)
const boundary = (time: string, side: 'start' | 'end') =>
  isYear(time) ? (side === 'start' ? `${time}-01-01` : `${time}-12-31`) : time
const maxDay = (a: string, b: string) => (a > b ? a : b)
const minDay = (a: string, b: string) => (a < b ? a : b)

function lastDay(unit: { validTo?: string | undefined }): string {
  if (unit.validTo === undefined) return '9999-12-31'
  const date = new Date(`${unit.validTo}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}
