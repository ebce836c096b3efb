import { dec, type PeriodScorecard } from '@chiso/core'
import { areaContributions } from '../html-report/area-contributions.js'
import { areaProfile } from '../html-report/area-profile.js'
import { truncateLabel } from '../html-report/chart-text.js'
import { chartUnits } from '../html-report/chart-units.js'
import type { SimulationFile } from '../html-report/input-schemas.js'
import type { PlotRuntime } from '../html-report/plot-runtime.js'
import type { ReportContext } from '../html-report/report-context.js'

/**
 * A chart ready to rasterise: standalone SVG text, its size in pixels, and its legend as (colour, label)
 * pairs — the Word report writes the legend as coloured text under the picture, since Plot draws legends as
 * HTML that a picture cannot hold.
 *
 * @example
 * ```ts
 * const chart: DocxChart = { svg: '<svg xmlns="http://www.w3.org/2000/svg" …>', width: 900, height: 300, legend: [] }
 * ```
 */
export interface DocxChart {
  readonly svg: string
  readonly width: number
  readonly height: number
  readonly legend: ReadonlyArray<{ readonly colour: string; readonly label: string }>
  /** How many units the chart draws, and how many it could (it keeps the top and the units in focus). */
  readonly shown: number
  readonly total: number
}

// The HTML report's colours (contribution-chart.ts, profile-section.ts), so both reports look alike.
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
const SERIES_COLOURS = { unit: '#1f5fa8', median: '#8a94a3', best: '#1b7a3d' }
const WIDTH = 900

/** DejaVu Sans at 11 px is wider than the HTML report's system fonts: about 7 px a character. */
function margin(labels: ReadonlyArray<string>): number {
  const longest = labels.reduce((most, label) => Math.max(most, [...label].length), 0)
  return Math.min(320, Math.ceil(14 + longest * 7))
}

function standalone(svg: { setAttribute(name: string, value: string): void; outerHTML: string }): string {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  return svg.outerHTML
}

/**
 * The bar chart of each unit's index split by area (stacked; each segment what an area adds), or the index
 * alone in its band's colour when the areas do not add up to it. Numbers are converted for drawing only.
 *
 * @example
 * ```ts
 * const chart = areasChart(context, runtime, ['lang-chanh'])
 * chart.legend[0] // { colour: '#4e79a7', label: '1. Công tác chỉ đạo, điều hành CCHC' }
 * ```
 */
export function areasChart(
  context: ReportContext,
  runtime: PlotRuntime,
  focus: ReadonlyArray<string>,
): DocxChart & { readonly additive: boolean } {
  const { Plot, document } = runtime
  const { methodology } = context.compiled
  const ranked = context.ranked.filter((unit) => unit.index !== null)
  const shown = new Set(
    chartUnits(
      ranked.map((unit) => unit.unit),
      focus,
    ),
  )
  const units = ranked.filter((unit) => shown.has(unit.unit))
  const split = units.map((unit) => ({ unit, parts: areaContributions(methodology, unit) }))
  const additive = split.every((entry) => entry.parts !== null)
  const areaCodes = context.areas.map((area) => area.code)
  const segments = additive
    ? split.flatMap(({ unit, parts }) =>
        parts!.map((part) => ({ unit: unit.unit, key: part.area, value: part.value.toNumber() })),
      )
    : units.map((unit) => ({ unit: unit.unit, key: unit.band ?? '', value: dec(unit.index!).toNumber() }))
  const names = new Map(units.map((unit) => [unit.unit, context.nameOf(unit.unit)]))
  const bandCodes = [...methodology.bands.map((band) => band.code), '']
  const domain = additive ? areaCodes : bandCodes
  const range = additive
    ? areaCodes.map((_, index) => AREA_COLOURS[index % AREA_COLOURS.length]!)
    : bandCodes.map((band) => context.bandColour(band === '' ? null : band))
  const height = 40 + 20 * units.length + 30
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginLeft: margin([...names.values()]),
    marginRight: 50,
    style: { fontSize: '11px' },
    x: {
      label: context.labels.contribution,
      grid: true,
      ...(methodology.result.type === 'points' ? { domain: [0, 100] } : {}),
    },
    y: { label: null, domain: units.map((unit) => unit.unit), tickFormat: (code: string) => names.get(code) },
    color: { type: 'ordinal', domain, range },
    marks: [
      Plot.barX(segments, { x: 'value', y: 'unit', fill: 'key', insetTop: 2, insetBottom: 2 }),
      Plot.text(
        units.map((unit) => ({
          unit: unit.unit,
          value: dec(unit.index!).toNumber(),
          text: unit.indexDisplay,
        })),
        { x: 'value', y: 'unit', text: 'text', dx: 4, textAnchor: 'start' },
      ),
      Plot.ruleX([0]),
    ],
  })
  const legend = additive
    ? context.areas.map((area, index) => ({
        colour: AREA_COLOURS[index % AREA_COLOURS.length]!,
        label: `${area.code}. ${area.title}`,
      }))
    : methodology.bands.map((band) => ({
        colour: context.bandColour(band.code),
        label: context.bandLabel(band.code),
      }))
  return {
    svg: standalone(svg),
    width: WIDTH,
    height,
    legend,
    shown: units.length,
    total: ranked.length,
    additive,
  }
}

