// The statistics of one indicator for one unit, computed exactly from the weight each distinct answer
// received: answers repeat (a Likert item has five), so Σw·x over respondents is Σ over answers of x·W(x),
// and the per-cell work of an aggregation is one addition. Roots and quotients use guard digits (WideDec) and
// are rounded once to the engine's 40 digits, as core's z-score does.
import { type Dec, dec, toDecimalString } from '@chiso/core'
import { narrow, WideDec } from '@chiso/core/internal'

/**
 * The weight one distinct answer received in one unit: the sum of its respondents' weights, and how many
 * respondents gave it.
 *
 * @example
 * ```ts
 * const answer: AnswerWeight = { value: dec('4'), weight: dec('12.5'), respondents: 10, counted: true }
 * ```
 *
 * @category Survey
 */
export interface AnswerWeight {
  /** The answer's number (numeric items); `undefined` for answer codes. */
  value: Dec | undefined
  weight: Dec
  respondents: number
  /** For shares: whether the answer is one that counts. */
  counted: boolean
}

/**
 * What {@link surveyStatistic} computes: the estimate, its standard error and confidence interval, and the
 * effective sample size (Kish: (Σw)² / Σw², which is n when every weight is 1). Decimal strings; the error and
 * interval are `null` when they cannot be estimated (one respondent).
 *
 * @example
 * ```ts
 * const s: SurveyEstimate = { value: '62.5', se: '7.65…', ciLow: '47.5…', ciHigh: '77.4…', effectiveN: '40' }
 * ```
 *
 * @category Survey
 */
export interface SurveyEstimate {
  value: string
  se: string | null
  ciLow: string | null
  ciHigh: string | null
  effectiveN: string
}

/** √(π/2): the large-sample ratio of the median's standard error to the mean's, for a normal population. */
const MEDIAN_SE_FACTOR = '1.253314137315500251207882642405522626503'

/**
 * Computes one indicator of one unit from the weight of each distinct answer:
 *
 * - `share`: 100 · W(counted) / W, standard error 100 · √(p(1 − p) / n_eff);
 * - `mean`: Σ x·W(x) / W, standard error √(Σ W(x)(x − x̄)² / W / (n_eff − 1)) (s/√n with unit weights);
 * - `median`: the smallest answer whose cumulative weight reaches half the total (the midpoint of two answers
 *   when it is exactly half), standard error √(π/2) times the mean's (a large-sample approximation).
 *
 * The interval is the estimate ± z · standard error, kept within `[lowest, highest]` (0–100 for shares).
 *
 * @example
 * ```ts
 * const answers = [
 *   { value: dec('1'), weight: dec('1'), respondents: 1, counted: false },
 *   { value: dec('3'), weight: dec('1'), respondents: 1, counted: true },
 * ]
 * surveyStatistic('mean', answers, dec('2'), { z: dec('1.96'), lowest: dec('1'), highest: dec('5') }).value // '2'
 * ```
 *
 * @category Survey
 */
export function surveyStatistic(
  statistic: 'share' | 'mean' | 'median',
  answers: ReadonlyArray<AnswerWeight>,
  sumOfSquares: Dec,
  bounds: { z: Dec; lowest: Dec; highest: Dec },
): SurveyEstimate {
  const total = answers.reduce((sum, a) => sum.plus(a.weight), new WideDec(0))
  const effective = total.pow(2).div(sumOfSquares)
  let value: WideDec
  let se: WideDec | undefined
  if (statistic === 'share') {
    const counted = answers.reduce((sum, a) => (a.counted ? sum.plus(a.weight) : sum), new WideDec(0))
    const p = counted.div(total)
    value = p.times(100)
    se = p.times(new WideDec(1).minus(p)).div(effective).sqrt().times(100)
  } else {
    const mean = answers
      .reduce((sum, a) => sum.plus(new WideDec(a.value!).times(a.weight)), new WideDec(0))
      .div(total)
    const squares = answers.reduce(
      (sum, a) => sum.plus(new WideDec(a.value!).minus(mean).pow(2).times(a.weight)),
      new WideDec(0),
    )
    const meanSe = effective.gt(1) ? squares.div(total).div(effective.minus(1)).sqrt() : undefined
    if (statistic === 'mean') {
      value = mean
      se = meanSe
    } else {
      value = weightedMedian(answers, total)
      se = meanSe?.times(MEDIAN_SE_FACTOR)
    }
  }
  const estimate = narrow(value)
  if (se === undefined)
    return { value: text(estimate), se: null, ciLow: null, ciHigh: null, effectiveN: text(narrow(effective)) }
  const error = narrow(se)
  const margin = bounds.z.times(error)
  const low = estimate.minus(margin)
  const high = estimate.plus(margin)
  return {
    value: text(estimate),
    se: text(error),
    ciLow: text(low.lt(bounds.lowest) ? bounds.lowest : low),
    ciHigh: text(high.gt(bounds.highest) ? bounds.highest : high),
    effectiveN: text(narrow(effective)),
  }
}

function weightedMedian(answers: ReadonlyArray<AnswerWeight>, total: WideDec): WideDec {
  const sorted = [...answers].sort((a, b) => a.value!.comparedTo(b.value!))
  const half = total.div(2)
  let cumulative = new WideDec(0)
  for (let i = 0; i < sorted.length; i++) {
    cumulative = cumulative.plus(sorted[i]!.weight)
    const order = cumulative.comparedTo(half)
    if (order > 0) return new WideDec(sorted[i]!.value!)
    if (order === 0 && i + 1 < sorted.length)
      return new WideDec(sorted[i]!.value!).plus(sorted[i + 1]!.value!).div(2)
    if (order === 0) return new WideDec(sorted[i]!.value!)
  }
  return new WideDec(sorted[sorted.length - 1]!.value!)
}

const text = (value: Dec): string => toDecimalString(dec(value))
