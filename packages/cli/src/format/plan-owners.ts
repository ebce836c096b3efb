import type { RankPlan, TargetsPlan } from '@chiso/scenarios'
import type { Language } from '../messages/language.js'
import { OWNERS_MESSAGES } from '../messages/owners.js'
import type { Stylist } from './style.js'

/**
 * A plan's steps grouped by the office responsible (from an owners file), and the value targets the plan
 * must meet besides the rank: each office sees its own list, the way a meeting closes with every head
 * answerable for the criteria in their charge.
 *
 * @example
 * ```ts
 * formatPlanOwners(plan, (node) => owners.get(node) ?? '(chưa giao)', [], { style, language: 'vi' })
 * // 'Theo cơ quan phụ trách\nBộ phận Một cửa: 3.4.1 (95 → 100), …'
 * ```
 */
export function formatPlanOwners(
  plan: RankPlan | TargetsPlan,
  ownerOf: (node: string) => string,
  required: ReadonlyArray<{ node: string; text: string }>,
  options: { style: Stylist; language: Language },
): string {
  const groups = new Map<string, string[]>()
  const add = (owner: string, line: string) => groups.set(owner, [...(groups.get(owner) ?? []), line])
  for (const step of plan.steps) add(ownerOf(step.node), `${step.node} (${step.from} → ${step.to})`)
  for (const target of required) add(ownerOf(target.node), `${target.text}`)
  if (groups.size === 0) return ''
  const lines = ['', options.style('bold', OWNERS_MESSAGES[options.language].planTitle)]
  for (const owner of [...groups.keys()].sort())
    lines.push(`${owner}: ${(groups.get(owner) ?? []).join('; ')}`)
  return `${lines.join('\n')}\n`
}
