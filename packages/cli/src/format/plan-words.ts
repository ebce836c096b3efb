import type { Language } from '../messages/language.js'
import { PLAN_MESSAGES } from '../messages/plan.js'

/** The parts of a plan (`RankPlan`, or a plan file read back) its words are made from. */
interface PlanFacts {
  readonly status: 'met' | 'optimal' | 'best-found' | 'unreachable'
  /** The least any plan can cost, when the planner knows it (a plan file read back may not carry it). */
  readonly lowerBound?: string | null
  readonly reason: string | null
}

// The planner (@chiso/scenarios) states its reasons in English sentences for developers; these are the two
// kinds of "unreachable" it writes, read back so they can be said plainly in either language.
const SHORT_OF_TARGET =
  /^even with every plannable criterion at its best the index would be (\S+) \(rank (\S+)\), short of rank (\S+)$/
const OVER_CAP = /^the cheapest plan found costs (\S+), more than the cap (\S+)$/
const SHORT_OF_FLOOR =
  /^even with every plannable criterion at its best the (index|points) would be (\S+), short of (?:index|points) ≥ (\S+)$/

/**
 * Says in plain words what a plan's status means: the cheapest plan, a plan that may not be the cheapest
 * (and the least any plan can cost, when known), the target already met, or why it cannot be reached.
 *
 * @example
 * ```ts
 * planStatusText({ status: 'optimal', lowerBound: null, reason: '…' }, 'vi')
 * // 'đây là phương án có tổng chi phí thấp nhất để đạt mục tiêu.'
 * planStatusText({ status: 'unreachable', lowerBound: null,
 *   reason: 'the cheapest plan found costs 12, more than the cap 10' }, 'en')
 * // 'The target cannot be reached within the cost cap: the cheapest plan found costs 12, more than 10.'
 * ```
 */
export function planStatusText(plan: PlanFacts, language: Language, short = (text: string) => text): string {
  const words = PLAN_MESSAGES[language]
  switch (plan.status) {
    case 'optimal':
      return words.optimalWhy
    case 'best-found':
      return plan.lowerBound === null || plan.lowerBound === undefined
        ? words.bestFoundWhy
        : words.bestFoundBound(short(plan.lowerBound))
    case 'met':
      return ''
    case 'unreachable': {
      const reason = plan.reason ?? ''
      const short_ = SHORT_OF_TARGET.exec(reason)
      if (short_) return words.unreachableBest(short_[1]!, short_[2]!, short_[3]!)
      const floor = SHORT_OF_FLOOR.exec(reason)
      if (floor) return words.unreachableFloor(floor[1] as 'index' | 'points', short(floor[2]!), floor[3]!)
      const cap = OVER_CAP.exec(reason)
      if (cap) return words.unreachableCost(short(cap[1]!), short(cap[2]!))
      return words.unreachable
    }
  }
}

/**
 * Says in plain words why the planner left a criterion out of a plan (its `excluded[].why`).
 *
 * @example
 * ```ts
 * excludedReason('already at its best', 'vi')                          // 'đã đạt điểm tối đa'
 * excludedReason('not controllable by the unit (survey result)', 'en') // 'survey results, which the unit cannot change directly'
 * ```
 */
export function excludedReason(why: string, language: Language): string {
  const words = PLAN_MESSAGES[language].why
  const sources: Readonly<Record<string, string>> = PLAN_MESSAGES[language].sources
  const fixed: Readonly<Record<string, string>> = {
    locked: words.locked,
    'not controllable (costs file)': words.costsFile,
    'already at its best': words.atBest,
    'not applicable to the unit': words.notApplicable,
    'status na for the unit': words.notApplicable,
    'status missing for the unit': words.missing,
    'status error for the unit': words.failed,
    'no total to plan against': words.noTotal,
    'the rule gives no value for the current inputs': words.noValue,
    'no ceiling for the input (give upTo in the costs file)': words.noCeiling,
    'no better value to reach': words.noBetter,
  }
  if (Object.hasOwn(fixed, why)) return fixed[why]!
  const source = /^not controllable by the unit \((\S+) result\)$/.exec(why)?.[1]
  if (source !== undefined) return words.source(Object.hasOwn(sources, source) ? sources[source]! : source)
  const rule = /^the inputs of (\S+) cannot be planned/.exec(why)?.[1]
  if (rule !== undefined) return words.rule(rule)
  return language === 'en' ? why : words.other
}

/**
 * A plan step's value as a reader says it: the planner writes a yes/no criterion's values as `yes` and `no`,
 * which Vietnamese says `có` and `không`; numbers and fractions are the same in both languages.
 *
 * @example
 * ```ts
 * stepValue('no', 'vi')    // 'không'
 * stepValue('35/36', 'vi') // '35/36'
 * ```
 */
export function stepValue(value: string, language: Language): string {
  const words = PLAN_MESSAGES[language]
  return value === 'yes' ? words.yes : value === 'no' ? words.no : value
}
