import { type CompiledMethodology, dec, localize, type Scorecard, toDecimalString } from '@chiso/core'
import type { UnitDelta } from '@chiso/scenarios'
import { WHAT_IF_MESSAGES } from '../messages/what-if.js'
import type { Stylist } from './style.js'

/**
 * What a what-if report shows about one unit: the unit's results before and after, the leaves that were
 * changed, the weights that were changed, and the deltas of every unit.
 *
 * @example
 * ```ts
 * const report: WhatIfReport = { unit: 'dong-son', before, after, compiled, deltas, leaves: ['1.2.2'], weights: [] }
 * ```
 */
export interface WhatIfReport {
  readonly unit: string
  readonly before: Scorecard
  readonly after: Scorecard
  /** The methodology `after` was computed with (new weights give a new fingerprint). */
  readonly compiled: CompiledMethodology
  readonly deltas: ReadonlyArray<UnitDelta>
  /** Leaf codes changed, in the order first given. */
  readonly leaves: ReadonlyArray<string>
  /** Node codes whose weight changed, with the new weight. */
  readonly weights: ReadonlyArray<{ node: string; weight: string }>
}

/** Exact decimals, cut after 6 decimals with "…" when longer (a division that does not end); --json has them whole. */
const short = (value: string) => value.replace(/(\.\d{6})\d+$/, '$1…')
const signed = (delta: string) => short(delta.startsWith('-') ? delta : `+${delta}`)

/**
 * Formats a what-if as text: index, rank and band before → after, each changed leaf's points, every node whose
 * points moved, and the other units whose rank changed. Vietnamese or English, with the methodology's titles
 * in that language.
 *
 * @example
 * ```ts
 * formatWhatIfText(report, 'en', plain)
 * // 'What-if for Huyện Đông Sơn (dong-son)\n…Rank: 12 → 9 (up 3)\n…'
 * ```
 */
export function formatWhatIfText(report: WhatIfReport, language: 'vi' | 'en', style: Stylist): string {
  const words = WHAT_IF_MESSAGES[language]
  const before = report.before.units.find((unit) => unit.unit === report.unit)!
  const after = report.after.units.find((unit) => unit.unit === report.unit)!
  const delta = report.deltas.find((unit) => unit.unit === report.unit)!
  const model = report.compiled.model
  const title = (code: string) => {
    const node = model.byCode.get(code)
    return node === undefined ? code : `${code} ${localize(node.title, language)}`
  }
  const move = (from: string | null, to: string | null) => {
    const change = from === null || to === null ? null : toDecimalString(dec(to).minus(from))
    return `${from === null ? '—' : short(from)} → ${to === null ? '—' : short(to)}${change === null ? '' : ` (${change === '0' ? words.noChange : signed(change)})`}`
  }
  const { methodology, fingerprint } =
    report.after.methodology.fingerprint === report.before.methodology.fingerprint
      ? {
          methodology: report.before.methodology,
          fingerprint: report.before.methodology.fingerprint.slice(0, 19),
        }
      : {
          methodology: report.after.methodology,
          fingerprint: `${report.before.methodology.fingerprint.slice(0, 19)} → ${report.after.methodology.fingerprint.slice(0, 19)} (${words.weightsChanged})`,
        }
  const lines = [
    style('bold', words.heading(report.unit, after.name ?? report.unit)),
    `${words.methodology}: ${methodology.id}@${methodology.version} · ${fingerprint}`,
    '',
    `${words.index}: ${before.indexDisplay ?? '—'} → ${after.indexDisplay ?? '—'}${delta.indexDelta === null ? '' : ` (${delta.indexDelta === '0' ? words.noChange : signed(delta.indexDelta)})`}`,
    `${words.rank}: ${before.rank ?? words.noRank} → ${after.rank ?? words.noRank}${delta.rankDelta === null ? '' : ` (${words.rankMove(delta.rankDelta)})`}`,
    `${words.band}: ${before.band ?? words.noBand} → ${after.band ?? words.noBand}`,
  ]
  if (report.leaves.length > 0) {
    lines.push('', `${words.changedLeaves}:`)
    for (const code of report.leaves)
      lines.push(
        `  ${title(code)}: ${move(before.nodes[code]?.score ?? null, after.nodes[code]?.score ?? null)}`,
      )
  }
  if (report.weights.length > 0) {
    lines.push('', `${words.changedWeights}:`)
    for (const { node, weight } of report.weights) {
      const old = model.byCode.get(node)?.weight.toFixed() ?? '—'
      lines.push(`  ${title(node)}: ${old} → ${weight}`)
    }
  }
  const moved = delta.nodes.filter((node) => !report.leaves.includes(node.node))
  if (moved.length > 0) {
    lines.push('', `${words.movedNodes}:`)
    for (const node of moved) lines.push(`  ${title(node.node)}: ${move(node.before, node.after)}`)
  }
  const others = report.deltas
    .filter((unit) => unit.unit !== report.unit && unit.rankDelta !== null && unit.rankDelta !== 0)
    .sort((a, b) => (a.rankAfter ?? 0) - (b.rankAfter ?? 0))
  const names = new Map(report.after.units.map((unit) => [unit.unit, unit.name ?? unit.unit]))
  lines.push('', others.length === 0 ? words.noOtherUnits : `${words.otherUnits}:`)
  for (const unit of others)
    lines.push(
      `  ${unit.unit} ${names.get(unit.unit)}: ${unit.rankBefore} → ${unit.rankAfter} (${words.rankMove(unit.rankDelta!)})`,
    )
  return `${lines.join('\n')}\n`
}
