import { dec, formatFixed, localize, type Methodology, type ScorecardSummary } from '@chiso/core'
import type { Language } from '../messages/language.js'
import { RANKING_MESSAGES } from '../messages/ranking.js'
import type { Stylist } from './style.js'
import { renderTable, type TableColumn } from './table.js'

/** Shown where a unit has no value (unranked, nothing applicable). */
const NONE = '–'

/**
 * Renders a scorecard as the ranking table people read: a title line (the methodology's title, `id@version`
 * and the start of its fingerprint), then Rank, Unit, Name, Index (rounded as the methodology says), Band
 * (when the methodology has bands), Group (when units have groups), and Score/Max for points methodologies
 * (rounded like the index). Units come in rank order, unranked last. Its words are in `language` (English by
 * default); the methodology's title is its official, Vietnamese-first name. Node results are not read: a
 * `ScorecardByUnit` (or any scorecard summary) will do.
 *
 * @example
 * ```ts
 * formatRankingTable(scorecard, compiled.methodology)
 * // PAR INDEX minh họa — demo.par@1.0.0 · sha256:3f2a9c0d1e4b
 * //
 * // Rank  Unit  Name     Index  Band  Score  Max
 * // ----  ----  -------  -----  ----  -----  ------
 * //    1  HN    Hà Nội   85.78  B     85.78  100.00
 * ```
 */
export function formatRankingTable(
  scorecard: ScorecardSummary,
  methodology: Methodology,
  options: { style?: Stylist; language?: Language } = {},
): string {
  const style = options.style ?? ((_s, text) => text)
  const language = options.language ?? 'en'
  const words = RANKING_MESSAGES[language]
  const points = methodology.result.type === 'points'
  const bands = methodology.bands.length > 0
  const groups = scorecard.units.some((unit) => unit.group !== undefined)
  const { decimals, mode } = methodology.display
  // Values repeat (every unit's max, often scores): round each distinct one once, remembering a bounded number.
  const rounded = new Map<string, string>()
  const fixed = (value: string | null) => {
    if (value === null) return NONE
    let text = rounded.get(value)
    if (text === undefined) {
      text = formatFixed(dec(value), decimals, mode)
      if (rounded.size < 10_000) rounded.set(value, text)
    }
    return text
  }

  const columns: TableColumn[] = [
    { header: words.rank, align: 'right' },
    { header: words.unit },
    { header: words.name },
    ...(groups ? [{ header: words.group }] : []),
    { header: words.index, align: 'right' as const },
    ...(bands ? [{ header: words.band }] : []),
    ...(points
      ? [
          { header: words.score, align: 'right' as const },
          { header: words.max, align: 'right' as const },
        ]
      : []),
  ]
  const rows = scorecard.units.map((unit) => [
    unit.rank === null ? NONE : String(unit.rank),
    unit.unit.normalize('NFC'),
    (unit.name ?? '').normalize('NFC'),
    ...(groups ? [(unit.group ?? '').normalize('NFC')] : []),
    unit.indexDisplay ?? NONE,
    ...(bands ? [unit.band ?? NONE] : []),
    ...(points ? [fixed(unit.score), fixed(unit.max)] : []),
  ])
  const { id, version, fingerprint } = scorecard.methodology
  // The methodology's title is its official name: Vietnamese first in both languages, as before.
  const title = localize(methodology.title).normalize('NFC')
  const head =
    `${style('bold', title)} — ${id}@${version} · ${style('dim', fingerprint.slice(0, 'sha256:'.length + 12))}\n` +
    '\n'
  const table = renderTable(columns, rows, {
    style,
    styleRow: (index, line) => (scorecard.units[index]?.rank === null ? style('dim', line) : line),
  })
  const count = scorecard.units.length
  const ranked = scorecard.units.filter((unit) => unit.rank !== null).length
  const foot = `\n${words.units(count, count - ranked)}\n`
  return head + table + foot
}
