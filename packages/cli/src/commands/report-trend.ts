import type { PanelImport } from '@chiso/adapters'
import {
  type CompiledMethodology,
  checkRegistryCovers,
  type PeriodComparison,
  type PeriodScorecard,
  periodChanges,
  type Scorecard,
  scorePanel,
} from '@chiso/core'
import { loadRegistry } from './load-registry.js'
import type { PeriodMethodologies } from './period-methodologies.js'

/**
 * What `chiso report` needs from a panel: every period scored under its methodology, the last period's
 * scorecard and methodology (the report is about it), and the comparison of the first period with the last
 * (through `--registry`, weighed by `--weight`).
 *
 * @example
 * ```ts
 * const trend = panelTrend(imported.panel, methodologies, { registry: 'units.registry.yaml' }, io.cwd)
 * trend.comparison.from // '2022'
 * ```
 */
export function panelTrend(
  panel: PanelImport,
  methodologies: PeriodMethodologies,
  options: { registry?: string; weight?: string },
  cwd: string,
): {
  periods: PeriodScorecard[]
  last: Scorecard
  compiled: CompiledMethodology
  comparison: PeriodComparison
} {
  const registry = options.registry === undefined ? undefined : loadRegistry(options.registry, cwd)
  const periods = panel.periods.map(({ period, dataset }) => ({ period, dataset }))
  if (registry)
    checkRegistryCovers(
      registry,
      periods.map((p) => ({ period: p.period, units: p.dataset.units.map((unit) => unit.code) })),
    )
  const result = scorePanel(periods, methodologies.methodologyFor)
  const first = result.periods[0] as PeriodScorecard
  const last = result.periods[result.periods.length - 1] as PeriodScorecard
  const comparison = periodChanges(first, last, {
    ...(registry ? { registry } : {}),
    ...(options.weight ? { weight: options.weight } : {}),
    bands: (methodologies.methodologyFor(first.period) as CompiledMethodology).methodology.bands,
  })
  return {
    periods: result.periods,
    last: last.scorecard,
    compiled: methodologies.methodologyFor(last.period) as CompiledMethodology,
    comparison,
  }
}
