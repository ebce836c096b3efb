import { dec, toDecimalString } from '../decimal/decimal.js'
import type { CompiledMethodology } from '../engine/engine-interfaces.js'
import { ChisoError } from '../errors/chiso-error.js'
import { withErrorReason } from '../errors/error-reason.js'
import type { Observation } from '../schema/dataset.js'
import type { Evidence } from '../schema/evidence.js'
import type { LocalizedText } from '../schema/localized-text.js'
import { type RoundCuts, roundCuts } from './round-cuts.js'

/**
 * One row of an appraisal record: a node, its maximum, its score after each round, the difference between the
 * last and the first, and (for a leaf) the evidence, the unit's explanation and each round's comment.
 *
 * @example
 * ```ts
 * const row: AppraisalRow = { code: '1.1', title: 'Kế hoạch CCHC', depth: 2, leaf: true, max: '1',
 *   scores: ['1', '0'], difference: '-1', evidence: [], comments: [{ round: 'appraisal', text: 'chưa ban hành' }] }
 * ```
 *
 * @category Assessment cycle
 */
export interface AppraisalRow {
  code: string
  title: LocalizedText
  /** 1 for areas. */
  depth: number
  leaf: boolean
  max: string | null
  /** The score after each round (null when not scored: not applicable, missing, error). */
  scores: Array<string | null>
  /** Last round's score minus the first's, when both exist. */
  difference: string | null
  evidence: Evidence[]
  explanation?: string
  comments: Array<{ round: string; text: string }>
}

/**
 * The appraisal record (*biên bản thẩm định*) of one unit: every node with its score after each round, and the
 * totals after each round, which are the unit's scores in the scorecards of those rounds (the last one is the
 * published result).
 *
 * @example
 * ```ts
 * const record: AppraisalRecord = appraisalRecord(compiled, dataset, 'dong-son')
 * record.totals // ['85.5', '82', '83']
 * ```
 *
 * @category Assessment cycle
 */
export interface AppraisalRecord {
  methodology: { id: string; version: string; fingerprint: string }
  unit: string
  name?: string
  rounds: string[]
  rows: AppraisalRow[]
  /** The unit's total score after each round. */
  totals: Array<string | null>
  /** The unit's index and rank after each round. */
  indexes: Array<string | null>
  ranks: Array<number | null>
  difference: string | null
}

/**
 * Builds the appraisal record of a unit (see {@link AppraisalRecord}) from a dataset that holds every round.
 * Pass `cuts` (from {@link roundCuts}) to build several units' records from one scoring.
 *
 * @example
 * ```ts
 * const record = appraisalRecord(compiled, dataset, 'dong-son')
 * for (const row of record.rows) console.log(row.code, row.scores.join(' → '), row.comments[0]?.text ?? '')
 * ```
 *
 * @category Assessment cycle
 */
export function appraisalRecord(
  compiled: CompiledMethodology,
  dataset: unknown,
  unit: string,
  cuts: RoundCuts = roundCuts(compiled, dataset),
): AppraisalRecord {
  const results = cuts.cards.map((card) => card.units.find((u) => u.unit === unit))
  const final = results[results.length - 1]
  if (!final) {
    const known = cuts.dataset.units
      .slice(0, 20)
      .map((u) => u.code)
      .join(', ')
    throw new ChisoError('NOT_FOUND', `the data has no unit "${unit}"`, {
      issues: [
        withErrorReason(
          { message: `no unit "${unit}" (known: ${known})` },
          { code: 'not-found.unit-among', params: { unit, known } },
        ),
      ],
    })
  }
  const observations = new Map<string, Observation[]>()
  for (const observation of cuts.dataset.observations) {
    if (observation.unit !== unit) continue
    const list = observations.get(observation.node)
    if (list) list.push(observation)
    else observations.set(observation.node, [observation])
  }
  const roundNames = cuts.rounds.length > 0 ? [...cuts.rounds] : ['result']
  const difference = (scores: Array<string | null>) => {
    const first = scores[0]
    const last = scores[scores.length - 1]
    return first == null || last == null ? null : toDecimalString(dec(last).minus(first))
  }
  const rows = compiled.model.treeOrder.map((node): AppraisalRow => {
    const scores = results.map((result) => result?.nodes[node.code]?.score ?? null)
    const own = (observations.get(node.code) ?? []).slice().sort((a, b) => cuts.roundOf(a) - cuts.roundOf(b))
    const evidence: Evidence[] = []
    const seen = new Set<string>()
    for (const o of own)
      for (const item of o.evidence ?? []) {
        const key = JSON.stringify(item)
        if (!seen.has(key)) evidence.push(item)
        seen.add(key)
      }
    const explanations = [...new Set(own.flatMap((o) => (o.explanation ? [o.explanation] : [])))]
    const comments: AppraisalRow['comments'] = []
    for (const o of own)
      if (o.comment && !comments.some((c) => c.text === o.comment))
        comments.push({ round: roundNames[Math.max(0, cuts.roundOf(o))] ?? 'result', text: o.comment })
    return {
      code: node.code,
      title: node.title,
      depth: node.depth,
      leaf: node.rule !== undefined,
      max:
        final.nodes[node.code]?.max ?? (node.declaredMax === null ? null : toDecimalString(node.declaredMax)),
      scores,
      difference: difference(scores),
      evidence,
      ...(explanations.length > 0 ? { explanation: explanations.join('\n') } : {}),
      comments,
    }
  })
  const totals = results.map((result) => result?.score ?? null)
  return {
    methodology: cuts.cards[0]!.methodology,
    unit,
    ...(final.name === undefined ? {} : { name: final.name }),
    rounds: roundNames,
    rows,
    totals,
    indexes: results.map((result) => result?.index ?? null),
    ranks: results.map((result) => result?.rank ?? null),
    difference: difference(totals),
  }
}
