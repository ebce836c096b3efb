import { dec, formatFixed } from '@chiso/core'
import { labelMargin } from './chart-text.js'
import { chartUnits } from './chart-units.js'
import { escapeHtml } from './escape-html.js'
import type { SimulationFile } from './input-schemas.js'
import type { PlotRuntime } from './plot-runtime.js'
import type { ReportContext } from './report-context.js'

/**
 * The rank intervals of a simulation (`chiso simulate --json`): for each unit, in the order of its current
 * rank, a line from the 5th to the 95th percentile of its rank over the runs, a dot at the median and a red
 * tick at the current rank; then the same numbers in a table, with the probability of the target rank when
 * the simulation had one. Beyond {@link CHART_UNIT_LIMIT} units the chart keeps the top and the units in
 * focus; the table lists every unit.
 *
 * @example
 * ```ts
 * renderSimulationSection(context, await loadPlotRuntime(), simulation, { focus: ['lang-chanh'] })
 * // '<section id="simulation"><h2>Khoảng hạng khi có bất định</h2>…<svg …>…</svg>…</section>'
 * ```
 */
export function renderSimulationSection(
  context: ReportContext,
  runtime: PlotRuntime,
  simulation: SimulationFile,
  options: { focus: ReadonlyArray<string> },
): string {
  const { Plot, document } = runtime
  const { labels } = context
  const rankOf = new Map(context.ranked.map((unit, index) => [unit.unit, index]))
  const entries = simulation.units
    .filter((entry) => entry.p5 !== null && entry.p95 !== null && entry.median !== null)
    .sort((a, b) => (rankOf.get(a.unit) ?? 0) - (rankOf.get(b.unit) ?? 0))
  const shown = new Set(
    chartUnits(
      entries.map((entry) => entry.unit),
      options.focus,
    ),
  )
  const drawn = entries.filter((entry) => shown.has(entry.unit))
  const names = new Map(drawn.map((entry) => [entry.unit, context.nameOf(entry.unit)]))
  const label = (entry: (typeof drawn)[number]) =>
    `${context.nameOf(entry.unit)}: ${labels.nominalRank} ${entry.nominalRank ?? '—'}, ${labels.median} ${entry.median}, ${labels.p5p95} ${entry.p5}–${entry.p95}`
  const last = Math.max(1, ...entries.map((entry) => entry.p95!), context.ranked.length)
  const svg = Plot.plot({
    document,
    className: 'chiso-ranks',
    width: 900,
    height: 40 + 20 * drawn.length + 30,
    marginLeft: labelMargin([...names.values()]),
    marginRight: 30,
    style: { fontSize: '11px' },
    x: { label: labels.rank, domain: [1, last], grid: true },
    y: {
      label: null,
      domain: drawn.map((entry) => entry.unit),
      tickFormat: (code: string) => names.get(code) ?? code,
    },
    marks: [
      Plot.ruleY(drawn, {
        y: 'unit',
        x1: 'p5',
        x2: 'p95',
        stroke: '#1f5fa8',
        strokeWidth: 3,
        title: label,
      }),
      Plot.dot(drawn, { x: 'median', y: 'unit', fill: '#1f5fa8', r: 4 }),
      Plot.tickX(
        drawn.filter((entry) => entry.nominalRank !== null),
        { x: 'nominalRank', y: 'unit', stroke: '#b42318', strokeWidth: 2 },
      ),
    ],
  })
  const target = simulation.targetRank
  const factors = simulation.factors.length === 0 ? labels.noFactors : simulation.factors.join(', ')
  const head = [
    `<th class="num">${labels.nominalRank}</th>`,
    `<th>${labels.unit}</th>`,
    `<th class="num">${labels.median}</th>`,
    `<th class="num">${labels.p5p95}</th>`,
    ...(target === null ? [] : [`<th class="num">${escapeHtml(labels.probability(target))}</th>`]),
  ]
  const rows = simulation.units
    .slice()
    .sort((a, b) => (rankOf.get(a.unit) ?? 0) - (rankOf.get(b.unit) ?? 0))
    .map(
      (entry) =>
        `<tr data-unit="${escapeHtml(entry.unit)}"><td class="num">${entry.nominalRank ?? '—'}</td><td>${escapeHtml(context.nameOf(entry.unit))}</td>` +
        `<td class="num">${entry.median ?? '—'}</td><td class="num">${entry.p5 === null ? '—' : `${entry.p5}–${entry.p95}`}</td>` +
        (target === null
          ? ''
          : `<td class="num">${entry.probability === null ? '—' : percent(entry.probability)}</td>`) +
        '</tr>',
    )
  return [
    '<section id="simulation">',
    `<h2>${labels.simulation}</h2>`,
    `<p class="note">${escapeHtml(labels.simulationNote(simulation.runs, simulation.seed, factors))}</p>`,
    ...(drawn.length < entries.length
      ? [`<p class="note">${escapeHtml(labels.someUnits(drawn.length, entries.length))}</p>`]
      : []),
    `<div class="chart">${svg.outerHTML}</div>`,
    `<div class="scroll"><table class="simulation"><thead><tr>${head.join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
    '</section>',
  ].join('\n')
}

/** A probability (a decimal string from 0 to 1) as a percentage with one decimal: '0.1835' → '18.4 %'. */
function percent(probability: string): string {
  return `${formatFixed(dec(probability).times(100), 1, 'half-up')} %`
}
