import type { Diagnostic, NodeResult, Scorecard, UnitResult } from '@chiso/core'

/**
 * One node of a unit in the CLI's JSON contract (with `--trace`, the full node result).
 *
 * @example
 * ```ts
 * const node: ContractNode = { score: '8.5', max: '10', index: '85' }
 * ```
 */
export type ContractNode = Pick<NodeResult, 'score' | 'max' | 'index'> | NodeResult

/**
 * One unit in the CLI's JSON contract.
 *
 * @example
 * ```ts
 * const unit: ContractUnit = { unit: 'HN', score: '8.5', max: '10', index: '85', indexDisplay: '85.00',
 *   rank: 1, band: 'B', nodes: {} }
 * ```
 */
export interface ContractUnit {
  unit: string
  name?: string
  group?: string
  score: string | null
  max: string | null
  index: string | null
  indexDisplay: string | null
  rank: number | null
  groupRank?: number | null
  band: string | null
  nodes: Record<string, ContractNode>
}

/**
 * The object `chiso score --format json` prints (the CLI contract in DESIGN.md).
 *
 * @example
 * ```ts
 * const output: ContractScorecard = toContractJson(scorecard)
 * output.units[0]?.indexDisplay // '85.78'
 * ```
 */
export interface ContractScorecard {
  methodology: Scorecard['methodology']
  units: ContractUnit[]
  diagnostics: Diagnostic[]
}

/**
 * Shapes a scorecard as the CLI's JSON contract: the methodology's id, version and fingerprint; each unit
 * with its unrounded `score`/`max`/`index`, the rounded `indexDisplay`, `rank` and `band`, and per node only
 * `score`, `max` and `index` — unless `trace` is set, which keeps each node's `status`, `trace` and `steps`.
 * Every decimal stays a string.
 *
 * @example
 * ```ts
 * toContractJson(scorecard).units[0]
 * // { unit: 'HN', name: 'Hà Nội', score: '85.78', max: '100', index: '85.78', indexDisplay: '85.78',
 * //   rank: 1, band: 'B', nodes: { '1': { score: '8.5', max: '10', index: '85' } } }
 * ```
 */
export function toContractJson(scorecard: Scorecard, options: { trace?: boolean } = {}): ContractScorecard {
  return {
    methodology: {
      id: scorecard.methodology.id,
      version: scorecard.methodology.version,
      fingerprint: scorecard.methodology.fingerprint,
    },
    units: scorecard.units.map((unit) => contractUnit(unit, options.trace === true)),
    diagnostics: scorecard.diagnostics.map((diagnostic) => ({ ...diagnostic })),
  }
}

function contractUnit(unit: UnitResult, trace: boolean): ContractUnit {
  const nodes: Record<string, ContractNode> = {}
  for (const [code, node] of Object.entries(unit.nodes)) {
    nodes[code] = trace ? node : { score: node.score, max: node.max, index: node.index }
  }
  return {
    unit: unit.unit,
    ...(unit.name === undefined ? {} : { name: unit.name }),
    ...(unit.group === undefined ? {} : { group: unit.group }),
    score: unit.score,
    max: unit.max,
    index: unit.index,
    indexDisplay: unit.indexDisplay,
    rank: unit.rank,
    ...(unit.groupRank === undefined ? {} : { groupRank: unit.groupRank }),
    band: unit.band,
    nodes,
  }
}
