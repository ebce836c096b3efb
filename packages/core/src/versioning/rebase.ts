import { dec, toDecimalString } from '../decimal/decimal.js'
import { type Dataset, NOT_APPLICABLE, type Observation } from '../schema/dataset.js'
import { parseDataset, parseMethodology } from '../schema/parse.js'
import { type Crosswalk, type CrosswalkEntry, leafCodes, parseCrosswalk } from './crosswalk.js'

/**
 * Why an observation could not be carried over to the new methodology version.
 *
 * @example
 * ```ts
 * REBASE_PROBLEMS.RETIRED // 'RETIRED'
 * ```
 *
 * @category Versioning
 */
export const REBASE_PROBLEMS = {
  /** The crosswalk retires the old code: the new version has no such criterion. */
  RETIRED: 'RETIRED',
  /** The old code is not in the crosswalk and the new version has no leaf with that code. */
  NOT_IN_TARGET: 'NOT_IN_TARGET',
  /** A split needs a decimal to divide; a yes/no answer cannot be divided. */
  CANNOT_SPLIT: 'CANNOT_SPLIT',
  /** A merge adds decimals; yes/no answers, or not-applicable mixed with values, cannot be added. */
  CANNOT_MERGE: 'CANNOT_MERGE',
  /** A merge needs every old code it combines; some had no value for this unit. */
  INCOMPLETE_MERGE: 'INCOMPLETE_MERGE',
} as const

/**
 * One observation that {@link rebase} could not carry over, with the reason.
 *
 * @example
 * ```ts
 * const problem: RebaseProblem = {
 *   code: 'RETIRED', unit: 'dong-son', node: '4.4', field: 'value', value: '1',
 *   message: 'criterion 4.4 is retired (dropped in 2025)',
 * }
 * ```
 *
 * @category Versioning
 */
export interface RebaseProblem {
  code: (typeof REBASE_PROBLEMS)[keyof typeof REBASE_PROBLEMS]
  unit: string
  /** The old leaf code. */
  node: string
  field: string
  value: Observation['value']
  source?: Observation['source']
  origin?: Observation['origin']
  message: string
}

/**
 * What {@link rebase} returns: the dataset under the new codes, every observation it could not carry over,
 * and the new version's leaves that received no data at all (criteria new this year).
 *
 * @example
 * ```ts
 * const { dataset, problems, uncovered } = rebase(data2024, crosswalk, { from: m2024, to: m2025 })
 * problems.length // 0 when everything was carried over
 * ```
 *
 * @category Versioning
 */
export interface RebaseResult {
  dataset: Dataset
  problems: RebaseProblem[]
  /** Leaves of `to` that no observation maps to (only when `to` is given). */
  uncovered: string[]
}

/**
 * Carries last year's dataset over to this year's methodology through a crosswalk, so it can be re-scored
 * under the new version: this separates real change from methodology change. Recoded leaves keep their
 * values; a split divides each decimal among the new codes by share (points by share; for `done`/`total`
 * counts both are divided, so the share stays the same); a merge adds the old codes' decimals per unit, field
 * and source; not applicable (`NA`) and explicit missing (`null`) pass through splits, and through merges
 * when every part agrees. Codes not named keep their code. Nothing is dropped silently: every observation
 * that cannot be carried over is listed in `problems` with its reason, and the result's observations keep
 * their origin (file, row, column).
 *
 * With `from` and `to` the crosswalk is checked against both versions, and observations on codes that `to`
 * does not have are reported (`NOT_IN_TARGET`).
 *
 * @example
 * ```ts
 * const { dataset, problems } = rebase(
 *   { units: [{ code: 'A' }], observations: [{ unit: 'A', node: '1.3', value: '2' }] },
 *   { from: 'demo@2024.0.0', to: 'demo@2025.0.0', entries: [{ from: '1.3', to: '1.2' }] },
 * )
 * dataset.observations // [{ unit: 'A', node: '1.2', field: 'value', value: '2' }]
 * problems             // []
 * ```
 *
 * @category Versioning
 */
