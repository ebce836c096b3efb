import {
  ChisoError,
  type CompiledMethodology,
  isChisoError,
  parseTargets,
  type TargetsFile,
} from '@chiso/core'
import type { RankTarget } from '@chiso/scenarios'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { nodeCodes } from './owners-file.js'

/**
 * The plan's target from a targets file (`chiso plan --targets FILE`): the unit's first rank or rise target
 * (its own, else one for every unit) becomes the rank target; its value targets (a node's index or points)
 * are returned as `required`, to be listed with the plan. A file with no rank or rise target for the unit is
 * an error placed in the file.
 *
 * @example
 * ```ts
 * targetsFor('targets.yaml', 'thieu-hoa', compiled, io.cwd)
 * // { target: { kind: 'rise', ranks: 10 }, required: [{ node: '3.4.1', text: '3.4.1 ≥ 100 % by 2023 …' }] }
 * ```
 */
export function targetsFor(
  file: string,
  unit: string,
  compiled: CompiledMethodology,
  cwd: string,
): { target: RankTarget; required: Array<{ node: string; text: string }> } {
  const document = readDocument(file, cwd)
  let targets: TargetsFile
  try {
    targets = parseTargets(document.value, { nodes: nodeCodes([compiled]) })
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
  const mine = targets.targets.filter((t) => t.unit === unit || t.unit === undefined || t.unit === '*')
  const ranked = mine.find((t) => t.rank !== undefined || t.rise !== undefined)
  if (ranked === undefined) {
    throw new ChisoError('INVALID_TARGETS', `${file}: no rank or rise target for "${unit}"`, {
      issues: [
        {
          file,
          path: ['targets'],
          message: `no rank or rise target for "${unit}" (nor for every unit): the planner needs one`,
          hint: 'add { unit, period, rank: K } or { unit, period, rise: N }, or plan with --rise/--rank',
        },
      ],
    })
  }
  const target: RankTarget =
    ranked.rank !== undefined
      ? { kind: 'rank', rank: ranked.rank }
      : { kind: 'rise', ranks: ranked.rise as number }
  const required = mine
    .filter((t) => t.node !== undefined)
    .map((t) => ({
      node: t.node as string,
      text: `${t.node} ${t.index !== undefined ? `≥ ${t.index} %` : `≥ ${t.score} points`} by ${t.period}${t.label ? ` (${t.label})` : ''}`,
    }))
  return { target, required }
}
