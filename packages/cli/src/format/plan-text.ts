import { dec, localize, type Methodology } from '@chiso/core'
import type { RankPlan, TargetsPlan } from '@chiso/scenarios'
import type { Language } from '../messages/language.js'
import { PLAN_MESSAGES } from '../messages/plan.js'
import { excludedReason, planStatusText, stepValue } from './plan-words.js'
import type { Stylist } from './style.js'
import { renderTable } from './table.js'

/** Shows a decimal string with at most `places` decimals (plans show points and costs, not 40 digits). */
function short(text: string, places = 2): string {
  const value = dec(text)
  return value.decimalPlaces() <= places ? value.toFixed() : `≈${value.toDecimalPlaces(places).toFixed()}`
}

/** A gain with its sign: `+1.5`, `−0.24` (a step can lower a cohort-normalised score), `0`. */
function signedShort(text: string, places = 2): string {
  const shown = short(text, places)
  const approx = shown.startsWith('≈') ? '≈' : ''
  const digits = shown.slice(approx.length)
  if (digits.startsWith('-')) return `${approx}−${digits.slice(1)}`
  return dec(text).isZero() ? shown : `${approx}+${digits}`
}

function describeTarget(plan: RankPlan | TargetsPlan, language: Language): string {
  const words = PLAN_MESSAGES[language]
  const whole =
    'wholeIndex' in plan && plan.wholeIndex !== null && plan.wholeIndex !== undefined
      ? words.wholeIndex(plan.wholeIndex.on, plan.wholeIndex.required) +
        (plan.wholeIndex.label ? ` (${plan.wholeIndex.label})` : '')
      : null
  const values = [
    ...(whole === null ? [] : [whole]),
    ...('values' in plan ? plan.values.map((value) => value.label ?? value.node) : []),
  ].join(', ')
  if (plan.target === null) return words.targetValues(values)
  const rank = describeRank(plan as RankPlan, language)
  return values === '' ? rank : words.targetRankAndValues(rank, values)
}

function describeRank(plan: RankPlan, language: Language): string {
  const words = PLAN_MESSAGES[language]
  const now = plan.before.rank ?? 0
  switch (plan.target.kind) {
    case 'rise':
      return words.targetRise(plan.target.ranks, now, plan.targetRank)
    case 'rank':
      return words.targetRank(plan.targetRank, now)
    case 'overtake':
      return words.targetOvertake(plan.target.unit, plan.targetRank, now)
  }
}

/**
 * The text of `chiso plan`: the target, the status in plain words (the cheapest plan, a plan that may not be
 * the cheapest, met, unreachable — and why), one row per step (criterion, from → to, points gained, cost), the
 * result after re-scoring, and why criteria were left out. Words in `language` (Vietnamese by default), and
 * criterion titles too.
 *
 * @example
 * ```ts
 * formatPlanText(plan, compiled.methodology, { style: createStylist(false), language: 'en' })
 * // 'Plan for lang-chanh — rise 10 ranks: rank 25 → 15 or better\n…'
 * ```
 */
export function formatPlanText(
  plan: RankPlan | TargetsPlan,
  methodology: Methodology,
  options: { style: Stylist; language?: Language },
): string {
  const { style } = options
  const language = options.language ?? 'vi'
  const words = PLAN_MESSAGES[language]
  const lines: string[] = []
  lines.push(style('bold', words.title(plan.unit, describeTarget(plan, language))))
  lines.push(`${methodology.id}@${methodology.version} · ${words.peers[plan.peers]}`)
  lines.push('')
  if (plan.status === 'unreachable') {
    lines.push(style('red', planStatusText(plan, language, short)))
  } else if (plan.status === 'met') {
    lines.push(style('green', words.met(plan.before.rank ?? 0, plan.before.indexDisplay)))
  } else {
    const status =
      plan.status === 'optimal' ? style('green', words.optimal) : style('yellow', words.bestFound)
    lines.push(`${words.status}: ${status} — ${planStatusText(plan, language, short)}`)
    lines.push(plan.verified ? words.verified : style('red', words.notVerified))
    lines.push('')
    // The index gain of one step is known only for additive methodologies: without any, no empty column.
    const withIndex = plan.steps.some((step) => step.indexGain !== null)
    lines.push(
      renderTable(
        [
          { header: words.criterion },
          { header: words.content },
          { header: words.fromTo },
          { header: words.points, align: 'right' },
          ...(withIndex ? [{ header: words.index, align: 'right' as const }] : []),
          { header: words.cost, align: 'right' },
        ],
        plan.steps.map((step) => [
          step.node,
          truncate(localize(step.title, language), 44),
          `${stepValue(step.from, language)} → ${stepValue(step.to, language)}`,
          signedShort(step.pointsGained),
          ...(withIndex ? [step.indexGain === null ? '' : signedShort(step.indexGain, 3)] : []),
          short(step.cost),
        ]),
        { style },
      ),
    )
    const after = plan.after!
    lines.push(
      words.total(
        short(plan.cost),
        `${plan.before.indexDisplay} → ${after.indexDisplay}`,
        `${plan.before.rank} → ${after.rank}`,
      ) +
        (after.band !== null || plan.before.band !== null
          ? ` · ${words.band(`${plan.before.band ?? '—'} → ${after.band ?? '—'}`)}`
          : ''),
    )
    if (plan.overtaken.length > 0) lines.push(words.overtakes(plan.overtaken.join(', ')))
  }
  if ('values' in plan)
    for (const value of plan.values) {
      const now = value.after ?? value.before
      lines.push(
        words.valueTarget(
          value.label ? `${value.node} (${value.label})` : value.node,
          `${short(value.before ?? '0')} → ${short(now ?? '0')}`,
          short(value.required),
        ) + ` — ${value.met ? style('green', words.valueMet) : style('red', words.valueNotMet)}`,
      )
    }
  // The whole index before and after (re-scored), beside the criteria's value targets.
  if ('wholeIndex' in plan && plan.wholeIndex !== null && plan.wholeIndex !== undefined) {
    const whole = plan.wholeIndex
    lines.push(
      words.wholeIndexTarget(
        whole.label ? `${words.wholeIndexWhat(whole.on)} (${whole.label})` : words.wholeIndexWhat(whole.on),
        `${short(whole.before ?? '0')} → ${short(whole.after ?? whole.before ?? '0')}`,
        short(whole.required),
      ) + ` — ${whole.met ? style('green', words.valueMet) : style('red', words.valueNotMet)}`,
    )
  }
  if (plan.excluded.length > 0) {
    const reasons = new Map<string, number>()
    for (const item of plan.excluded) {
      const why = excludedReason(item.why, language)
      reasons.set(why, (reasons.get(why) ?? 0) + 1)
    }
    const summary = [...reasons].map(([why, count]) => `${count} ${why}`).join('; ')
    lines.push(style('dim', words.notPlanned(plan.excluded.length, summary)))
  }
  return `${lines.join('\n')}\n`
}

function truncate(text: string, width: number): string {
  const chars = [...text.normalize('NFC')]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}
