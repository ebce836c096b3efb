import { type CompiledMethodology, localize, type Scorecard, type UnitResult } from '@chiso/core'
import { bandColours } from './band-colours.js'
import { REPORT_LABELS, type ReportLabels, type ReportLanguage } from './labels.js'

/**
 * What every section of a report reads: the compiled methodology, the scorecard, the units in rank order,
 * the language and its words, and small look-ups (a unit's name, an area's title, a band's colour).
 *
 * @example
 * ```ts
 * const context = createReportContext(compiled, scorecard, 'vi')
 * context.ranked[0]?.unit       // 'tp-thanh-hoa'
 * context.nameOf('tx-bim-son')  // 'Thị xã Bỉm Sơn'
 * ```
 */
export interface ReportContext {
  readonly compiled: CompiledMethodology
  readonly scorecard: Scorecard
  /** Ranked units by rank (ties in data order), then the unranked ones in data order. */
  readonly ranked: ReadonlyArray<UnitResult>
  readonly language: ReportLanguage
  readonly labels: ReportLabels
  /** The top-level areas (*lĩnh vực*) in tree order, with their titles in the report's language. */
  readonly areas: ReadonlyArray<{ readonly code: string; readonly title: string }>
  nameOf(unit: string): string
  bandColour(band: string | null): string
  bandLabel(band: string): string
}

/**
 * Builds the {@link ReportContext} of a scored dataset.
 *
 * @example
 * ```ts
 * const context = createReportContext(compiled, compiled.evaluate(dataset), 'en')
 * context.labels.ranking // 'Ranking'
 * ```
 */
export function createReportContext(
  compiled: CompiledMethodology,
  scorecard: Scorecard,
  language: ReportLanguage,
): ReportContext {
  const { methodology } = compiled
  const positions = new Map(scorecard.units.map((unit, index) => [unit, index]))
  const ranked = [...scorecard.units].sort((a, b) => {
    if (a.rank !== b.rank) return a.rank === null ? 1 : b.rank === null ? -1 : a.rank - b.rank
    return positions.get(a)! - positions.get(b)!
  })
  const names = new Map(scorecard.units.map((unit) => [unit.unit, unit.name ?? unit.unit]))
  const colours = bandColours(methodology)
  const bandLabels = new Map(
    methodology.bands.map((band) => [band.code, band.label ? localize(band.label, language) : band.code]),
  )
  return {
    compiled,
    scorecard,
    ranked,
    language,
    labels: REPORT_LABELS[language],
    areas: methodology.tree.map((area) => ({ code: area.code, title: localize(area.title, language) })),
    nameOf: (unit) => names.get(unit) ?? unit,
    bandColour: (band) => colours.of(band),
    bandLabel: (band) => bandLabels.get(band) ?? band,
  }
}
