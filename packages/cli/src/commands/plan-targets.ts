import {
  ChisoError,
  type CompiledMethodology,
  isChisoError,
  parseTargets,
  type TargetsFile,
} from '@chiso/core'
import type { IndexTarget, RankTarget, ValueTarget } from '@chiso/scenarios'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { nodeCodes } from './owners-file.js'

/**
 * The plan's targets from a targets file (`chiso plan --targets FILE`): the unit's first rank or rise target
 * (its own, else one for every unit) becomes the rank target; its value targets (a node's index or points)
 * are returned as `values`, constraints the planner meets (and as `required`, to be listed by owner); its
 * first whole-index target (`index` or `score` without `node`) as `wholeIndex`. `rankFlag` names a
 * `--rise`/`--rank` given beside the file: the file may then hold no rank target of its own. A file with no
 * target for the unit is an error placed in the file.
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
  rankFlag?: string,
): {
  target: RankTarget | undefined
  values: ValueTarget[]
  required: Array<{ node: string; text: string }>
  wholeIndex?: IndexTarget
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
  const ranked = mine.find((t) => t.rank !== undefined || t.rise !== undefined)
  const valued = mine.filter((t) => t.node !== undefined)
  // A value of the whole index ("index ≥ 80 by 2026"): the first one is planned, like the first rank target.
  const whole = mine.find((t) => t.node === undefined && (t.index !== undefined || t.score !== undefined))
  if (ranked !== undefined && rankFlag !== undefined) {
    throw locateInDocument(
      new ChisoError('INVALID_TARGETS', `${file}: two rank targets for "${unit}"`, {
        issues: [
          {
            path: ['targets', targets.targets.indexOf(ranked), ranked.rank !== undefined ? 'rank' : 'rise'],
            message: `this ${ranked.rank !== undefined ? 'rank' : 'rise'} target and ${rankFlag} both set the plan's rank target`,
            hint: `drop ${rankFlag.split(' ')[0]}, or this target from the file`,
          },
        ],
      }),
      document,
    )
  }
  if (ranked === undefined && valued.length === 0 && whole === undefined && rankFlag === undefined) {
    throw new ChisoError('INVALID_TARGETS', `${file}: no target for "${unit}"`, {
      issues: [
        {
          file,
          path: ['targets'],
          message: `no rank, rise, index or criterion target for "${unit}" (nor for every unit): the planner needs one`,
          hint: 'add { unit, period, rank: K }, { unit, period, rise: N }, { unit, period, index } or { unit, period, node, index }, or plan with --rise/--rank',
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
  const wholeIndex: IndexTarget | undefined =
    whole === undefined
      ? undefined
      : {
          ...(whole.index !== undefined ? { index: whole.index } : { points: whole.score as string }),
          ...(whole.label === undefined ? {} : { label: whole.label }),
        }
  return { target, values, required, ...(wholeIndex === undefined ? {} : { wholeIndex }) }
}
