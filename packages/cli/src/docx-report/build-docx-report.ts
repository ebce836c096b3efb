import { dec, formatFixed, localize } from '@chiso/core'
import { areaProfile } from '../html-report/area-profile.js'
import type { ReportInputs } from '../html-report/build-report.js'
import { reportDiagnostics } from '../html-report/diagnostics-section.js'
import { displayNumber } from '../html-report/display-number.js'
import type { PlanFile } from '../html-report/input-schemas.js'
import { ownerRows } from '../html-report/owners-section.js'
import { loadPlotRuntime } from '../html-report/plot-runtime.js'
import { previousRanks, type RankChange, rankChange } from '../html-report/rank-change.js'
import { createReportContext, type ReportContext } from '../html-report/report-context.js'
import { DOCX_REPORT_MESSAGES, type DocxReportMessages } from '../messages/docx-report.js'
import { describeCostModel } from '../messages/plan-costs.js'
import { areasChart, type DocxChart, profileChart, simulationChart, trendChart } from './docx-charts.js'
import { BODY_SIZE, type DocxModule, type DocxParts, docxParts } from './docx-parts.js'
import { pinDocx } from './pin-docx.js'
import { loadSvgRasteriser, type SvgRasteriser } from './svg-to-png.js'

/** Width of a chart on an A4 page with the margins of an official document (30 mm left, 15 mm right). */
const PICTURE_WIDTH = 620
/** Charts are drawn at twice their size on the page, so they stay sharp when printed. */
const ZOOM = 2
const FOCUS_FILL = 'E8F0FB'
const MOVERS = 5

type Block = import('docx').Paragraph | import('docx').Table

interface Tools {
  readonly docx: DocxModule
  readonly parts: DocxParts
  readonly words: DocxReportMessages
  readonly context: ReportContext
  readonly toPng: SvgRasteriser
  /** The next picture's id in this document (docx would count across every document of the process). */
  readonly pictureId: () => string
}

/**
 * Builds the Word report (`chiso report --format docx`): the same sections as the HTML report — header,
 * ranking, trend, index by area, a unit's profile, plan, owners, simulation — as Word headings, tables and
 * PNG charts, in Vietnamese by default, ready to paste into a *báo cáo*. Same inputs, same bytes: the
 * document's dates and the ZIP's times are pinned, pictures are named by their content, and the charts are
 * drawn with a font shipped with chiso, never the machine's.
 *
 * @example
 * ```ts
 * const bytes = await buildDocxReport({ compiled, scorecard, dataset: 'districts-2023.csv', language: 'vi' })
 * bytes[0] === 0x50 && bytes[1] === 0x4b // true: a ZIP container
 * ```
 */
export async function buildDocxReport(input: ReportInputs): Promise<Uint8Array> {
  const [docx, runtime, toPng] = await Promise.all([import('docx'), loadPlotRuntime(), loadSvgRasteriser()])
  const context = createReportContext(input.compiled, input.scorecard, input.language)
  let pictures = 0
  const tools: Tools = {
    pictureId: () => String(++pictures),
    docx,
    parts: docxParts(docx),
    words: DOCX_REPORT_MESSAGES[input.language],
    context,
    toPng,
  }
  const focusUnit = input.unit ?? input.plan?.unit ?? context.ranked[0]?.unit
  const focus = [focusUnit, input.plan?.unit].filter((unit): unit is string => unit !== undefined)
  const previous = input.previous === undefined ? undefined : previousRanks(input.previous.ranking)
  const changes =
    previous === undefined
      ? undefined
      : new Map(context.ranked.map((unit) => [unit.unit, rankChange(unit.unit, unit.rank, previous)]))
  const title = input.title ?? localize(input.compiled.methodology.title, input.language)
  const children: Block[] = [
    ...headerBlocks(tools, title, input),
    ...rankingBlocks(tools, focusUnit, changes, input.previous?.name),
    ...(input.trend === undefined ? [] : trendBlocks(tools, runtime, input.trend, focus)),
    ...areaBlocks(tools, areasChart(context, runtime, focus)),
    ...(focusUnit === undefined ? [] : profileBlocks(tools, runtime, focusUnit)),
    ...(input.plan === undefined ? [] : planBlocks(tools, input.plan)),
    ...(input.owners === undefined || focusUnit === undefined
      ? []
      : ownersBlocks(tools, input.owners, input.plan?.unit ?? focusUnit, input.plan)),
    ...(input.simulation === undefined ? [] : simulationBlocks(tools, runtime, input.simulation, focus)),
    ...diagnosticsBlocks(tools),
    tools.parts.note(context.labels.footer),
  ]
  const document = new docx.Document({
    title,
    subject: tools.words.subject,
    creator: 'chiso report',
    lastModifiedBy: 'chiso report',
    description: `${input.compiled.methodology.id}@${input.compiled.methodology.version} ${input.compiled.fingerprint}`,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: BODY_SIZE } },
        heading1: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' } },
        heading2: { run: { font: 'Times New Roman', size: 28, bold: true, color: '000000' } },
        heading3: { run: { font: 'Times New Roman', size: BODY_SIZE, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
          },
        },
        children,
      },
    ],
  })
  return pinDocx(new Uint8Array(await docx.Packer.toArrayBuffer(document)))
}

