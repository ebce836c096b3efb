import { dec, localize, type OwnersFile, ROOT_CODE } from '@chiso/core'
import { ownerOfNode } from '../commands/owners-file.js'
import { OWNERS_MESSAGES as TEXT } from '../messages/owners.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { PlanFile } from './input-schemas.js'
import type { ReportLanguage } from './labels.js'
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
  const { compiled } = context
  const result = context.scorecard.units.find((u) => u.unit === input.unit)
  if (result === undefined) return ''
  const owner = (node: string) => ownerOfNode(owners, compiled, input.unit, node, text.none)
  const steps = new Map<string, string[]>()
  for (const step of input.plan?.unit === input.unit ? input.plan.steps : [])
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
      { node: node.code, title: localize(node.title, input.language), lost: lost.toFixed() },
    ])
  }
  const display = compiled.methodology.display
  const all = [...new Set([...steps.keys(), ...gaps.keys()])].sort()
  const rows = all.map((who) => {
    const lost = (gaps.get(who) ?? [])
      .sort((a, b) => dec(b.lost).comparedTo(dec(a.lost)) || (a.node < b.node ? -1 : 1))
      .slice(0, GAPS_PER_OWNER)
    return (
      `<tr><td>${escapeHtml(who)}</td><td>${escapeHtml((steps.get(who) ?? []).join('; '))}</td>` +
      `<td>${lost.map((g) => `${escapeHtml(g.node)} ${escapeHtml(g.title)} (${escapeHtml(displayNumber(g.lost, display))} ${text.lost})`).join('<br>')}</td></tr>`
    )
  })
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