/**
 * The profile of one unit: its index in each area (blue) against the median (grey) and the best (green),
 * a grey line from the unit to the best.
 *
 * @example
 * ```ts
 * profileChart(context, runtime, 'lang-chanh').height // 50 + 28 × areas + 30
 * ```
 */
export function profileChart(context: ReportContext, runtime: PlotRuntime, unitCode: string): DocxChart {
  const { Plot, document } = runtime
  const { methodology } = context.compiled
  const rows = areaProfile(
    context.scorecard,
    context.areas.map((area) => area.code),
    unitCode,
  )
  const titles = new Map(
    context.areas.map((area) => [area.code, truncateLabel(`${area.code}. ${area.title}`, 40)]),
  )
  const keys = ['median', 'best', 'unit'] as const
  const dots = rows.flatMap((row) =>
    keys
      .filter((key) => row[key] !== null)
      .map((key) => ({ area: row.area, key, value: row[key]!.toNumber() })),
  )
  const gaps = rows
    .filter((row) => row.unit !== null && row.best !== null)
    .map((row) => ({ area: row.area, from: row.unit!.toNumber(), to: row.best!.toNumber() }))
  const lowest = Math.min(100, ...dots.map((dot) => dot.value))
  const height = 50 + 28 * rows.length + 30
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginLeft: margin([...titles.values()]),
    marginRight: 30,
    style: { fontSize: '11px' },
    x: {
      label: context.labels.index,
      grid: true,
      ...(methodology.result.type === 'points'
        ? { domain: [Math.max(0, Math.floor((lowest - 5) / 10) * 10), 100] }
        : {}),
    },
    y: {
      label: null,
      domain: context.areas.map((area) => area.code),
      tickFormat: (code: string) => titles.get(code),
    },
    color: {
      type: 'ordinal',
      domain: ['unit', 'median', 'best'],
      range: [SERIES_COLOURS.unit, SERIES_COLOURS.median, SERIES_COLOURS.best],
    },
    marks: [
      Plot.ruleY(gaps, { y: 'area', x1: 'from', x2: 'to', stroke: '#c5ccd6', strokeWidth: 2 }),
      Plot.dot(dots, { x: 'value', y: 'area', fill: 'key', r: 5 }),
    ],
  })
  const legend = [
    { colour: SERIES_COLOURS.unit, label: context.nameOf(unitCode) },
    { colour: SERIES_COLOURS.median, label: context.labels.median },
    { colour: SERIES_COLOURS.best, label: context.labels.best },
  ]
  return { svg: standalone(svg), width: WIDTH, height, legend, shown: 1, total: 1 }
}

