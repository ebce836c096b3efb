import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { RankChange } from './rank-change.js'
import type { ReportContext } from './report-context.js'

function changeCell(change: RankChange, labels: ReportContext['labels']): string {
  switch (change.kind) {
    case 'up':
      return `<td class="num up">▲ ${change.by}</td>`
    case 'down':
      return `<td class="num down">▼ ${change.by}</td>`
    case 'same':
      return '<td class="num same">=</td>'
    case 'new':
      return `<td class="num same">${labels.newUnit}</td>`
    case 'unknown':
      return '<td class="num same">—</td>'
  }
}

/**
 * The ranking table: one row per unit in rank order — rank, change against a previous ranking (when given),
 * unit name and code, index with the methodology's display rounding, band in its colour, and each area's
 * index. The unit in focus is highlighted.
 *
 * @example
 * ```ts
 * renderRankingSection(context, { focus: 'lang-chanh', changes: new Map([['lang-chanh', { kind: 'up', by: 2 }]]),
 *   comparedWith: 'districts-2022.json (cchc.district.illustrative@0.1.0)' })
 * // '<section id="ranking"><h2>Xếp hạng</h2>…<table class="ranking">…</table></section>'
 * ```
 */
export function renderRankingSection(
  context: ReportContext,
  options: { focus?: string; changes?: ReadonlyMap<string, RankChange>; comparedWith?: string },
): string {
  const { labels, areas } = context
  const display = context.compiled.methodology.display
  const withChange = options.changes !== undefined
  const head = [
    `<th class="num">${labels.rank}</th>`,
    ...(withChange ? [`<th class="num">${labels.change}</th>`] : []),
    `<th>${labels.unit}</th>`,
    `<th class="num">${labels.index}</th>`,
    ...(context.compiled.methodology.bands.length > 0 ? [`<th>${labels.band}</th>`] : []),
    ...areas.map((area) => `<th class="num" title="${escapeHtml(area.title)}">${escapeHtml(area.code)}</th>`),
  ]
  const rows = context.ranked.map((unit) => {
    const cells = [
      `<td class="num">${unit.rank ?? '—'}</td>`,
      ...(withChange ? [changeCell(options.changes!.get(unit.unit) ?? { kind: 'unknown' }, labels)] : []),
      `<td>${escapeHtml(context.nameOf(unit.unit))}<span class="code">${escapeHtml(unit.unit)}</span></td>`,
      `<td class="num index">${escapeHtml(unit.indexDisplay ?? '—')}</td>`,
      ...(context.compiled.methodology.bands.length > 0
        ? [
            unit.band === null
              ? `<td class="band-cell"><span class="band none">${labels.noBand}</span></td>`
              : `<td class="band-cell"><span class="band" style="background:${context.bandColour(unit.band)}" title="${escapeHtml(context.bandLabel(unit.band))}">${escapeHtml(unit.band)}</span></td>`,
          ]
        : []),
      ...areas.map(
        (area) =>
          `<td class="num">${escapeHtml(displayNumber(unit.nodes[area.code]?.index ?? null, display))}</td>`,
      ),
    ]
    const focus = unit.unit === options.focus ? ' class="focus"' : ''
    return `<tr${focus} data-unit="${escapeHtml(unit.unit)}">${cells.join('')}</tr>`
  })
  const note =
    options.comparedWith === undefined
      ? ''
      : `<p class="note">${escapeHtml(labels.comparedWith(options.comparedWith))}</p>\n`
  const legend = `<p class="note">${areas
    .map((area) => `<strong>${escapeHtml(area.code)}</strong> ${escapeHtml(area.title)}`)
    .join(' · ')}</p>`
  return [
    '<section id="ranking">',
    `<h2>${labels.ranking}</h2>`,
    `${note}<div class="scroll"><table class="ranking">`,
    `<thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table></div>',
    legend,
    '</section>',
  ].join('\n')
}
