import type { BandThreshold } from '../engine/bands.js'
import { localize } from '../schema/localized-text.js'
import type { Scorecard } from '../schema/scorecard.js'
import type { UnitRegistry } from '../units/registry-schema.js'
import { type PeriodComparison, periodChanges } from './period-changes.js'
import { recordIn } from './registry-coverage.js'

/**
 * Re-expresses a scored period for the units of a later time: every unit the registry has at `at` (of the
 * levels the scorecard's units have) gets the earlier figure its lineage gives — its own, a renamed unit's,
 * the weighted mean of the units merged into it, or its parent's — ranked among them; units abolished in
 * between are listed in `ended`. The later standings are empty (`index: null`): only `from` is meaningful.
 *
 * @example
 * ```ts
 * const today = reexpressScorecard({ period: '2021', scorecard: pci2021 }, '2025-07-01', registry)
 * today.units.find((u) => u.unit === 'hai-phong')?.basis // { kind: 'merged', from: ['hai-duong', 'hai-phong'], weight: 'equal' }
 * ```
 *
 * @category Panels
 */
export function reexpressScorecard(
  earlier: { period: string; scorecard: Scorecard },
  at: string,
  registry: UnitRegistry,
  options: { weight?: string; bands?: ReadonlyArray<BandThreshold> } = {},
): PeriodComparison {
  const levels = new Set(
    earlier.scorecard.units
      .map((unit) => recordIn(registry, unit.unit, earlier.period)?.level)
      .filter((level): level is string => level !== undefined),
  )
  const codes = [...new Set(registry.units.map((unit) => unit.code))]
    .map((code) => recordIn(registry, code, at))
    .filter((record) => record !== undefined && (levels.size === 0 || levels.has(record.level)))
    .sort((a, b) => (a!.code < b!.code ? -1 : a!.code > b!.code ? 1 : 0))
  const units = codes.map((record) => ({
    unit: record!.code,
    name: localize(record!.name),
    score: null,
    max: null,
    index: null,
    indexDisplay: null,
    rank: null,
    band: null,
    nodes: {},
  }))
  return periodChanges(
    earlier,
    { period: at, scorecard: { methodology: earlier.scorecard.methodology, units, diagnostics: [] } },
    { registry, ...options },
  )
}
