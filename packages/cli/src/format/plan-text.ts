import { dec, localize, type Methodology } from '@chiso/core'
import type { RankPlan, TargetsPlan } from '@chiso/scenarios'
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

function describeTarget(plan: RankPlan | TargetsPlan): string {
  const values = 'values' in plan ? plan.values.map((value) => value.label ?? value.node).join(', ') : ''
  if (plan.target === null) return `reach ${values}`
  return values === ''
    ? describeRank(plan as RankPlan)
    : `${describeRank(plan as RankPlan)}; and reach ${values}`
}

function describeRank(plan: RankPlan): string {
  switch (plan.target.kind) {
    case 'rise':
      return `rise ${plan.target.ranks} rank${plan.target.ranks === 1 ? '' : 's'}: rank ${plan.before.rank} → ${plan.targetRank} or better`
    case 'rank':
      return `reach rank ${plan.targetRank} (now ${plan.before.rank})`
    case 'overtake':
      return `overtake ${plan.target.unit} (rank ${plan.targetRank}; now ${plan.before.rank})`
  }
}

const PEERS: Record<RankPlan['peers'], string> = {
  fixed: 'peers fixed at their current scores',
  'last-year': 'peers projected: each repeats its change since last year',
  uniform: 'peers projected: every peer improves by the same amount',
}

/**
 * The text of `chiso plan`: the target, the status (optimal, best found, met, unreachable — and why), one row
 * per step (criterion, from → to, points gained, cost), and the result after re-scoring.
 *
 * @example
 * ```ts
 * formatPlanText(plan, compiled.methodology, { style: createStylist(false), language: 'vi' })
 * // 'Plan for lang-chanh — rise 10 ranks: rank 25 → 15 or better\n…'
 * ```
 */
export function formatPlanText(
  plan: RankPlan | TargetsPlan,
  methodology: Methodology,
  options: { style: Stylist; language?: 'vi' | 'en' },
): string {
  const { style } = options
  const lines: string[] = []
  lines.push(style('bold', `Plan for ${plan.unit} — ${describeTarget(plan)}`))
  lines.push(`${methodology.id}@${methodology.version} · ${PEERS[plan.peers]}`)
  lines.push('')
  if (plan.status === 'unreachable') {
    lines.push(style('red', `Unreachable: ${plan.reason}`))
  } else if (plan.status === 'met') {
    lines.push(
      style(
        'green',
        `Already met: rank ${plan.before.rank}, index ${plan.before.indexDisplay}. Nothing to do.`,
      ),
    )
  } else {
    const status =
      plan.status === 'optimal'
        ? style('green', 'optimal')
        : style(
            'yellow',
            `best found${plan.lowerBound === null ? '' : ` (no plan costs less than ${short(plan.lowerBound)})`}`,
          )
    lines.push(`Status: ${status} — ${plan.reason}`)
    lines.push(
      plan.verified
        ? 'Verified: the changed data was re-scored by the engine and meets the target.'
        : style('red', 'NOT verified: re-scoring did not confirm the target.'),
    )
    lines.push('')
    // The index gain of one step is known only for additive methodologies: without any, no empty column.
    const withIndex = plan.steps.some((step) => step.indexGain !== null)
    lines.push(
      renderTable(
        [
          { header: 'Criterion' },
          { header: 'Title' },
          { header: 'From → to' },
          { header: 'Points', align: 'right' },
          ...(withIndex ? [{ header: 'Index', align: 'right' as const }] : []),
          { header: 'Cost', align: 'right' },
        ],
        plan.steps.map((step) => [
          step.node,
          truncate(localize(step.title, options.language ?? 'vi'), 44),
          `${step.from} → ${step.to}`,
          signedShort(step.pointsGained),
          ...(withIndex ? [step.indexGain === null ? '' : signedShort(step.indexGain, 3)] : []),
          short(step.cost),
        ]),
        { style },
      ),
    )
    const after = plan.after!
    lines.push(
      `Total cost ${short(plan.cost)} · index ${plan.before.indexDisplay} → ${after.indexDisplay} · rank ${plan.before.rank} → ${after.rank}` +
        (after.band !== null || plan.before.band !== null
          ? ` · band ${plan.before.band ?? '—'} → ${after.band ?? '—'}`
          : ''),
    )
    if (plan.overtaken.length > 0) lines.push(`Overtakes: ${plan.overtaken.join(', ')}`)
  }
  if ('values' in plan)
    for (const value of plan.values) {
      const now = value.after ?? value.before
      lines.push(
        `Value target ${value.node}${value.label ? ` (${value.label})` : ''}: ${short(value.before ?? '0')} → ${short(now ?? '0')} points, required ${short(value.required)} — ${value.met ? style('green', 'met') : style('red', 'not met')}`,
      )
    }
  if (plan.excluded.length > 0) {
    const reasons = new Map<string, number>()
    for (const item of plan.excluded) reasons.set(item.why, (reasons.get(item.why) ?? 0) + 1)
    const summary = [...reasons].map(([why, count]) => `${count} ${why}`).join('; ')
    lines.push(style('dim', `${plan.excluded.length} criteria not planned: ${summary} (details with --json)`))
  }
  return `${lines.join('\n')}\n`
}

function truncate(text: string, width: number): string {
  const chars = [...text.normalize('NFC')]
  return chars.length <= width ? text : `${chars.slice(0, width - 1).join('')}…`
}
