// From the tallies to the indicators: per unit and indicator, the estimate with its error and interval, or a
// missing value with the diagnostic that says why (no answers, a sample below the minimum).
import { dec, roundDecimal, toDecimalString, type Unit } from '@chiso/core'
import { parseNumberText } from '../cell/number-text.js'
import type { AnswerTallies } from './answer-tallies.js'
import type { ItemAnswers } from './item-answers.js'
import type { SurveyDiagnostic, SurveyIndicatorRow } from './survey-result.js'
import { type SurveyItem, type SurveySpec, Z_VALUES } from './survey-spec.js'
import { type AnswerWeight, type SurveyEstimate, surveyStatistic } from './survey-statistics.js'

/**
 * Computes every indicator of the spec for every unit (units in the given order, indicators in the spec's),
 * from the tallies (`items`: the tallies' items, in their order; `unitIndex`: unit code → its index in the
 * tallies). Below an indicator's minimum sample, or without answers, the value is missing and a
 * diagnostic says so; estimates are rounded only where the spec declares `decimals`.
 *
 * @example
 * ```ts
 * const { rows, diagnostics } = surveyEstimates(spec, units, unitIndex, items, tallies)
 * rows[0] // { unit: 'A', indicator: '1.1', item: 'q1', statistic: 'mean', direction: 1, n: 2, value: '4.5', … }
 * ```
 */
export function surveyEstimates(
  spec: SurveySpec,
  units: ReadonlyArray<Unit>,
  unitIndex: ReadonlyMap<string, number>,
  items: ReadonlyArray<ItemAnswers>,
  tallies: AnswerTallies,
): { rows: SurveyIndicatorRow[]; diagnostics: SurveyDiagnostic[] } {
  const z = dec(Z_VALUES[spec.confidence])
  // What each indicator needs, found once rather than per unit.
  const itemIndex = new Map(items.map((answers, k) => [answers.name, k]))
  const plans = spec.indicators.map((indicator) => {
    const k = itemIndex.get(indicator.item)!
    const answers = items[k]!
    const item = spec.items[indicator.item]!
    const counted = new Set(indicator.count?.map((answer) => answerKey(item, answer)))
    const share = indicator.statistic === 'share'
    return {
      indicator,
      k,
      answers,
      minimum: indicator.minimumSample ?? spec.minimumSample,
      countedAt: answers.keys.map((key) => counted.has(key)),
      bounds: { z, lowest: share ? dec(0) : dec(item.min!), highest: share ? dec(100) : dec(item.max!) },
    }
  })
  const rows: SurveyIndicatorRow[] = []
  const diagnostics: SurveyDiagnostic[] = []
  for (const { code } of units) {
    const u = unitIndex.get(code)!
    for (const { indicator, k, answers, minimum, countedAt, bounds } of plans) {
      let n = 0
      for (let a = 0; a < answers.keys.length; a++) n += tallies.count(u, k, a)
      if (n === 0 || n < minimum) {
        rows.push({
          unit: code,
          indicator: indicator.code,
          item: indicator.item,
          statistic: indicator.statistic,
          direction: indicator.direction,
          n,
          effectiveN: null,
          value: null,
          se: null,
          ciLow: null,
          ciHigh: null,
          status: n === 0 ? 'no-answers' : 'too-small',
        })
        diagnostics.push(
          n === 0
            ? {
                code: 'NO_RESPONDENTS',
                unit: code,
                indicator: indicator.code,
                message: `${code}, ${indicator.code}: no respondent answered item ${indicator.item}: the indicator is missing`,
              }
            : {
                code: 'SAMPLE_TOO_SMALL',
                unit: code,
                indicator: indicator.code,
                message: `${code}, ${indicator.code}: ${n} respondent${n === 1 ? '' : 's'}, fewer than the minimum sample of ${minimum}: the indicator is missing`,
              },
        )
        continue
      }
      const weights: AnswerWeight[] = []
      for (let a = 0; a < answers.keys.length; a++) {
        const respondents = tallies.count(u, k, a)
        if (respondents === 0) continue
        weights.push({
          value: answers.values[a],
          weight: tallies.weight(u, k, a),
          respondents,
          counted: countedAt[a]!,
        })
      }
      const computed = surveyStatistic(indicator.statistic, weights, tallies.sumOfSquares(u, k), bounds)
      const estimate = spec.decimals === undefined ? computed : rounded(computed, spec.decimals)
      rows.push({
        unit: code,
        indicator: indicator.code,
        item: indicator.item,
        statistic: indicator.statistic,
        direction: indicator.direction,
        n,
        value: estimate.value,
        se: estimate.se,
        ciLow: estimate.ciLow,
        ciHigh: estimate.ciHigh,
        effectiveN: estimate.effectiveN,
        status: 'ok',
      })
    }
  }
  return { rows, diagnostics }
}

/** The estimate rounded as the spec declares. */
function rounded(estimate: SurveyEstimate, decimals: number): SurveyEstimate {
  const round = (text: string | null) =>
    text === null ? null : toDecimalString(roundDecimal(dec(text), decimals, 'half-up'))
  return {
    value: round(estimate.value)!,
    se: round(estimate.se),
    ciLow: round(estimate.ciLow),
    ciHigh: round(estimate.ciHigh),
    effectiveN: round(estimate.effectiveN)!,
  }
}

/** The canonical key of an answer: the code of a categorical item, the canonical decimal of a numeric one. */
function answerKey(item: SurveyItem, answer: string): string {
  return item.answers !== undefined ? answer : (parseNumberText(answer) ?? answer)
}
