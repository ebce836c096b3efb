// The files the studio's downloads share with the command line: a plan as `chiso plan --json` writes it, a
// simulation as `chiso simulate --json` writes it, and the costs table as a costs file for `chiso plan --costs`.
// `chiso report --plan/--simulate` reads them back, and so does the studio's own report.
import type { CompiledMethodology } from '@chiso/core'
import type { RankPlan, SimulationResult } from '@chiso/scenarios'
import { stringify } from 'yaml'
import { simulationJson } from '../../cli/src/format/simulate-text.js'
import type { PlanCostsInput } from './studio-state.js'

/** The methodology's stamp in every file: id, version and fingerprint. */
function stampOf(compiled: CompiledMethodology) {
  return {
    id: compiled.methodology.id,
    version: compiled.methodology.version,
    fingerprint: compiled.fingerprint,
  }
}

/**
 * A plan as `chiso plan … --json` writes it: the methodology's stamp, the plan, and where its costs came from
 * (`costsFile`: the costs file's name, as given to `--costs`; without it, the default costs).
 *
 * @example
 * ```ts
 * planFileOf(compiled, plan, 'districts.costs.yaml').costModel // { kind: 'file', file: 'districts.costs.yaml', description: null }
 * ```
 */
export function planFileOf(compiled: CompiledMethodology, plan: RankPlan, costsFile: string | undefined) {
  const costModel =
    costsFile === undefined
      ? {
          kind: 'default' as const,
          result:
            compiled.methodology.result.type === 'points' ? ('points' as const) : ('composite' as const),
        }
      : { kind: 'file' as const, file: costsFile, description: null }
  return { methodology: stampOf(compiled), ...plan, costModel }
}

/**
 * A simulation as `chiso simulate … --json` writes it.
 *
 * @example
 * ```ts
 * simulationFileOf(compiled, result).seed // 42
 * ```
 */
export function simulationFileOf(compiled: CompiledMethodology, result: SimulationResult): unknown {
  return simulationJson(result, null, stampOf(compiled))
}

/**
 * The costs table as a costs file (YAML, decimals as strings), for `chiso plan --costs FILE`.
 *
 * @example
 * ```ts
 * costsFileText({ default: { perPoint: '1' }, nodes: { '7.1.1': { perPoint: '4' } }, lock: ['6.1.1'] })
 * // 'default:\n  perPoint: "1"\nnodes:\n  7.1.1:\n    perPoint: "4"\nlock:\n  - 6.1.1\n'
 * ```
 */
export function costsFileText(costs: PlanCostsInput): string {
  return stringify(costs)
}