/**
 * The rank intervals of a simulation: a line from the 5th to the 95th percentile of each unit's rank, a dot
 * at the median and a red tick at the current rank, in the order of the current ranking.
 *
 * @example
 * ```ts
 * simulationChart(context, runtime, simulation, ['lang-chanh']).shown // 27
 * ```
 */
export function simulationChart(
  context: ReportContext,
  runtime: PlotRuntime,
  simulation: SimulationFile,
  focus: ReadonlyArray<string>,
): DocxChart {
  const { Plot, document } = runtime
  const rankOf = new Map(context.ranked.map((unit, index) => [unit.unit, index]))
  const entries = simulation.units
    .filter((entry) => entry.p5 !== null && entry.p95 !== null && entry.median !== null)
    .sort((a, b) => (rankOf.get(a.unit) ?? 0) - (rankOf.get(b.unit) ?? 0))
  const shown = new Set(
    chartUnits(
      entries.map((entry) => entry.unit),
      focus,
    ),
  )
  const drawn = entries.filter((entry) => shown.has(entry.unit))
  const names = new Map(drawn.map((entry) => [entry.unit, context.nameOf(entry.unit)]))
  const last = Math.max(1, ...entries.map((entry) => entry.p95!), context.ranked.length)
  const height = 40 + 20 * drawn.length + 30
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginLeft: margin([...names.values()]),
    marginRight: 30,
    style: { fontSize: '11px' },
    x: { label: context.labels.rank, domain: [1, last], grid: true },
    y: {
      label: null,
      domain: drawn.map((entry) => entry.unit),
      tickFormat: (code: string) => names.get(code),
    },
    marks: [
      Plot.ruleY(drawn, { y: 'unit', x1: 'p5', x2: 'p95', stroke: '#1f5fa8', strokeWidth: 3 }),
      Plot.dot(drawn, { x: 'median', y: 'unit', fill: '#1f5fa8', r: 4 }),
      Plot.tickX(
        drawn.filter((entry) => entry.nominalRank !== null),
        { x: 'nominalRank', y: 'unit', stroke: '#b42318', strokeWidth: 2 },
      ),
    ],
  })
  return {
    svg: standalone(svg),
    width: WIDTH,
    height,
    legend: [],
    shown: drawn.length,
    total: entries.length,
  }
}

/**
 * The rank of the given units over a panel's periods, one line each (rank 1 at the top).
 *
 * @example
 * ```ts
 * trendChart(context, runtime, periods, ['thieu-hoa', 'nga-son']).legend.length // 2
 * ```
 */
export function trendChart(
  context: ReportContext,
  runtime: PlotRuntime,
  periods: ReadonlyArray<PeriodScorecard>,
  units: ReadonlyArray<string>,
): DocxChart {
  const { Plot, document } = runtime
  const points = periods.flatMap(({ period, scorecard }) =>
    scorecard.units
      .filter((unit) => units.includes(unit.unit) && unit.rank !== null)
      .map((unit) => ({ unit: unit.unit, period, rank: unit.rank! })),
  )
  const names = new Map<string, string>()
  for (const { scorecard } of periods)
    for (const unit of scorecard.units)
      if (units.includes(unit.unit)) names.set(unit.unit, unit.name ?? unit.unit)
  const colours = units.map((_, index) => AREA_COLOURS[index % AREA_COLOURS.length]!)
  const height = 320
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginRight: 40,
    style: { fontSize: '11px' },
    x: { label: null, domain: periods.map((p) => p.period), type: 'point' },
    y: { label: context.labels.rank, reverse: true, grid: true },
    color: { type: 'ordinal', domain: [...units], range: colours },
    marks: [
      Plot.line(points, { x: 'period', y: 'rank', stroke: 'unit', z: 'unit', strokeWidth: 2 }),
      Plot.dot(points, { x: 'period', y: 'rank', fill: 'unit', r: 4 }),
    ],
  })
  const legend = units.map((unit, index) => ({ colour: colours[index]!, label: names.get(unit) ?? unit }))
  return { svg: standalone(svg), width: WIDTH, height, legend, shown: units.length, total: units.length }
}
