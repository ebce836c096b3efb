// The root's figures for one unit — score, maximum, index, its display and its ranking key — made once per
// state of the unit.
import { Dec, dec } from '../decimal/decimal.js'
import { keptExact, lazyExactDecimal } from '../decimal/lazy-decimal.js'
import { formatFixed } from '../decimal/round.js'
import { multiplyScaled, roundScaled } from '../decimal/scaled.js'
import { fixedScaled } from '../decimal/scaled-fixed.js'
import { DIAGNOSTIC_CODES } from '../errors/codes.js'
import type { Diagnostic } from '../schema/scorecard.js'
import type { AssembledUnits, UnitHead } from './assembled-units.js'
import { type DecimalCache, nodeIndexOf } from './decimal-cache.js'
import type { EvaluationContext } from './evaluation-context.js'
import { RANKING_SIGNIFICANT_DIGITS, rankingKeyOf } from './ranking-key.js'

/**
 * The root's figures for `unit` (see {@link UnitHead}), kept in `assembled.heads` until a re-score clears them; an
 * unranked unit's head carries its `UNRANKED` diagnostic, which says why.
 */
export function headOf(context: EvaluationContext, assembled: AssembledUnits, unit: number): UnitHead {
  const cached = assembled.heads[unit]
  if (cached) return cached
  const { methodology } = context.model
  const root = context.states[context.model.root.index]!.final
  const scale = methodology.result.type === 'composite' ? context.cache.dec(methodology.result.scale) : null
  const rootValue = root.status[unit] === 'ok' ? (root.values[unit] ?? null) : null
  const score =
    rootValue === null ? null : scale === null ? rootValue : scaledScore(context.cache, rootValue, scale)
  const max = scale === null ? (root.maxes[unit] ?? null) : null
  const index = score === null ? null : scale === null ? nodeIndexOf(score, max) : score
  let unranked: Diagnostic | undefined
  if (index === null) {
    const status = root.status[unit]
    unranked = {
      code: DIAGNOSTIC_CODES.UNRANKED,
      severity: 'warning',
      unit: context.dataset.units[unit]!.code,
      message: context.screened[unit]
        ? 'the unit was screened out for lack of data (see SCREENED_OUT); it is not ranked'
        : status === 'na'
          ? 'nothing in the methodology applies to this unit; it is not ranked'
          : status === 'missing'
            ? 'the unit has no data; it is not ranked'
            : 'the unit has errors (see its other diagnostics); it is not ranked',
    }
  }
  const { decimals, mode } = methodology.display
  // A fast path's index (or a composite's score) is displayed and keyed from its kept exact form, as
  // formatFixed and rankingKeyOf give them (scaled-fixed.prop.test.ts, composite-score.prop.test.ts): its
  // decimal is never parsed.
  const exact = index === null ? undefined : keptExact(index)
  const display =
    index === null
      ? null
      : exact === undefined
        ? formatFixed(index, decimals, mode)
        : fixedScaled(exact, decimals, mode)
  const key =
    index === null
      ? null
      : methodology.ranking.on === 'display'
        ? dec(display!)
        : exact === undefined
          ? rankingKeyOf(index)
          : // Ranking compares kept exact forms, so the key's string is written only if a band reads it.
            lazyExactDecimal(roundScaled(exact.c, exact.e, RANKING_SIGNIFICANT_DIGITS))
  const head = { score, max, index, display, key, unranked }
  assembled.heads[unit] = head
  return head
}

/**
 * A composite's score, root value × scale, as decimal.js's `times` gives it (the exact product rounded half up
 * to 40 digits, `multiplyScaled`), on the exact forms the fast paths keep: the root's decimal is not parsed
 * and the score's string is kept for the scorecard (`composite-score.prop.test.ts`).
 */
function scaledScore(cache: DecimalCache, rootValue: Dec, scale: Dec): Dec {
  const root = cache.exact(rootValue)
  const factor = cache.exact(scale)
  // × 1 (the default scale) leaves a value of at most 40 digits as it is, so the score is the root's own
  // decimal, its string already written.
  if (factor.c === 1n && factor.e === 0 && keptExact(rootValue) !== undefined && withinPrecision(root))
    return rootValue
  return cache.fromExact(multiplyScaled(root, factor, Dec.precision))
}

const PRECISION_BOUND = 10n ** BigInt(Dec.precision)

/** Whether an exact value has at most the working precision's digits (so rounding it changes nothing). */
function withinPrecision(value: { readonly c: bigint }): boolean {
  return value.c < PRECISION_BOUND && value.c > -PRECISION_BOUND
}
