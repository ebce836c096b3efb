// The ranking table: one row per unit in rank order, the chosen unit marked, rows whose rank just changed
// highlighted, and each unit's rank change since the data as loaded. Built with textContent only (no HTML
// strings), so unit names from a data file can never inject markup.
import { dec, formatFixed, type Rounding, type Scorecard, type UnitResult } from '@chiso/core'

/** Ranks by unit code (null when the unit has no rank). */
export type RankMap = ReadonlyMap<string, number | null>

/**
 * The ranks of a scorecard by unit code.
 *
 * @example
 * ```ts
 * ranksOf(card).get('vinh-loc') // 1
 * ```
 */
export function ranksOf(card: Scorecard): Map<string, number | null> {
  return new Map(card.units.map((unit) => [unit.unit, unit.rank]))
}

/** What the table needs besides the scorecard. */
export interface RankingView {
  /** Ranks as loaded, for the "since loaded" column. */
  readonly baseline: RankMap
  /** Ranks before the last change, to highlight the rows that just moved. */
  readonly previous: RankMap
  readonly selected: string
  readonly display: Rounding
}

/**
 * Replaces the rows of `body` with the scorecard's units in rank order.
 *
 * @example
 * ```ts
 * renderRanking(table.tBodies[0], card, { baseline, previous, selected: 'lang-chanh', display })
 * ```
 */
export function renderRanking(body: HTMLTableSectionElement, card: Scorecard, view: RankingView): void {
  const units = [...card.units].sort(byRank)
  body.replaceChildren(...units.map((unit) => rowOf(unit, view)))
}

function byRank(a: UnitResult, b: UnitResult): number {
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER)
}

function rowOf(unit: UnitResult, view: RankingView): HTMLTableRowElement {
  const row = document.createElement('tr')
  row.dataset.unit = unit.unit
  row.dataset.rank = String(unit.rank ?? '')
  if (unit.unit === view.selected) row.classList.add('selected')
  const before = view.previous.get(unit.unit)
  if (before !== undefined && before !== unit.rank) row.classList.add('moved')
  const shown = (value: string | null) =>
    value === null ? '—' : formatFixed(dec(value), view.display.decimals, view.display.mode)
  row.append(
    cell(String(unit.rank ?? '—'), 'rank'),
    cell(unit.name ?? unit.unit, 'name'),
    cell(unit.indexDisplay ?? '—', 'index'),
    cell(unit.band ?? '—', 'band'),
    cell(`${shown(unit.score)} / ${shown(unit.max)}`, 'score'),
    movement(view.baseline.get(unit.unit) ?? null, unit.rank),
  )
  return row
}

/** "▲ 3" when the unit rose 3 places since the data was loaded, "▼ 2" when it fell. */
function movement(baseline: number | null, now: number | null): HTMLTableCellElement {
  const td = cell('', 'movement')
  if (baseline === null || now === null || baseline === now) return td
  const rise = baseline - now
  td.textContent = rise > 0 ? `▲ ${rise}` : `▼ ${-rise}`
  td.classList.add(rise > 0 ? 'up' : 'down')
  return td
}

function cell(text: string, className: string): HTMLTableCellElement {
  const td = document.createElement('td')
  td.className = className
  td.textContent = text
  return td
}
