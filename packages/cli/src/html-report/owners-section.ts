import { dec, localize, type OwnersFile, ROOT_CODE } from '@chiso/core'
import { OWNERS_MESSAGES as TEXT } from '../messages/owners.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { PlanFile } from './input-schemas.js'
import type { ReportLanguage } from './labels.js'
import { ownerOfNode } from './owner-of-node.js'
import type { ReportContext } from './report-context.js'

/** Criteria listed per owner (those losing most points first). */
const GAPS_PER_OWNER = 5

/**
 * The owners section of the report: for the profiled unit, each office's plan steps (when a plan is given)
 * and the leaves of its criteria where the unit loses most points (maximum − points), so each office sees its
 * own list.
 *
 * @example
 * ```ts
 * renderOwnersSection(context, owners, { unit: 'thieu-hoa', plan, language: 'vi' })
 * // '<section id="owners">…</section>'
 * ```
 */
export function renderOwnersSection(
  context: ReportContext,
  owners: OwnersFile,
  input: { unit: string; plan?: PlanFile; language: ReportLanguage },
): string {
  const text = TEXT[input.language]
  if (!context.scorecard.units.some((u) => u.unit === input.unit)) return ''
  const display = context.compiled.methodology.display
  const rows = ownerRows(context, owners, input.unit, input.plan, text.none).map(
    ({ owner, steps, gaps }) =>
      `<tr><td>${escapeHtml(owner)}</td><td>${escapeHtml(steps.join('; '))}</td>` +
      `<td>${gaps.map((g) => `${escapeHtml(g.node)} ${escapeHtml(g.title)} (${escapeHtml(displayNumber(g.lost, display))} ${text.lost})`).join('<br>')}</td></tr>`,
  )
  return [
    '<section id="owners">',
    `<h2>${escapeHtml(text.title(context.nameOf(input.unit)))}</h2>`,
    `<p class="note">${escapeHtml(text.note)}</p>`,
    '<div class="scroll"><table class="owners">',
    `<thead><tr><th>${text.owner}</th><th>${text.steps}</th><th>${text.gaps}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n')
}

/**
 * Each office's share of a unit's work, as both reports show it: its plan steps (when the plan is the unit's)
 * and the leaves of its criteria where the unit loses most points (at most {@link GAPS_PER_OWNER}, most points
 * first), offices in alphabetical order. `none` names the office of criteria nobody owns.
 *
 * @example
 * ```ts
 * ownerRows(context, owners, 'thieu-hoa', plan, '(chưa giao)')
 * // [{ owner: 'Bộ phận Một cửa', steps: ['3.4.1 (95 → 100)'], gaps: [{ node: '3.5.1', title: '…', lost: '0.5' }] }]
 * ```
 */
export function ownerRows(
  context: ReportContext,
  owners: OwnersFile,
  unit: string,
  plan: PlanFile | undefined,
  none: string,
): Array<{ owner: string; steps: string[]; gaps: Array<{ node: string; title: string; lost: string }> }> {
  const { compiled } = context
  const result = context.scorecard.units.find((u) => u.unit === unit)
  if (result === undefined) return []
  const owner = (node: string) => ownerOfNode(owners, compiled, unit, node, none)
  const steps = new Map<string, string[]>()
  for (const step of plan?.unit === unit ? plan.steps : [])
    steps.set(owner(step.node), [
      ...(steps.get(owner(step.node)) ?? []),
      `${step.node} (${step.from} → ${step.to})`,
    ])
  const gaps = new Map<string, Array<{ node: string; title: string; lost: string }>>()
  for (const node of compiled.model.nodes) {
    if (node.code === ROOT_CODE || node.children.length > 0) continue
    const value = result.nodes[node.code]
    if (value?.score == null || value.max == null) continue
    const lost = dec(value.max).minus(dec(value.score))
    if (!lost.gt(0)) continue
    const who = owner(node.code)
    gaps.set(who, [
      ...(gaps.get(who) ?? []),
      { node: node.code, title: localize(node.title, context.language), lost: lost.toFixed() },
    ])
  }
  return [...new Set([...steps.keys(), ...gaps.keys()])].sort().map((who) => ({
    owner: who,
    steps: steps.get(who) ?? [],
    gaps: (gaps.get(who) ?? [])
      .sort((a, b) => dec(b.lost).comparedTo(dec(a.lost)) || (a.node < b.node ? -1 : 1))
      .slice(0, GAPS_PER_OWNER),
  }))
}
