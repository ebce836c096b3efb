import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { UnitRecord, UnitRegistry } from '../units/registry-schema.js'

/**
 * The registry's record of a unit code in a period: a year (`2023`, any day of it, the latest record wins) or a
 * day (`2025-07-01`). `undefined` when the registry has no such unit then.
 *
 * @example
 * ```ts
 * recordIn(registry, 'tinh-a', '2024')?.name // 'Tỉnh A'
 * recordIn(registry, 'tinh-a', '2026')       // undefined: merged on 2025-07-01
 * ```
 *
 * @category Panels
 */
export function recordIn(registry: UnitRegistry, code: string, period: string): UnitRecord | undefined {
  const records = registry.units.filter((unit) => unit.code === code)
  const [start, end] = /^\d{4}$/.test(period) ? [`${period}-01-01`, `${period}-12-31`] : [period, period]
  return records
    .filter((unit) => unit.validFrom <= end && (unit.validTo === undefined || unit.validTo > start))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]
}

/**
 * Checks that a registry covers every unit of every period given (`{ period, units }`): a unit code with no
 * record valid in its period is an `UNMAPPED_UNIT` error listing each one (period, unit), so a comparison
 * across a reorganisation never guesses. Periods must be years or days when a registry is used.
 *
 * @example
 * ```ts
 * checkRegistryCovers(registry, [{ period: '2024', units: ['tinh-a', 'tinh-q'] }])
 * // throws UNMAPPED_UNIT: the registry has no unit "tinh-q" in 2024
 * ```
 *
 * @category Panels
 */
export function checkRegistryCovers(
  registry: UnitRegistry,
  periods: ReadonlyArray<{ period: string; units: ReadonlyArray<string> }>,
): void {
  const issues: ChisoIssue[] = []
  for (const { period, units } of periods) {
    if (!/^\d{4}(-\d{2}-\d{2})?$/.test(period)) {
      issues.push({
        message: `the period "${period}" is neither a year nor a day: a registry cannot place it`,
      })
      continue
    }
    for (const unit of units) {
      if (recordIn(registry, unit, period) === undefined)
        issues.push({
          path: ['units'],
          message: `the registry has no unit "${unit}" in ${period} (the data of ${period} has it)`,
        })
    }
  }
  if (issues.length > 0) {
    throw new ChisoError(
      ERROR_CODES.UNMAPPED_UNIT,
      `the registry leaves ${issues.length} unit(s) of the data unmapped`,
      {
        issues,
        hint: 'add the units to the registry (code, name, level, validFrom), with the events that link them',
      },
    )
  }
}