function headerBlocks(tools: Tools, title: string, input: ReportInputs): Block[] {
  const { parts, context } = tools
  const { methodology, fingerprint } = context.compiled
  const { labels } = context
  return [
    parts.heading(title, 1),
    parts.paragraph(
      `${labels.methodology}: ${methodology.id}@${methodology.version}` +
        (input.title === undefined ? '' : ` — ${localize(methodology.title, context.language)}`),
    ),
    parts.paragraph(`${labels.fingerprint}: ${fingerprint}`),
    parts.paragraph(
      `${labels.dataset}: ${input.dataset} · ${context.scorecard.units.length} ${labels.units}`,
    ),
    ...(methodology.status === 'official'
      ? []
      : [
          parts.paragraph(methodology.status === 'draft' ? labels.draft : labels.illustrative, {
            bold: true,
            colour: '9A6A00',
          }),
        ]),
  ]
}

/** The data problems, as the HTML report lists them (same rows, same limit): none when scoring found none. */
function diagnosticsBlocks(tools: Tools): Block[] {
  const { parts, context } = tools
  const { labels } = context
  const { rows, errors, warnings, more } = reportDiagnostics(context)
  if (rows.length === 0) return []
  return [
    parts.heading(labels.diagnostics, 2),
    parts.note(labels.diagnosticsNote(errors, warnings)),
    parts.table(
      [labels.severity, labels.where, labels.problem],
      rows.map(([severity, where, problem, code]) => [severity, where, `${problem} (${code})`]),
    ),
    ...(more > 0 ? [parts.note(labels.diagnosticsMore(more))] : []),
  ]
}

function changeText(change: RankChange, newUnit: string): string {
  switch (change.kind) {
    case 'up':
      return `▲ ${change.by}`
    case 'down':
      return `▼ ${change.by}`
    case 'same':
      return '='
    case 'new':
      return newUnit
    case 'unknown':
      return '—'
  }
}

function rankingBlocks(
  tools: Tools,
  focus: string | undefined,
  changes: ReadonlyMap<string, RankChange> | undefined,
  comparedWith: string | undefined,
): Block[] {
  const { parts, context, words } = tools
  const { labels, areas } = context
  const display = context.compiled.methodology.display
  const withBands = context.compiled.methodology.bands.length > 0
  const head = [
    labels.rank,
    ...(changes ? [labels.change] : []),
    labels.unit,
    labels.index,
    ...(withBands ? [labels.band] : []),
    ...areas.map((area) => area.code),
  ]
  const firstArea = head.length - areas.length
  const numeric = [
    0,
    ...(changes ? [1] : []),
    head.indexOf(labels.index),
    ...areas.map((_, i) => firstArea + i),
  ]
  const rows = context.ranked.map((unit) => [
    unit.rank === null ? '—' : String(unit.rank),
    ...(changes ? [changeText(changes.get(unit.unit) ?? { kind: 'unknown' }, labels.newUnit)] : []),
    context.nameOf(unit.unit),
    unit.indexDisplay ?? '—',
    ...(withBands ? [unit.band ?? labels.noBand] : []),
    ...areas.map((area) => displayNumber(unit.nodes[area.code]?.index ?? null, display)),
  ])
  return [
    parts.heading(labels.ranking, 2),
    ...(comparedWith === undefined ? [] : [parts.note(labels.comparedWith(comparedWith))]),
    parts.table(head, rows, {
      numeric,
      fills: context.ranked.map((unit) => (unit.unit === focus ? FOCUS_FILL : undefined)),
    }),
    parts.note(areas.map((area) => `${area.code}. ${area.title}`).join(' · ')),
    ...(focus === undefined ? [] : [parts.note(words.focus)]),
  ]
}

