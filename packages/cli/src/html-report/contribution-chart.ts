import { dec } from '@chiso/core'
import { areaContributions } from './area-contributions.js'
import { labelMargin, truncateLabel } from './chart-text.js'
import { chartUnits } from './chart-units.js'
import { displayNumber } from './display-number.js'
import { escapeHtml } from './escape-html.js'
import type { PlotRuntime } from './plot-runtime.js'
import type { ReportContext } from './report-context.js'

// Ten distinct colours (Tableau 10), one per area; an eleventh area starts the cycle again.
const AREA_COLOURS = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
]

/**
 * The bar chart of each unit's index split by top-level area (stacked, in tree order, each segment what the
 * area adds to the index; the sum is the index), with the index written at the end of the bar. Each segment
 * carries a `<title>` "unit — area: contribution" with display rounding (a tooltip; text, never an
 * attribute, so names from the data are escaped as text). When the areas do not add up
 * to the index (a non-additive methodology) each bar is the index alone, in its band's colour. Beyond
 * {@link CHART_UNIT_LIMIT} units the chart keeps the top of the ranking and the units in focus, and says so.
 * Drawn with Observable Plot as static SVG; the numbers it plots are the exact decimals converted for
 * drawing only.
 *
 * @example
 * ```ts
 * renderContributionChart(context, await loadPlotRuntime(), { focus: ['lang-chanh'] })
 * // '<section id="areas"><h2>Chỉ số theo lĩnh vực</h2>…<svg …>…</svg>…</section>'
 * ```
 */
export function renderContributionChart(
  context: ReportContext,
  runtime: PlotRuntime,
  options: { focus: ReadonlyArray<string> },
): string {
  const { Plot, document } = runtime
  const { methodology } = context.compiled
  const { labels } = context
  const ranked = context.ranked.filter((unit) => unit.index !== null)
  const shown = new Set(
    chartUnits(
      ranked.map((unit) => unit.unit),
      options.focus,
    ),
  )
  const units = ranked.filter((unit) => shown.has(unit.unit))
  const split = units.map((unit) => ({ unit, parts: areaContributions(methodology, unit) }))
  const additive = split.every((entry) => entry.parts !== null)
  const titles = new Map(context.areas.map((area) => [area.code, area.title]))
  const segments = additive
    ? split.flatMap(({ unit, parts }) =>
        parts!.map((part) => ({
          unit: unit.unit,
          area: part.area,
          value: part.value.toNumber(),
          label: `${context.nameOf(unit.unit)} — ${part.area}. ${titles.get(part.area)}: ${displayNumber(part.value.toFixed(), methodology.display)}`,
        })),
      )
    : units.map((unit) => ({
        unit: unit.unit,
        area: unit.band ?? '',
        value: dec(unit.index!).toNumber(),
        label: `${context.nameOf(unit.unit)}: ${unit.indexDisplay}`,
      }))
  const codes = units.map((unit) => unit.unit)
  const names = new Map(codes.map((code) => [code, context.nameOf(code)]))
  const totals = units.map((unit) => ({
    unit: unit.unit,
    value: dec(unit.index!).toNumber(),
    text: unit.indexDisplay ?? '',
  }))
  const areaCodes = context.areas.map((area) => area.code)
  // Without a split, each bar takes its band's colour ('' = no band); each code once, as the scale needs.
  const bandCodes = [...methodology.bands.map((band) => band.code), '']
  const svg = Plot.plot({
    document,
    className: 'chiso-areas',
    width: 900,
    height: 40 + 20 * units.length + 30,
    marginLeft: labelMargin([...names.values()]),
    marginRight: 50,
    style: { fontSize: '11px' },
    x: {
      label: labels.contribution,
      grid: true,
      ...(methodology.result.type === 'points' ? { domain: [0, 100] } : {}),
    },
    y: { label: null, domain: codes, tickFormat: (code: string) => names.get(code) ?? code },
    color: additive
      ? {
          type: 'ordinal',
          domain: areaCodes,
          range: areaCodes.map((_, index) => AREA_COLOURS[index % AREA_COLOURS.length]!),
          legend: true,
          tickFormat: (code: string) => `${code}. ${truncateLabel(titles.get(code) ?? code, 48)}`,
        }
      : {
          type: 'ordinal',
          domain: bandCodes,
          range: bandCodes.map((band) => context.bandColour(band === '' ? null : band)),
        },
    marks: [
      Plot.barX(segments, {
        x: 'value',
        y: 'unit',
        fill: 'area',
        title: 'label',
        insetTop: 2,
        insetBottom: 2,
      }),
      Plot.text(totals, { x: 'value', y: 'unit', text: 'text', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  })
  const notes = [
    `<p class="note">${additive ? labels.areasNote : labels.notAdditive}</p>`,
    ...(units.length < ranked.length
      ? [`<p class="note">${escapeHtml(labels.someUnits(units.length, ranked.length))}</p>`]
      : []),
  ]
  return [
    '<section id="areas">',
    `<h2>${labels.areas}</h2>`,
    ...notes,
    `<div class="chart">${svg.outerHTML}</div>`,
    '</section>',
  ].join('\n')
}
