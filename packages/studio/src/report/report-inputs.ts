// What the studio gives the report builders, made the way `chiso report` makes it: the plan and the simulation
// go through the JSON the command line would have read back from `--plan` and `--simulate` files (the same
// schema, so the same fields reach the report).
import type { CompiledMethodology, Scorecard } from '@chiso/core'
import type { ReportInputs } from '../../../cli/src/html-report/build-report.js'
import { PlanFileSchema, SimulationFileSchema } from '../../../cli/src/html-report/input-schemas.js'

/** The page's side of a report: what was opened and scored, and the unit whose profile is open. */
export interface StudioReportInputs {
  readonly compiled: CompiledMethodology
  readonly scorecard: Scorecard
  /** The data file's name (the report's header shows it). */
  readonly dataset: string
  readonly language: 'vi' | 'en'
  readonly unit?: string
}

/** The plan and the simulation made in the page, as their downloads hold them (the command line's files). */
export interface ReportFiles {
  readonly plan?: unknown
  readonly simulation?: unknown
}

/**
 * The builders' inputs, as `chiso report METHODOLOGY DATA [--unit U] [--plan P] [--simulate S] --lang L` makes
 * them from the same files.
 *
 * @example
 * ```ts
 * const inputs = reportInputs({ compiled, scorecard, dataset: 'districts-2023.csv', language: 'vi' }, { plan })
 * inputs.plan?.unit // the plan's unit
 * ```
 */
export function reportInputs(input: StudioReportInputs, files: ReportFiles): ReportInputs {
  return {
    compiled: input.compiled,
    scorecard: input.scorecard,
    dataset: input.dataset,
    language: input.language,
    ...(input.unit === undefined ? {} : { unit: input.unit }),
    ...(files.plan === undefined ? {} : { plan: PlanFileSchema.parse(asRead(files.plan)) }),
    ...(files.simulation === undefined
      ? {}
      : { simulation: SimulationFileSchema.parse(asRead(files.simulation)) }),
  }
}

/** A value as its JSON file reads back (what the command line parses). */
function asRead(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}