export function rebase(
  dataset: unknown,
  crosswalk: unknown,
  methodologies: { from?: unknown; to?: unknown } = {},
): RebaseResult {
  const from = methodologies.from === undefined ? undefined : parseMethodology(methodologies.from)
  const to = methodologies.to === undefined ? undefined : parseMethodology(methodologies.to)
  const walk: Crosswalk = parseCrosswalk(crosswalk, { ...(from ? { from } : {}), ...(to ? { to } : {}) })
  const data = parseDataset(dataset)
  const targetLeaves = to ? leafCodes(to) : undefined
  const byOld = new Map<string, CrosswalkEntry>()
  for (const entry of walk.entries) {
    if ('retire' in entry) byOld.set(entry.retire, entry)
    else if ('merge' in entry) for (const code of entry.merge) byOld.set(code, entry)
    else byOld.set(entry.from, entry)
  }

  const problems: RebaseProblem[] = []
  const report = (o: Observation, code: RebaseProblem['code'], message: string) => {
    problems.push({
      code,
      unit: o.unit,
      node: o.node,
      field: o.field,
      value: o.value,
      ...(o.source === undefined ? {} : { source: o.source }),
      ...(o.origin === undefined ? {} : { origin: o.origin }),
      message,
    })
  }
  const merged = mergeGroups(data.observations, walk)
  const out: Observation[] = []
  for (const o of data.observations) {
    const entry = byOld.get(o.node)
    if (!entry) {
      if (targetLeaves && !targetLeaves.has(o.node)) {
        report(
          o,
          'NOT_IN_TARGET',
          `${to!.id}@${to!.version} has no leaf "${o.node}" and the crosswalk does not map it`,
        )
      } else out.push(o)
    } else if ('retire' in entry) {
      report(o, 'RETIRED', `criterion ${o.node} is retired${entry.note ? ` (${entry.note})` : ''}`)
    } else if ('split' in entry) {
      if (typeof o.value === 'boolean') {
        report(
          o,
          'CANNOT_SPLIT',
          `a yes/no answer cannot be split among ${entry.split.map((p) => p.to).join(', ')}`,
        )
        continue
      }
      for (const part of entry.split) {
        const value =
          o.value === null || o.value === NOT_APPLICABLE
            ? o.value
            : toDecimalString(dec(o.value).times(part.share))
        out.push({ ...o, node: part.to, value })
      }
    } else if ('merge' in entry) {
      const group = merged.get(groupKey(o, entry))!
      if (group.duplicates.has(o)) {
        report(
          o,
          'CANNOT_MERGE',
          `a second observation of ${o.node} for this unit, field and source: only the first is merged`,
        )
      } else if (group.problem) report(o, group.problem.code, group.problem.message)
      else if (group.first === o) out.push({ ...o, node: entry.to, value: group.value! })
    } else out.push({ ...o, node: entry.to })
  }
  const result = parseDataset({ ...data, observations: out })
  const covered = new Set(out.map((o) => o.node))
  return {
    dataset: result,
    problems,
    uncovered: targetLeaves ? [...targetLeaves].filter((code) => !covered.has(code)) : [],
  }
}

type MergeGroup = {
  first: Observation
  /** Second observations of a part (same unit, node, field and source): not added twice. */
  duplicates: Set<Observation>
  value?: Observation['value']
  problem?: { code: RebaseProblem['code']; message: string }
}

function groupKey(o: Observation, entry: { to: string }): string {
  return JSON.stringify([entry.to, o.unit, o.field, o.source ?? null])
}

/** For each merge, unit, field and source: the sum of the parts, or why there is none. */
function mergeGroups(observations: ReadonlyArray<Observation>, walk: Crosswalk): Map<string, MergeGroup> {
  const merges = new Map<string, { merge: string[]; to: string }>()
  for (const entry of walk.entries)
    if ('merge' in entry) for (const code of entry.merge) merges.set(code, entry)
  const parts = new Map<string, Observation[]>()
  for (const o of observations) {
    const entry = merges.get(o.node)
    if (!entry) continue
    const key = groupKey(o, entry)
    parts.set(key, [...(parts.get(key) ?? []), o])
  }
  const out = new Map<string, MergeGroup>()
  for (const [key, all] of parts) {
    const entry = merges.get(all[0]!.node)!
    const seen = new Set<string>()
    const duplicates = new Set<Observation>()
    const list = all.filter((o) => {
      if (seen.has(o.node)) duplicates.add(o)
      seen.add(o.node)
      return !duplicates.has(o)
    })
    const present = new Set(list.map((o) => o.node))
    const missing = entry.merge.filter((code) => !present.has(code))
    const values = list.map((o) => o.value)
    const first = list[0]!
    const base = { first, duplicates }
    if (missing.length > 0 || values.includes(null)) {
      const absent = [...missing, ...list.filter((o) => o.value === null).map((o) => o.node)]
      out.set(key, {
        ...base,
        problem: {
          code: 'INCOMPLETE_MERGE',
          message: `merging into ${entry.to} needs ${absent.join(', ')} too`,
        },
      })
    } else if (values.some((v) => typeof v === 'boolean')) {
      out.set(key, {
        ...base,
        problem: { code: 'CANNOT_MERGE', message: `yes/no answers cannot be added into ${entry.to}` },
      })
    } else if (values.every((v) => v === NOT_APPLICABLE)) {
      out.set(key, { ...base, value: NOT_APPLICABLE })
    } else if (values.includes(NOT_APPLICABLE)) {
      out.set(key, {
        ...base,
        problem: {
          code: 'CANNOT_MERGE',
          message: `not applicable and values cannot be added into ${entry.to}`,
        },
      })
    } else {
      const sum = values.reduce((total, v) => total.plus(v as string), dec(0))
      out.set(key, { ...base, value: toDecimalString(sum) })
    }
  }
  return out
}
