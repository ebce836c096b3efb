import { dec, type PeriodComparison, type PeriodScorecard } from '@chiso/core'
import { TREND_MESSAGES as TEXT } from '../messages/trend.js'
import { labelMargin } from './chart-text.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { ReportLanguage } from './labels.js'
import type { PlotRuntime } from './plot-runtime.js'
import type { ReportContext } from './report-context.js'

/** How many risers and fallers the movers table and the chart show. */
const MOVERS = 5

/**
 * The trend section of a panel's report: line charts of rank and index over the periods (drawn with the same
 * Plot runtime as the other charts) for the focus units and the biggest movers, and a table of the units that
 * rose and fell most between the first and last periods (through the registry when one was given).
 *
 * @example
 * ```ts
 * renderTrendSection(context, runtime, { periods, comparison, focus: ['thieu-hoa'], language: 'vi' })
 * // '<section id="trend">…<svg …>…</section>'
 * ```
 */
export function renderTrendSection(
  context: ReportContext,
  runtime: PlotRuntime,
  input: {
    periods: ReadonlyArray<PeriodScorecard>
    comparison: PeriodComparison
    focus: ReadonlyArray<string>
    language: ReportLanguage
  },
): string {
  const text = TEXT[input.language]
  const { Plot, document } = runtime
  const moved = input.comparison.units.filter((u) => u.rankChange !== null)
  const risers = [...moved]
    .sort((a, b) => (b.rankChange ?? 0) - (a.rankChange ?? 0) || (a.unit < b.unit ? -1 : 1))
    .slice(0, MOVERS)
    .filter((u) => (u.rankChange ?? 0) > 0)
  const fallers = [...moved]
    .sort((a, b) => (a.rankChange ?? 0) - (b.rankChange ?? 0) || (a.unit < b.unit ? -1 : 1))
    .slice(0, MOVERS)
    .filter((u) => (u.rankChange ?? 0) < 0)
  const shown = [...new Set([...input.focus, ...risers.map((u) => u.unit), ...fallers.map((u) => u.unit)])]
  const names = new Map<string, string>()
  const points: Array<{
    unit: string
    name: string
    period: string
    rank: number | null
    index: number | null
    title: string
  }> = []
  for (const { period, scorecard } of input.periods) {
    for (const unit of scorecard.units) {
      if (!shown.includes(unit.unit)) continue
      const name = unit.name ?? unit.unit
      names.set(unit.unit, name)
      points.push({
        unit: unit.unit,
        name,
        period,
        rank: unit.rank,
        index: unit.index === null ? null : dec(unit.index).toNumber(),
        title: `${name} — ${period}: #${unit.rank ?? '—'}, ${unit.indexDisplay ?? '—'}`,
      })
    }
  }
  const periods = input.periods.map((p) => p.period)
  const chart = (y: 'rank' | 'index') =>
    Plot.plot({
      document,
      className: `chiso-trend-${y}`,
      width: 900,
      height: 320,
      marginRight: labelMargin([...names.values()]),
      style: { fontSize: '11px' },
      x: { label: null, domain: periods, type: 'point' },
      y: y === 'rank' ? { label: text.rank, reverse: true, grid: true } : { label: text.index, grid: true },
      color: { type: 'ordinal', domain: shown },
      marks: [
        Plot.line(
          points.filter((p) => p[y] !== null),
          { x: 'period', y, stroke: 'unit', z: 'unit' },
        ),
        Plot.dot(
          points.filter((p) => p[y] !== null),
          { x: 'period', y, fill: 'unit', title: 'title' },
        ),
        Plot.text(
          points.filter((p) => p[y] !== null && p.period === periods[periods.length - 1]),
          { x: 'period', y, text: 'name', dx: 6, textAnchor: 'start', fill: 'unit' },
        ),
      ],
    })
  const display = context.compiled.methodology.display
  const row = (u: (typeof moved)[number]) =>
    `<tr><td>${escapeHtml(u.name ?? u.unit)}</td><td class="num">${u.from?.rank ?? '—'} → ${u.to.rank ?? '—'}</td>` +
    `<td class="num">${u.rankChange !== null && u.rankChange > 0 ? '+' : ''}${u.rankChange ?? ''}</td>` +
    `<td class="num">${escapeHtml(displayNumber(u.from?.index ?? null, display))} → ${escapeHtml(displayNumber(u.to.index, display))}</td>` +
    `<td>${escapeHtml(u.basis.kind === 'same' ? '' : `${u.basis.kind}: ${u.basis.from.join(' + ')}${u.basis.weight ? ` (${u.basis.weight})` : ''}`)}</td></tr>`
  const table = (title: string, rows: ReadonlyArray<(typeof moved)[number]>) =>
    rows.length === 0
      ? ''
      : [
          `<h3>${escapeHtml(title)}</h3>`,
          '<table class="movers">',
          `<thead><tr><th>${text.unit}</th><th class="num">${text.rank}</th><th class="num">Δ</th><th class="num">${text.index}</th><th>${text.basis}</th></tr></thead>`,
          `<tbody>${rows.map(row).join('')}</tbody>`,
          '</table>',
        ].join('\n')
  return [
    '<section id="trend">',
    `<h2>${escapeHtml(text.title)}</h2>`,
    `<p class="note">${escapeHtml(text.note)}</p>`,
    `<div class="chart">${chart('rank').outerHTML}</div>`,
    `<div class="chart">${chart('index').outerHTML}</div>`,
    `<h3>${escapeHtml(text.movers(input.comparison.from, input.comparison.to))}</h3>`,
    ...(input.comparison.ranks === 're-ranked' ? [`<p class="note">${escapeHtml(text.reRanked)}</p>`] : []),
    table(text.rose, risers),
    table(text.fell, fallers),
    '</section>',
  ].join('\n')
}
