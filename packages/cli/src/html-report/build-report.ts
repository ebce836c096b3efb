import {
  type CompiledMethodology,
  localize,
  type OwnersFile,
  type PeriodComparison,
  type PeriodScorecard,
  type Scorecard,
} from '@chiso/core'
import { renderContributionChart } from './contribution-chart.js'
import { renderDiagnosticsSection } from './diagnostics-section.js'
import { renderHeader } from './header-section.js'
import { htmlDocument } from './html-document.js'
import type { PlanFile, PreviousRanking, SimulationFile } from './input-schemas.js'
import type { ReportLanguage } from './labels.js'
import { renderOwnersSection } from './owners-section.js'
import { renderPlanSection } from './plan-section.js'
import { loadPlotRuntime } from './plot-runtime.js'
import { renderProfileSection } from './profile-section.js'
import { previousRanks, rankChange } from './rank-change.js'
import { renderRankingSection } from './ranking-section.js'
import { createReportContext } from './report-context.js'
import { renderSimulationSection } from './simulation-section.js'
import { renderTrendSection } from './trend-section.js'

/**
 * Everything a report shows: the compiled methodology and its scorecard, and what else was given.
 *
 * @example
 * ```ts
 * const input: ReportInputs = { compiled, scorecard, dataset: 'districts-2023.csv', language: 'vi' }
 * ```
 */
export interface ReportInputs {
  readonly compiled: CompiledMethodology
  readonly scorecard: Scorecard
  /** The data's name as shown in the header (the file's base name). */
  readonly dataset: string
  readonly language: ReportLanguage
  /** A title instead of the methodology's. */
  readonly title?: string
  /** The unit to profile; default: the plan's unit, else the first-ranked unit. */
  readonly unit?: string
  readonly plan?: PlanFile
  readonly simulation?: SimulationFile
  /** A previous ranking, and how to name it in the report (its file and methodology). */
  readonly previous?: { readonly ranking: PreviousRanking; readonly name: string }
  /** A panel's periods (the report is about the last) and the comparison of the first with the last. */
  readonly trend?: { readonly periods: ReadonlyArray<PeriodScorecard>; readonly comparison: PeriodComparison }
  /** An owners file: each office's plan steps and criteria losing points, for the profiled unit. */
  readonly owners?: OwnersFile
}

/**
 * Builds the HTML report: header, ranking table (with changes when a previous ranking is given), the bar
 * chart of each unit's index split by area, the profile of one unit against the median and the best, and
 * the plan's steps and the simulation's rank intervals when given. Same inputs, same bytes: nothing in it
 * depends on the time, the machine or chance.
 *
 * @example
 * ```ts
 * const html = await buildReport({ compiled, scorecard, dataset: 'districts-2023.csv', language: 'vi' })
 * html.startsWith('<!doctype html>') // true
 * ```
 */
export async function buildReport(input: ReportInputs): Promise<string> {
  const context = createReportContext(input.compiled, input.scorecard, input.language)
  const runtime = await loadPlotRuntime()
  const focusUnit = input.unit ?? input.plan?.unit ?? context.ranked[0]?.unit
  const focus = [focusUnit, input.plan?.unit].filter((unit): unit is string => unit !== undefined)
  const previous = input.previous === undefined ? undefined : previousRanks(input.previous.ranking)
  const changes =
    previous === undefined
      ? undefined
      : new Map(context.ranked.map((unit) => [unit.unit, rankChange(unit.unit, unit.rank, previous)]))
  const sections = [
    renderHeader(context, {
      dataset: input.dataset,
      ...(input.title === undefined ? {} : { title: input.title }),
    }),
    renderRankingSection(context, {
      ...(focusUnit === undefined ? {} : { focus: focusUnit }),
      ...(changes === undefined ? {} : { changes, comparedWith: input.previous!.name }),
    }),
    ...(input.trend === undefined
      ? []
      : [renderTrendSection(context, runtime, { ...input.trend, focus, language: input.language })]),
    renderContributionChart(context, runtime, { focus }),
    ...(focusUnit === undefined ? [] : [renderProfileSection(context, runtime, focusUnit)]),
    ...(input.plan === undefined ? [] : [renderPlanSection(context, input.plan)]),
    ...(input.owners === undefined || focusUnit === undefined
      ? []
      : [
          renderOwnersSection(context, input.owners, {
            unit: input.plan?.unit ?? focusUnit,
            ...(input.plan ? { plan: input.plan } : {}),
            language: input.language,
          }),
        ]),
    ...(input.simulation === undefined
      ? []
      : [renderSimulationSection(context, runtime, input.simulation, { focus })]),
    renderDiagnosticsSection(context),
  ].filter((section) => section !== '')
  return htmlDocument({
    language: input.language,
    title: input.title ?? localize(input.compiled.methodology.title, input.language),
    sections,
    footer: context.labels.footer,
  })
}
