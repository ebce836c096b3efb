// Pre-scoring checks of survey indicators, in the spirit of COINr's data availability and indicator statistics
// (get_data_avail, get_stats): problems that scoring would hide are reported before it runs.
import { dec } from '@chiso/core'
import type { SurveyIndicatorRow } from './survey-result.js'

/**
 * What {@link checkSurveyIndicators} found:
 *
 * - `tooFewRespondents`: per indicator, the units below its minimum sample (or without answers);
 * - `unitsMissingMany`: units missing more than the allowed share of indicators;
 * - `noSpread`: indicators whose value is the same for every unit that has one (min–max normalisation then
 *   gives every unit the middle of the scale), or that fewer than two units have.
 *
 * @example
 * ```ts
 * const checks: SurveyChecks = {
 *   tooFewRespondents: [{ indicator: '3.2', units: ['muong-lat'] }],
 *   unitsMissingMany: [{ unit: 'muong-lat', missing: 5, of: 20 }],
 *   noSpread: [{ indicator: '9.1', values: 27, value: '100' }],
 *   maxMissingShare: '0.2',
 * }
 * ```
 *
 * @category Survey
 */
export interface SurveyChecks {
  tooFewRespondents: Array<{ indicator: string; units: string[] }>
  unitsMissingMany: Array<{ unit: string; missing: number; of: number }>
  noSpread: Array<{ indicator: string; values: number; value?: string }>
  /** The share of missing indicators above which a unit is reported. */
  maxMissingShare: string
}

/**
 * Checks a survey aggregation's indicators before scoring: indicators with too few respondents in some units,
 * units with too many missing indicators (more than `maxMissingShare` of them, default `0.2`), and indicators
 * with no spread across units.
 *
 * @example
 * ```ts
 * const checks = checkSurveyIndicators(result.indicators, { maxMissingShare: '0.25' })
 * formatSurveyChecks(checks) // ['survey checks: …', '  too few respondents: 3.2 (muong-lat)', …]
 * ```
 *
 * @category Survey
 */
export function checkSurveyIndicators(
  rows: ReadonlyArray<SurveyIndicatorRow>,
  options: { maxMissingShare?: string } = {},
): SurveyChecks {
  const maxMissingShare = options.maxMissingShare ?? '0.2'
  const byIndicator = new Map<string, SurveyIndicatorRow[]>()
  const byUnit = new Map<string, SurveyIndicatorRow[]>()
  const add = (map: Map<string, SurveyIndicatorRow[]>, key: string, row: SurveyIndicatorRow) => {
    const list = map.get(key)
    if (list) list.push(row)
    else map.set(key, [row])
  }
  for (const row of rows) {
    add(byIndicator, row.indicator, row)
    add(byUnit, row.unit, row)
  }
  const tooFewRespondents = [...byIndicator].flatMap(([indicator, list]) => {
    const units = list.filter((row) => row.value === null).map((row) => row.unit)
    return units.length > 0 ? [{ indicator, units }] : []
  })
  const unitsMissingMany = [...byUnit].flatMap(([unit, list]) => {
    const missing = list.filter((row) => row.value === null).length
    return dec(missing).gt(dec(maxMissingShare).times(list.length))
      ? [{ unit, missing, of: list.length }]
      : []
  })
  const noSpread = [...byIndicator].flatMap(([indicator, list]) => {
    const values = list.flatMap((row) => (row.value === null ? [] : [row.value]))
    if (values.length < 2) return [{ indicator, values: values.length }]
    // Equal texts are equal decimals: only a different text needs reading (`7.50` is `7.5`).
    const first = dec(values[0]!)
    return values.every((value) => value === values[0] || dec(value).eq(first))
      ? [{ indicator, values: values.length, value: values[0]! }]
      : []
  })
  return { tooFewRespondents, unitsMissingMany, noSpread, maxMissingShare }
}

/**
 * The checks as lines for a terminal (English; empty findings are left out, and a clean survey says so).
 *
 * @example
 * ```ts
 * formatSurveyChecks({ tooFewRespondents: [], unitsMissingMany: [], noSpread: [], maxMissingShare: '0.2' })
 * // ['survey checks: every indicator has enough respondents and some spread; no unit misses more than 20 % of them']
 * ```
 *
 * @category Survey
 */
export function formatSurveyChecks(checks: SurveyChecks): string[] {
  const percent = dec(checks.maxMissingShare).times(100).toFixed()
  const lines: string[] = []
  if (checks.tooFewRespondents.length + checks.unitsMissingMany.length + checks.noSpread.length === 0)
    return [
      `survey checks: every indicator has enough respondents and some spread; no unit misses more than ${percent} % of them`,
    ]
  lines.push('survey checks (before scoring):')
  for (const { indicator, units } of checks.tooFewRespondents)
    lines.push(
      `  too few respondents: ${indicator} is missing for ${units.length} unit(s): ${units.join(', ')}`,
    )
  for (const { unit, missing, of } of checks.unitsMissingMany)
    lines.push(`  unit ${unit} misses ${missing} of ${of} indicators (more than ${percent} %)`)
  for (const { indicator, values, value } of checks.noSpread)
    lines.push(
      value === undefined
        ? `  no spread: ${indicator} has a value for ${values} unit(s) only`
        : `  no spread: ${indicator} is ${value} for all ${values} units (min-max gives each the middle)`,
    )
  return lines
}