function picture(tools: Tools, chart: DocxChart, title: string): Block {
  const { docx } = tools
  const height = Math.round((chart.height * PICTURE_WIDTH) / chart.width)
  return new docx.Paragraph({
    children: [
      new docx.ImageRun({
        type: 'png',
        data: tools.toPng(chart.svg, ZOOM),
        transformation: { width: PICTURE_WIDTH, height },
        altText: { id: tools.pictureId(), name: title, title, description: title },
      }),
    ],
  })
}

function chartBlocks(tools: Tools, title: string, chart: DocxChart, notes: ReadonlyArray<string>): Block[] {
  const { parts, words, context } = tools
  return [
    parts.heading(title, 2),
    ...notes.map((text) => parts.note(text)),
    ...(chart.shown < chart.total ? [parts.note(context.labels.someUnits(chart.shown, chart.total))] : []),
    picture(tools, chart, words.chartOf(title)),
    ...(chart.legend.length === 0 ? [] : [parts.legend(words.legend, chart.legend)]),
  ]
}

function areaBlocks(tools: Tools, chart: ReturnType<typeof areasChart>): Block[] {
  // The chart falls back to the index alone when the areas do not add up; the note says which it drew.
  const { labels } = tools.context
  return chartBlocks(tools, labels.areas, chart, [chart.additive ? labels.areasNote : labels.notAdditive])
}

function profileBlocks(tools: Tools, runtime: Parameters<typeof areasChart>[1], unitCode: string): Block[] {
  const { parts, context } = tools
  const { labels } = context
  const name = context.nameOf(unitCode)
  const display = context.compiled.methodology.display
  const rows = areaProfile(
    context.scorecard,
    context.areas.map((area) => area.code),
    unitCode,
  )
  const titles = new Map(context.areas.map((area) => [area.code, `${area.code}. ${area.title}`]))
  return [
    ...chartBlocks(tools, labels.profile(name), profileChart(context, runtime, unitCode), [
      labels.profileNote,
    ]),
    parts.table(
      [labels.area, name, labels.median, labels.best],
      rows.map((row) => [
        titles.get(row.area)!,
        ...[row.unit, row.median, row.best].map((value) =>
          displayNumber(value === null ? null : value.toFixed(), display),
        ),
      ]),
      { numeric: [1, 2, 3] },
    ),
  ]
}

function describeTarget(plan: PlanFile, context: ReportContext): string {
  const { labels } = context
  switch (plan.target.kind) {
    case 'rise':
      return labels.targetRise(plan.target.ranks, plan.targetRank)
    case 'rank':
      return labels.targetRank(plan.targetRank)
    case 'overtake':
      return labels.targetOvertake(context.nameOf(plan.target.unit), plan.targetRank)
  }
}

function planBlocks(tools: Tools, plan: PlanFile): Block[] {
  const { parts, context } = tools
  const { labels } = context
  const display = context.compiled.methodology.display
  const show = (value: string | null) => displayNumber(value, display)
  const blocks: Block[] = [
    parts.heading(labels.plan(context.nameOf(plan.unit)), 2),
    parts.paragraph(`${labels.target}: ${describeTarget(plan, context)}. ${labels.planStatus[plan.status]}`),
    ...(plan.reason === null ? [] : [parts.note(plan.reason)]),
    ...(plan.costModel === undefined
      ? []
      : [parts.note(describeCostModel(plan.costModel, context.language))]),
  ]
  if (plan.status !== 'unreachable' && plan.status !== 'met') {
    blocks.push(
      plan.verified
        ? parts.note(labels.verified)
        : parts.paragraph(labels.notVerified, { bold: true, colour: 'B42318' }),
      parts.table(
        [labels.criterion, labels.title, labels.fromTo, labels.points, labels.indexGain, labels.cost],
        [
          ...plan.steps.map((step) => [
            step.node,
            localize(step.title, context.language),
            `${step.from} → ${step.to}`,
            `+${show(step.pointsGained)}`,
            step.indexGain === null ? '—' : `+${show(step.indexGain)}`,
            show(step.cost),
          ]),
          [labels.total, '', '', '', '', show(plan.cost)],
        ],
        { numeric: [3, 4, 5] },
      ),
    )
  }
  blocks.push(
    parts.table(
      ['', labels.index, labels.rank, labels.band],
      [
        [labels.before, plan.before.indexDisplay, String(plan.before.rank), plan.before.band ?? '—'],
        ...(plan.after === null
          ? []
          : [[labels.after, plan.after.indexDisplay, String(plan.after.rank), plan.after.band ?? '—']]),
      ],
      { numeric: [1, 2] },
    ),
  )
  return blocks
}

