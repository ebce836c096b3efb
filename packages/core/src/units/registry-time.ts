import { ChisoError } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'

const YEAR = /^\d{4}$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Checks that a time given to a unit registry is a year (`2023`) or a day of the calendar (`2023-06-30`). A
 * registry places every change on a day; a period labelled otherwise (`2023-H1`, `đợt 1`, `Q3`) names no day,
 * and comparing it as text with the registry's dates would follow the wrong events — so it is refused, with
 * what to do.
 *
 * @example
 * ```ts
 * checkRegistryTime('2023')       // passes
 * checkRegistryTime('2023-06-30') // passes
 * checkRegistryTime('2023-H1')    // throws INVALID_PANEL: period "2023-H1" is neither a year nor a day…
 * ```
 *
 * @category Units
 */
export function checkRegistryTime(time: string): void {
  if (YEAR.test(time)) return
  const day = DAY.exec(time)
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])]
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
    if (month >= 1 && month <= 12 && date >= 1 && date <= last) return
  }
  throw new ChisoError(
    ERROR_CODES.INVALID_PANEL,
    `period "${time}" is neither a year (2023) nor a day (2023-06-30): a unit registry dates every change to a day, and "${time}" names no day to follow the changes to`,
    {
      issues: [
        {
          message: `the period "${time}" cannot be placed on the registry's timeline`,
          hint: 'label the periods by year or by the day each one ends (2023-06-30), or compare them without --registry (units matched by code)',
        },
      ],
    },
  )
}
