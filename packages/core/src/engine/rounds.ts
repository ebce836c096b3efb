import { dec } from '../decimal/decimal.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { CompiledModel } from '../model/compiled-model.js'
import type { ExplicitRound } from '../model/explicit-methodology.js'
import type { Dataset, Observation, Origin } from '../schema/dataset.js'
import type { Diagnostic } from '../schema/scorecard.js'
import { sameValue as same, showValue as show, whereFrom as where } from './observation-text.js'

/**
 * The assessment rounds in force for one evaluation: the methodology's, else the dataset's, in order. A value's
 * round is its `round`, else its `source` when that names a round (`self`, `appraisal`), else the first round.
 */
export interface RoundOrder {
  readonly rounds: ReadonlyArray<ExplicitRound>
  readonly index: ReadonlyMap<string, number>
}

/** The rounds in force, or undefined when neither the methodology nor the dataset declares any. */
export function roundOrderOf(model: CompiledModel, dataset: Dataset): RoundOrder | undefined {
  const rounds: ExplicitRound[] | undefined =
    model.methodology.rounds ?? dataset.rounds?.map((code) => ({ code, withoutEvidence: 'keep' as const }))
  if (rounds === undefined || rounds.length === 0) return undefined
  return { rounds, index: new Map(rounds.map((round, at) => [round.code, at])) }
}

/** The position of an observation's round (see {@link RoundOrder}). */
export function roundIndexOf(order: RoundOrder, observation: Observation): number {
  if (observation.round !== undefined) return order.index.get(observation.round) ?? -1
  if (observation.source !== undefined) {
    const at = order.index.get(observation.source)
    if (at !== undefined) return at
  }
  return 0
}

/** The diagnostic of an observation whose round is not declared (or of a round when none is declared). */
export function undeclaredRound(observation: Observation, order: RoundOrder | undefined): Diagnostic {
  const declared = order ? order.rounds.map((round) => round.code).join(', ') : 'none'
  return {
    code: DIAGNOSTIC_CODES.UNDECLARED_ROUND,
    severity: 'error',
    unit: observation.unit,
    node: observation.node,
    ...(observation.origin ? { origin: observation.origin } : {}),
    message: `round "${observation.round}" is not declared (declared rounds: ${declared}); the value ${show(observation.value)} is ignored`,
  }
}

/**
 * The observation used among several for one leaf field of one unit when rounds are declared: the latest round
 * with a value. Reports a second value in one round (the first is used), every change from one round to the
 * next (both values, the round and the appraiser's comment) and every round that left the cell empty while an
 * earlier round had a value. When no round has a value, the latest empty one is kept (it locates the gap).
 */
export function chooseByRound(
  order: RoundOrder,
  observations: ReadonlyArray<Observation>,
  diagnostics: Diagnostic[],
): Observation | undefined {
  const byRound = new Map<number, Observation>()
  for (const observation of observations) {
    const at = roundIndexOf(order, observation)
    const existing = byRound.get(at)
    if (existing) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.DUPLICATE_OBSERVATION,
        severity: 'error',
        ...located(observation),
        message: `second value in round "${order.rounds[at]!.code}" for field "${observation.field}" (${show(observation.value)}); the first (${show(existing.value)}${where(existing.origin)}) is used`,
      })
      continue
    }
    byRound.set(at, observation)
  }
  let winner: Observation | undefined
  let winnerRound = -1
  let latest: Observation | undefined
  for (const at of [...byRound.keys()].sort((a, b) => a - b)) {
    const observation = byRound.get(at)!
    latest = observation
    const round = order.rounds[at]!.code
    if (observation.value === null) {
      if (winner)
        diagnostics.push({
          code: DIAGNOSTIC_CODES.ROUND_EMPTY,
          severity: 'info',
          ...located(observation),
          message: `round "${round}" left field "${observation.field}" empty; the ${order.rounds[winnerRound]!.code} value ${show(winner.value)} stands`,
        })
      continue
    }
    if (winner && !same(winner.value, observation.value)) {
      diagnostics.push({
        code: DIAGNOSTIC_CODES.ROUND_CHANGED,
        severity: 'info',
        ...located(observation),
        message: `field "${observation.field}": ${order.rounds[winnerRound]!.code} ${show(winner.value)} → ${round} ${show(observation.value)}${observation.comment ? ` (${observation.comment})` : ''}`,
      })
    }
    winner = observation
    winnerRound = at
  }
  return winner ?? latest
}

/** A leaf's claim scored 0 by a round's `withoutEvidence: zero` policy. */
export interface ZeroedClaim {
  readonly round: string
  readonly claimedIn: string
  readonly origin?: Origin
}

/**
 * Applies the rounds' `withoutEvidence: zero` policies to one leaf: for each unit that reached such a round
 * (has a value or an empty cell in it or later), a claim (a value other than 0, no, NA or empty) from an earlier
 * round that carries no evidence on any of its fields is marked to score 0.
 */
export function zeroedClaims(
  order: RoundOrder,
  rule: string,
  fieldCount: number,
  slots: ReadonlyArray<Observation | undefined>,
  reached: Int32Array,
): Map<number, ZeroedClaim> | undefined {
  let zeroed: Map<number, ZeroedClaim> | undefined
  order.rounds.forEach((round, at) => {
    if (round.withoutEvidence !== 'zero' || (round.rules && !round.rules.includes(rule))) return
    for (let unit = 0; unit < reached.length; unit++) {
      if (reached[unit]! < at || zeroed?.has(unit)) continue
      let claimed: Observation | undefined
      let settled = false
      for (let field = 0; field < fieldCount; field++) {
        const observation = slots[unit * fieldCount + field]
        if (!observation || observation.value === null) continue
        if (roundIndexOf(order, observation) >= at || (observation.evidence?.length ?? 0) > 0) settled = true
        if (isClaim(observation.value)) claimed ??= observation
      }
      if (settled || !claimed) continue
      zeroed ??= new Map()
      zeroed.set(unit, {
        round: round.code,
        claimedIn: order.rounds[roundIndexOf(order, claimed)]?.code ?? round.code,
        ...(claimed.origin ? { origin: claimed.origin } : {}),
      })
    }
  })
  return zeroed
}

function isClaim(value: Observation['value']): boolean {
  if (value === null || value === false || value === 'NA') return false
  if (value === true) return true
  return !dec(value).isZero()
}

function located(observation: Observation): Pick<Diagnostic, 'unit' | 'node' | 'origin'> {
  return {
    unit: observation.unit,
    node: observation.node,
    ...(observation.origin ? { origin: observation.origin } : {}),
  }
}
