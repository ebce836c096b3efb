import {
  ChisoError,
  type CompiledMethodology,
  isChisoError,
  parseTargets,
  type TargetsFile,
} from '@chiso/core'
import type { RankTarget, ValueTarget } from '@chiso/scenarios'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { nodeCodes } from './owners-file.js'

/**
 * The plan's targets from a targets file (`chiso plan --targets FILE`): the unit's first rank or rise target
 * (its own, else one for every unit) becomes the rank target; its value targets (a node's index or points)
 * are returned as `values`, constraints the planner meets (and as `required`, to be listed by owner). A file
 * with no target for the unit is an error placed in the file.
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
): {
  target: RankTarget | undefined
  values: ValueTarget[]
  required: Array<{ node: string; text: string }>
} {
  const document = readDocument(file, cwd)
  let targets: TargetsFile
  try {
    targets = parseTargets(document.value, { nodes: nodeCodes([compiled]) })
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
  const mine = targets.targets.filter((t) => t.unit === unit || t.unit === undefined || t.unit === '*')
  // A value of the whole index ("index ≥ 85") has no choices the planner knows: refused at its place rather than
  // left out of the plan unsaid (chiso progress follows it as it is).
  const wholeIndex = mine.filter(
    (t) => t.node === undefined && (t.index !== undefined || t.score !== undefined),
  )
  if (wholeIndex.length > 0) {
    throw locateInDocument(
      new ChisoError(
        'INVALID_TARGETS',
        `${file}: the planner does not plan toward a value of the whole index`,
        {
          issues: wholeIndex.map((t) => ({
            path: ['targets', targets.targets.indexOf(t), t.index !== undefined ? 'index' : 'score'],
            message: `a target on the whole index's value (${t.index !== undefined ? `index ≥ ${t.index}` : `points ≥ ${t.score}`}) cannot be planned: the planner reaches ranks and criteria values`,
            hint: 'plan toward a rank (--rank, --rise, or rank/rise in the file) or set value targets on criteria; chiso progress follows this target as it is',
          })),
        },
      ),
      document,
    )
  }
  const ranked = mine.find((t) => t.rank !== undefined || t.rise !== undefined)
  const valued = mine.filter((t) => t.node !== undefined)
  if (ranked === undefined && valued.length === 0) {
    throw new ChisoError('INVALID_TARGETS', `${file}: no target for "${unit}"`, {
      issues: [
        {
          file,
          path: ['targets'],
          message: `no rank, rise or criterion target for "${unit}" (nor for every unit): the planner needs one`,
          hint: 'add { unit, period, rank: K }, { unit, period, rise: N } or { unit, period, node, index }, or plan with --rise/--rank',
        },
      ],
    })
  }
  const target: RankTarget | undefined =
    ranked === undefined
      ? undefined
      : ranked.rank !== undefined
        ? { kind: 'rank', rank: ranked.rank }
        : { kind: 'rise', ranks: ranked.rise as number }
  // The planner knows the choices of a criterion (leaf), not of a group: a value target on a group is refused
  // at its place in the file.
  const groups = valued.filter((t) => compiled.model.byCode.get(t.node as string)?.rule === undefined)
  if (groups.length > 0) {
    throw locateInDocument(
      new ChisoError('INVALID_TARGETS', `${file}: the planner reaches values on criteria, not on groups`, {
        issues: groups.map((t) => ({
          path: ['targets', targets.targets.indexOf(t), 'node'],
          message: `${t.node} groups other criteria: the planner reaches a value on a criterion (leaf), whose choices it knows`,
          hint: `set the target on the criteria under ${t.node}; chiso progress follows it as it is`,
        })),
      }),
      document,
    )
  }
  const values: ValueTarget[] = valued.map((t) => ({
    node: t.node as string,
    ...(t.index !== undefined ? { index: t.index } : { points: t.score as string }),
    ...(t.label === undefined ? {} : { label: t.label }),
  }))
  const required = mine
    .filter((t) => t.node !== undefined)
    .map((t) => ({
      node: t.node as string,
      text: `${t.node} ${t.index !== undefined ? `≥ ${t.index} %` : `≥ ${t.score} points`} by ${t.period}${t.label ? ` (${t.label})` : ''}`,
    }))
  return { target, values, required }
}
