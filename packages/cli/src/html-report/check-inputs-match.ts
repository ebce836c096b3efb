import {
  ChisoError,
  type ChisoIssue,
  type CompiledMethodology,
  dec,
  type MethodologyNode,
  type Scorecard,
} from '@chiso/core'
import type { PlanFile, SimulationFile } from './input-schemas.js'
import { locatedIssue, type ReportInput } from './read-report-input.js'

function checkFingerprint(
  input: ReportInput<{ methodology: { id: string; version: string; fingerprint: string } }>,
  compiled: CompiledMethodology,
  what: string,
): ChisoIssue[] {
  const stamp = input.value.methodology
  if (stamp.fingerprint === compiled.fingerprint) return []
  const { id, version } = compiled.methodology
  return [
    locatedIssue(
      input.document,
      'FINGERPRINT_MISMATCH',
      ['methodology', 'fingerprint'],
      `${what} was made under ${stamp.id}@${stamp.version} (${stamp.fingerprint}), not under the report's ` +
        `methodology ${id}@${version} (${compiled.fingerprint}); make it again with this methodology`,
    ),
  ]
}

function nodeCodes(nodes: ReadonlyArray<MethodologyNode>, into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    into.add(node.code)
    if ('children' in node && node.children) nodeCodes(node.children, into)
  }
  return into
}

function fail(file: string, what: string, problems: ChisoIssue[]): void {
  const [first] = problems
  if (first === undefined) return
  throw new ChisoError(first.code ?? 'DATA_MISMATCH', `${file} does not belong to this report: ${what}`, {
    issues: problems,
  })
}

/**
 * Checks that a plan (`chiso plan --json`) was made for this methodology and this data: the same
 * fingerprint, a unit of the data, its rank and exact index before the plan equal to the scorecard's, and
 * criteria of the methodology. Each mismatch is a located problem; any one throws a located `ChisoError`.
 *
 * @example
 * ```ts
 * checkPlanMatches(plan, compiled, scorecard)
 * // throws: plan.json:3:20 FINGERPRINT_MISMATCH methodology.fingerprint — the plan was made under …
 * ```
 */
export function checkPlanMatches(
  plan: ReportInput<PlanFile>,
  compiled: CompiledMethodology,
  scorecard: Scorecard,
): void {
  const problems = checkFingerprint(plan, compiled, 'the plan')
  if (problems.length === 0) {
    const unit = scorecard.units.find((candidate) => candidate.unit === plan.value.unit)
    if (unit === undefined) {
      problems.push(
        locatedIssue(plan.document, 'UNKNOWN_UNIT', ['unit'], `the data has no unit ${plan.value.unit}`),
      )
    } else {
      const { before } = plan.value
      if (unit.index === null || !dec(before.index).eq(unit.index))
        problems.push(
          locatedIssue(
            plan.document,
            'DATA_MISMATCH',
            ['before', 'index'],
            `the plan starts from index ${before.index} for ${unit.unit}, the data gives ${unit.index ?? 'none'}: ` +
              'it was made on other data',
          ),
        )
      else if (before.rank !== unit.rank)
        problems.push(
          locatedIssue(
            plan.document,
            'DATA_MISMATCH',
            ['before', 'rank'],
            `the plan starts from rank ${before.rank} for ${unit.unit}, the data gives ${unit.rank ?? 'none'}: ` +
              'it was made on other data',
          ),
        )
    }
    const codes = nodeCodes(compiled.methodology.tree)
    plan.value.steps.forEach((step, index) => {
      if (!codes.has(step.node))
        problems.push(
          locatedIssue(
            plan.document,
            'UNKNOWN_NODE',
            ['steps', index, 'node'],
            `the methodology has no criterion ${step.node}`,
          ),
        )
    })
  }
  fail(plan.document.file, 'it was made for another methodology or other data', problems)
}

/**
 * Checks that a simulation (`chiso simulate --json`) was run on this methodology and this data: the same
 * fingerprint, only units of the data, each unit's nominal rank equal to the scorecard's rank, and every
 * ranked unit present.
 *
 * @example
 * ```ts
 * checkSimulationMatches(simulation, compiled, scorecard)
 * // throws: sim.json:40:22 DATA_MISMATCH units[3].nominalRank — the simulation ranks nga-son 12, the data 11
 * ```
 */
export function checkSimulationMatches(
  simulation: ReportInput<SimulationFile>,
  compiled: CompiledMethodology,
  scorecard: Scorecard,
): void {
  const problems = checkFingerprint(simulation, compiled, 'the simulation')
  if (problems.length === 0) {
    const ranks = new Map(scorecard.units.map((unit) => [unit.unit, unit.rank]))
    const seen = new Set<string>()
    simulation.value.units.forEach((entry, index) => {
      seen.add(entry.unit)
      if (!ranks.has(entry.unit)) {
        problems.push(
          locatedIssue(
            simulation.document,
            'UNKNOWN_UNIT',
            ['units', index, 'unit'],
            `the data has no unit ${entry.unit}`,
          ),
        )
      } else if (ranks.get(entry.unit) !== entry.nominalRank) {
        problems.push(
          locatedIssue(
            simulation.document,
            'DATA_MISMATCH',
            ['units', index, 'nominalRank'],
            `the simulation ranks ${entry.unit} ${entry.nominalRank ?? 'nowhere'}, the data ` +
              `${ranks.get(entry.unit) ?? 'nowhere'}: it was run on other data`,
          ),
        )
      }
    })
    const missing = scorecard.units.filter((unit) => unit.rank !== null && !seen.has(unit.unit))
    if (missing.length > 0)
      problems.push(
        locatedIssue(
          simulation.document,
          'DATA_MISMATCH',
          ['units'],
          `the simulation has no distribution for ${missing
            .slice(0, 5)
            .map((unit) => unit.unit)
            .join(
              ', ',
            )}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}: it was run on other data`,
        ),
      )
  }
  fail(simulation.document.file, 'it was run on another methodology or other data', problems)
}