function ownersBlocks(
  tools: Tools,
  owners: NonNullable<ReportInputs['owners']>,
  unit: string,
  plan: PlanFile | undefined,
): Block[] {
  const { parts, context, words } = tools
  const display = context.compiled.methodology.display
  if (!context.scorecard.units.some((u) => u.unit === unit)) return []
  const rows = ownerRows(context, owners, unit, plan, words.noOwner).map(({ owner, steps, gaps }) => [
    owner,
    steps.join('; '),
    gaps
      .map((g) => `${g.node} ${g.title} (${displayNumber(g.lost, display)} ${words.pointsLost})`)
      .join('; '),
  ])
  return [
    parts.heading(words.ownersTitle(context.nameOf(unit)), 2),
    parts.note(words.ownersNote),
    parts.table([words.owner, words.ownerSteps, words.ownerGaps], rows),
  ]
}

function simulationBlocks(
  tools: Tools,
  runtime: Parameters<typeof areasChart>[1],
  simulation: NonNullable<ReportInputs['simulation']>,
  focus: string[],
): Block[] {
  const { parts, context } = tools
  const { labels } = context
  const rankOf = new Map(context.ranked.map((unit, index) => [unit.unit, index]))
  const target = simulation.targetRank
  const factors = simulation.factors.length === 0 ? labels.noFactors : simulation.factors.join(', ')
  const rows = simulation.units
    .slice()
    .sort((a, b) => (rankOf.get(a.unit) ?? 0) - (rankOf.get(b.unit) ?? 0))
    .map((entry) => [
      entry.nominalRank === null ? '—' : String(entry.nominalRank),
      context.nameOf(entry.unit),
      entry.median === null ? '—' : String(entry.median),
      entry.p5 === null ? '—' : `${entry.p5}–${entry.p95}`,
      ...(target === null
        ? []
        : [
            entry.probability === null
              ? '—'
              : `${formatFixed(dec(entry.probability).times(100), 1, 'half-up')} %`,
          ]),
    ])
  return [
    ...chartBlocks(tools, labels.simulation, simulationChart(context, runtime, simulation, focus), [
      labels.simulationNote(simulation.runs, simulation.seed, factors),
    ]),
    parts.table(
      [
        labels.nominalRank,
        labels.unit,
        labels.median,
        labels.p5p95,
        ...(target === null ? [] : [labels.probability(target)]),
      ],
      rows,
      { numeric: [0, 2, 3, 4] },
    ),
  ]
}

function trendBlocks(
  tools: Tools,
  runtime: Parameters<typeof areasChart>[1],
  trend: NonNullable<ReportInputs['trend']>,
  focus: string[],
): Block[] {
  const { parts, context, words } = tools
  const { comparison } = trend
  const moved = comparison.units.filter((u) => u.rankChange !== null)
  const byChange = (sign: 1 | -1) =>
    [...moved]
      .sort((a, b) => sign * ((b.rankChange ?? 0) - (a.rankChange ?? 0)) || (a.unit < b.unit ? -1 : 1))
      .slice(0, MOVERS)
      .filter((u) => sign * (u.rankChange ?? 0) > 0)
  const risers = byChange(1)
  const fallers = byChange(-1)
  const shown = [...new Set([...focus, ...risers.map((u) => u.unit), ...fallers.map((u) => u.unit)])]
  const display = context.compiled.methodology.display
  const table = (title: string, rows: typeof moved): Block[] =>
    rows.length === 0
      ? []
      : [
          parts.heading(title, 3),
          parts.table(
            [context.labels.unit, context.labels.rank, 'Δ', context.labels.index],
            rows.map((u) => [
              u.name ?? u.unit,
              `${u.from?.rank ?? '—'} → ${u.to.rank ?? '—'}`,
              `${u.rankChange !== null && u.rankChange > 0 ? '+' : ''}${u.rankChange ?? ''}`,
              `${displayNumber(u.from?.index ?? null, display)} → ${displayNumber(u.to.index, display)}`,
            ]),
            { numeric: [1, 2, 3] },
          ),
        ]
  return [
    ...chartBlocks(tools, words.trendTitle, trendChart(context, runtime, trend.periods, shown), [
      words.trendNote,
    ]),
    parts.heading(words.movers(comparison.from, comparison.to), 3),
    ...(comparison.ranks === 're-ranked' ? [parts.note(words.reRanked)] : []),
    ...table(words.rose, risers),
    ...table(words.fell, fallers),
  ]
}
