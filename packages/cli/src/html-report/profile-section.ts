import { areaProfile } from './area-profile.js'
import { labelMargin, truncateLabel } from './chart-text.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { PlotRuntime } from './plot-runtime.js'
import type { ReportContext } from './report-context.js'

const SERIES_COLOURS = { unit: '#1f5fa8', median: '#8a94a3', best: '#1b7a3d' }

/**
 * The profile of one unit: a dot plot of its index in each area against the median and the best unit (a
 * grey line joins the unit to the best, the gap to close), and the same numbers in a table with display
 * rounding.
 *
 * @example
 * ```ts
 * renderProfileSection(context, await loadPlotRuntime(), 'lang-chanh')
 * // '<section id="profile"><h2>Hồ sơ của Lang Chánh</h2>…<svg …>…</svg><table class="profile">…</section>'
 * ```
 */
export function renderProfileSection(context: ReportContext, runtime: PlotRuntime, unitCode: string): string {
  const { Plot, document } = runtime
  const { labels } = context
  const { methodology } = context.compiled
  const name = context.nameOf(unitCode)
  const rows = areaProfile(
    context.scorecard,
    context.areas.map((area) => area.code),
    unitCode,
  )
  const titles = new Map(context.areas.map((area) => [area.code, `${area.code}. ${area.title}`]))
  const series = [
    { key: 'unit' as const, label: name },
    { key: 'median' as const, label: labels.median },
    { key: 'best' as const, label: labels.best },
  ]
  // The unit's dots are drawn last, so a median or best equal to the unit's value never hides it.
  const drawingOrder = [series[1]!, series[2]!, series[0]!]
  const dots = rows.flatMap((row) =>
    drawingOrder
      .filter((entry) => row[entry.key] !== null)
      .map((entry) => ({
        area: row.area,
        series: entry.label,
        value: row[entry.key]!.toNumber(),
        label: `${titles.get(row.area)} — ${entry.label}: ${displayNumber(row[entry.key]!.toFixed(), methodology.display)}`,
      })),
  )
  const gaps = rows
    .filter((row) => row.unit !== null && row.best !== null)
    .map((row) => ({ area: row.area, from: row.unit!.toNumber(), to: row.best!.toNumber() }))
  const areaLabels = context.areas.map((area) => truncateLabel(titles.get(area.code)!, 44))
  const svg = Plot.plot({
    document,
    className: 'chiso-profile',
    width: 900,
    height: 50 + 28 * rows.length + 30,
    marginLeft: labelMargin(areaLabels),
    marginRight: 30,
    style: { fontSize: '11px' },
    x: {
      label: labels.index,
      grid: true,
      // Points: from the tens below the lowest value to 100, so close values stay apart.
      ...(methodology.result.type === 'points' ? { domain: [lowerBound(dots), 100] } : {}),
    },
    y: {
      label: null,
      domain: context.areas.map((area) => area.code),
      tickFormat: (code: string) => truncateLabel(titles.get(code) ?? code, 44),
    },
    color: {
      type: 'ordinal',
      domain: series.map((entry) => entry.label),
      range: series.map((entry) => SERIES_COLOURS[entry.key]),
      legend: true,
    },
    marks: [
      Plot.ruleY(gaps, { y: 'area', x1: 'from', x2: 'to', stroke: '#c5ccd6', strokeWidth: 2 }),
      Plot.dot(dots, {
        x: 'value',
        y: 'area',
        fill: 'series',
        r: 5,
        title: 'label',
      }),
    ],
  })
  const table = [
    '<table class="profile">',
    `<thead><tr><th>${labels.area}</th><th class="num">${escapeHtml(name)}</th><th class="num">${labels.median}</th><th class="num">${labels.best}</th></tr></thead>`,
    '<tbody>',
    ...rows.map(
      (row) =>
        `<tr><td>${escapeHtml(titles.get(row.area)!)}</td>${[row.unit, row.median, row.best]
          .map(
            (value) =>
              `<td class="num">${displayNumber(value === null ? null : value.toFixed(), methodology.display)}</td>`,
          )
          .join('')}</tr>`,
    ),
    '</tbody></table>',
  ]
  return [
    '<section id="profile">',
    `<h2>${escapeHtml(labels.profile(name))}</h2>`,
    `<p class="note">${labels.profileNote}</p>`,
    `<div class="chart">${svg.outerHTML}</div>`,
    ...table,
    '</section>',
  ].join('\n')
}

function lowerBound(dots: ReadonlyArray<{ value: number }>): number {
  const lowest = Math.min(100, ...dots.map((dot) => dot.value))
  return Math.max(0, Math.floor((lowest - 5) / 10) * 10)
}
