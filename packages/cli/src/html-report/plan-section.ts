import { localize } from '@chiso/core'
import { planStatusText, stepValue } from '../format/plan-words.js'
import { describeCostModel } from '../messages/plan-costs.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { PlanFile } from './input-schemas.js'
import type { ReportContext } from './report-context.js'

function describeTarget(plan: PlanFile, context: ReportContext): string {
  const { labels } = context
  switch (plan.target.kind) {
    case 'rise':
      return labels.targetRise(plan.target.ranks, plan.targetRank)
    case 'rank':
      return labels.targetRank(plan.targetRank)
    case 'overtake':
      return labels.targetOvertake(context.nameOf(plan.target.unit), plan.targetRank)
  }
}

/** The plan's status in plain words: unreachable says why; a plan found says whether it is the cheapest. */
function statusOf(plan: PlanFile, context: ReportContext): string {
  const { labels, language } = context
  if (plan.status === 'unreachable') return escapeHtml(planStatusText(plan, language))
  if (plan.status === 'met') return labels.planStatus.met
  const why = planStatusText(plan, language, (value) =>
    displayNumber(value, context.compiled.methodology.display),
  )
  return `${labels.planStatus[plan.status]} <span class="note">${escapeHtml(why.charAt(0).toUpperCase() + why.slice(1))}</span>`
}

/**
 * The steps of a rank plan (`chiso plan --json`): the target and the plan's status, whether re-scoring
 * verified it, one row per step (criterion, title, input from → to, points and index gained, cost, with
 * the methodology's display rounding) with the total, and the unit's index, rank and band before and after.
 *
 * @example
 * ```ts
 * renderPlanSection(context, plan)
 * // '<section id="plan"><h2>Kế hoạch nâng hạng cho Lang Chánh</h2>…<table class="plan">…</section>'
 * ```
 */
export function renderPlanSection(context: ReportContext, plan: PlanFile): string {
  const { labels } = context
  const display = context.compiled.methodology.display
  const show = (value: string | null) => escapeHtml(displayNumber(value, display))
  const name = context.nameOf(plan.unit)
  const lines = [
    '<section id="plan">',
    `<h2>${escapeHtml(labels.plan(name))}</h2>`,
    `<p><strong>${labels.target}:</strong> ${escapeHtml(describeTarget(plan, context))}. ${statusOf(plan, context)}</p>`,
    ...(plan.costModel === undefined
      ? []
      : [`<p class="note">${escapeHtml(describeCostModel(plan.costModel, context.language))}</p>`]),
  ]
  if (plan.status !== 'unreachable' && plan.status !== 'met') {
    lines.push(
      `<p class="${plan.verified ? 'note' : 'notice'}">${plan.verified ? labels.verified : labels.notVerified}</p>`,
    )
    lines.push(
      '<div class="scroll"><table class="plan">',
      `<thead><tr><th>${labels.criterion}</th><th>${labels.title}</th><th>${labels.fromTo}</th>` +
        `<th class="num">${labels.points}</th><th class="num">${labels.indexGain}</th><th class="num">${labels.cost}</th></tr></thead>`,
      '<tbody>',
      ...plan.steps.map(
        (step) =>
          `<tr data-node="${escapeHtml(step.node)}"><td>${escapeHtml(step.node)}</td><td>${escapeHtml(localize(step.title, context.language))}</td>` +
          `<td>${escapeHtml(`${stepValue(step.from, context.language)} → ${stepValue(step.to, context.language)}`)}</td><td class="num">+${show(step.pointsGained)}</td>` +
          `<td class="num">${step.indexGain === null ? '—' : `+${show(step.indexGain)}`}</td><td class="num">${show(step.cost)}</td></tr>`,
      ),
      '</tbody>',
      `<tfoot><tr><th colspan="5">${labels.total}</th><th class="num">${show(plan.cost)}</th></tr></tfoot>`,
      '</table></div>',
    )
  }
  const after = plan.after
  const bandOf = (band: string | null) =>
    band === null
      ? '—'
      : `<span class="band" style="background:${context.bandColour(band)}">${escapeHtml(band)}</span>`
  lines.push(
    '<table class="outcome">',
    `<thead><tr><th></th><th class="num">${labels.index}</th><th class="num">${labels.rank}</th><th>${labels.band}</th></tr></thead>`,
    '<tbody>',
    `<tr><th>${labels.before}</th><td class="num">${escapeHtml(plan.before.indexDisplay)}</td><td class="num">${plan.before.rank}</td><td>${bandOf(plan.before.band)}</td></tr>`,
    ...(after === null
      ? []
      : [
          `<tr><th>${labels.after}</th><td class="num">${escapeHtml(after.indexDisplay)}</td><td class="num">${after.rank}</td><td>${bandOf(after.band)}</td></tr>`,
        ]),
    '</tbody></table>',
    '</section>',
  )
  return lines.join('\n')
}
