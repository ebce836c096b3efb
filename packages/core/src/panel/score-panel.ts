import type {
  CompiledMethodology,
  EvaluateOptions,
  ObservedPeriod,
  ObservedValues,
} from '../engine/engine-interfaces.js'
import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import type { Scorecard } from '../schema/scorecard.js'
import { isValidOn } from '../units/parse-registry.js'
import type { UnitRegistry } from '../units/registry-schema.js'
import type { PanelPeriod } from './panel-schema.js'
import { sortPanel } from './panel-schema.js'

const LAST_PERIOD = 'chiso/impute-last-period'

/**
 * One period of a scored panel: its label and the scorecard of its data under the methodology in force then.
 *
 * @example
 * ```ts
 * const scored: PeriodScorecard = { period: '2023', scorecard: compiled.evaluate(dataset) }
 * ```
 *
 * @category Panels
 */
export interface PeriodScorecard {
  period: string
  scorecard: Scorecard
}

/**
 * A unit that some periods of a panel have and others do not: reported, never dropped. With a registry, a
 * period before the unit existed or after it ended does not count as missing.
 *
 * @example
 * ```ts
 * const gap: MissingUnit = { unit: 'nhu-xuan', name: 'Như Xuân', missingIn: ['2022'], presentIn: ['2021', '2023'] }
 * ```
 *
 * @category Panels
 */
export interface MissingUnit {
  unit: string
  name?: string
  missingIn: string[]
  presentIn: string[]
}

/**
 * A scored panel: one scorecard per period (in time order) and the units missing from some period.
 *
 * @example
 * ```ts
 * const result: PanelScorecards = scorePanel(periods, () => compiled)
 * result.periods.map((p) => p.period) // ['2021', '2022', '2023']
 * ```
 *
 * @category Panels
 */
export interface PanelScorecards {
  periods: PeriodScorecard[]
  missing: MissingUnit[]
}

/**
 * Scores every period of a panel under the methodology in force for it: `methodologyFor(period)` returns the
 * compiled methodology (one for all, or one per period from a period → `id@version` map). A period it has
 * none for is an `INVALID_PANEL` error naming every such period (`periods[i].period`), before anything is
 * scored. Each period is scored alone, exactly as a one-period dataset would be.
 *
 * @example
 * ```ts
 * const result = scorePanel(parsePanel(document), (period) => (period < '2023' ? v1 : v2))
 * result.periods[0]?.scorecard.methodology.version // '1.0.0'
 * result.missing // [{ unit: 'nhu-xuan', missingIn: ['2022'], presentIn: ['2021', '2023'] }]
 * ```
 *
 * @category Panels
 */
export function scorePanel(
  panel: ReadonlyArray<PanelPeriod>,
  methodologyFor: (period: string) => CompiledMethodology | undefined,
  options: EvaluateOptions & { registry?: UnitRegistry } = {},
): PanelScorecards {
  const ordered = sortPanel(panel)
  const issues: ChisoIssue[] = []
  const compiled = ordered.map((entry) => {
    const methodology = methodologyFor(entry.period)
    if (methodology === undefined) {
      issues.push({
        path: ['periods', panel.indexOf(entry), 'period'],
        message: `no methodology is in force for the period "${entry.period}"`,
        hint: 'give one methodology for all periods, or add the period to the period → id@version map',
      })
    }
    return methodology
  })
  if (issues.length > 0) {
    throw new ChisoError(ERROR_CODES.INVALID_PANEL, `${issues.length} period(s) have no methodology`, {
      issues,
    })
  }
  const { registry, ...evaluate } = options
  // Imputation from the last period reads the earlier periods' observed values: kept only when one needs them.
  const keep = compiled.some((methodology) =>
    (methodology as CompiledMethodology).model.leaves.some((node) => node.impute?.def.id === LAST_PERIOD),
  )
  const earlier: ObservedPeriod[] = []
  const periods = ordered.map((entry, i) => {
    const scorecard = (compiled[i] as CompiledMethodology).evaluate(entry.dataset, {
      ...evaluate,
      ...(keep
        ? {
            earlier: [...earlier],
            onObserved: (values: ObservedValues) => earlier.unshift({ period: entry.period, values }),
          }
        : {}),
    })
    return { period: entry.period, scorecard }
  })
  return { periods, missing: findMissingUnits(ordered, registry) }
}

/**
 * The units present in some periods of a panel and absent from others. With a registry, a period in which
 * the registry has no record of the unit (before it was formed, after it was merged or abolished) is not a
 * gap (a year counts as its last day: a unit that ended during it is not expected). Units come in code order.
 *
 * @example
 * ```ts
 * findMissingUnits([{ period: '2022', dataset: a }, { period: '2023', dataset: b }])
 * // [{ unit: 'nhu-xuan', missingIn: ['2023'], presentIn: ['2022'] }]
 * ```
 *
 * @category Panels
 */
export function findMissingUnits(panel: ReadonlyArray<PanelPeriod>, registry?: UnitRegistry): MissingUnit[] {
  const names = new Map<string, string | undefined>()
  const present = new Map<string, Set<string>>()
  for (const { period, dataset } of panel) {
    for (const unit of dataset.units) {
      if (!names.has(unit.code) || names.get(unit.code) === undefined) names.set(unit.code, unit.name)
      present.set(unit.code, (present.get(unit.code) ?? new Set()).add(period))
    }
  }
  const existed = (code: string, period: string) => {
    if (registry === undefined) return true
    const records = registry.units.filter((unit) => unit.code === code)
    if (records.length === 0) return true
    // A year's data describes the units of its last day: one formed mid-year belongs, one ended does not.
    return records.some((unit) => isValidOn(unit, /^\d{4}$/.test(period) ? `${period}-12-31` : period))
  }
  const missing: MissingUnit[] = []
  for (const code of [...present.keys()].sort()) {
    const seen = present.get(code) as Set<string>
    const missingIn = panel
      .map((entry) => entry.period)
      .filter((period) => !seen.has(period) && existed(code, period))
    if (missingIn.length === 0) continue
    const name = names.get(code)
    missing.push({
      unit: code,
      ...(name === undefined ? {} : { name }),
      missingIn,
      presentIn: panel.map((entry) => entry.period).filter((period) => seen.has(period)),
    })
  }
  return missing
}
