import type { PanelImport } from '@chiso/adapters'
import {
  ChisoError,
  type CompiledMethodology,
  checkRegistryCovers,
  copyErrorReason,
  isChisoError,
  type PanelScorecards,
  type PeriodComparison,
  periodChanges,
  reexpressScorecard,
  type Scorecard,
  scorePanel,
  type UnitRegistry,
} from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatDiagnosticsSummary } from '../format/diagnostics.js'
import { treeOrder } from '../format/ordered-json.js'
import { changeRows, formatPanelChanges, formatReexpression } from '../format/panel-changes.js'
import { formatRankingTable } from '../format/ranking-table.js'
import { writeContractJson } from '../format/scorecard-json.js'
import { createStylist } from '../format/style.js'
import { writeOutputFile } from '../io/write-output.js'
import type { Language } from '../messages/language.js'
import { USAGE_MESSAGES } from '../messages/usage.js'
import type { CommandContext } from './context.js'
import { loadRegistry } from './load-registry.js'
import { noteWrote } from './notes.js'
import type { PeriodMethodologies } from './period-methodologies.js'
import { refuseUsage, usageWordsOf } from './usage-error.js'

/**
 * The options of `chiso score` that only panels use.
 *
 * @example
 * ```ts
 * const options: PanelScoreOptions = { registry: 'provinces.registry.yaml', weight: 'population', compare: '2021:2024' }
 * ```
 */
export interface PanelScoreOptions {
  /** A unit registry file: lineage across merges, splits, renamings and abolitions. */
  registry?: string
  /** With a registry: the registry weight merged units are combined with (default: equal weights). */
  weight?: string
  /** Also compare these two periods (`2021:2024`). */
  compare?: string
  /** Language of the changes' text. */
  lang?: 'vi' | 'en'
  /** One-period data with --registry: re-express its ranking for the units in force on this day. */
  asOf?: string
  /** The period of one-period data (for --as-of). */
  period?: string
}

/**
 * Why a panel-only option cannot be used on one period's data (`undefined` when none was given): every option
 * has an effect or is refused.
 *
 * @example
 * ```ts
 * panelOnlyOption({ compare: '2021:2023' }, false) // '--compare needs a DATA file with several periods …'
 * ```
 */
export function panelOnlyOption(
  options: PanelScoreOptions,
  periodMap: boolean,
  language: Language = 'en',
): string | undefined {
  const words = USAGE_MESSAGES[language]
  const given = [
    options.registry === undefined ? '' : '--registry',
    options.weight === undefined ? '' : '--weight',
    options.compare === undefined ? '' : '--compare',
  ].filter(Boolean)
  if (periodMap) return words.periodMapNeedsPanel
  if (options.asOf !== undefined || options.period !== undefined) {
    if (options.registry === undefined || options.asOf === undefined || options.period === undefined)
      return words.asOfTogether
    if (options.compare !== undefined) return words.needsPanel('--compare')
    return undefined
  }
  if (given.length > 0) return words.needsPanel(given.join(', '))
  return undefined
}

/**
 * `chiso score` over a panel: scores each period under the methodology in force for it, compares consecutive
 * periods (and `--compare A:B`) unit by unit — through the registry when one is given — and writes the
 * scorecards and changes as text, JSON, CSV (the changes) or XLSX (a ranking sheet per period and the changes).
 *
 * @example
 * ```ts
 * await scorePanelCommand(imported.panel, methodologies, 'panel.csv', { format: 'json' }, context)
 * // stdout: { "periods": [{ "period": "2021", "scorecard": { … } }, …], "changes": [ … ], "missing": [] }
 * ```
 */
export async function scorePanelCommand(
  panel: PanelImport,
  methodologies: PeriodMethodologies,
  dataFile: string,
  options: PanelScoreOptions & { format: string; out?: string; trace?: boolean },
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  if (options.asOf !== undefined || options.period !== undefined) {
    refuseUsage(context, usageWordsOf(context).periodAsOfPanel)
    return EXIT.USAGE
  }
  if (options.weight !== undefined && options.registry === undefined) {
    refuseUsage(context, usageWordsOf(context).weightNeedsRegistry)
    return EXIT.USAGE
  }
  const labels = panel.periods.map((p) => p.period)
  let compare: [string, string] | undefined
  if (options.compare !== undefined) {
    const [from, to, ...rest] = options.compare.split(':')
    if (
      from === undefined ||
      to === undefined ||
      rest.length > 0 ||
      !labels.includes(from) ||
      !labels.includes(to) ||
      from === to
    ) {
      refuseUsage(context, usageWordsOf(context).compareTwoPeriods(labels.join(', ')))
      return EXIT.USAGE
    }
    compare = [from, to]
  }
  const registry = options.registry === undefined ? undefined : loadRegistry(options.registry, io.cwd)
  if (registry) {
    try {
      checkRegistryCovers(
        registry,
        panel.periods.map((p) => ({ period: p.period, units: p.dataset.units.map((unit) => unit.code) })),
      )
    } catch (error) {
      throw placed(error, options.registry as string)
    }
  }
  let result: PanelScorecards
  try {
    result = scorePanel(
      panel.periods.map(({ period, dataset }) => ({ period, dataset })),
      methodologies.methodologyFor,
      { trace: options.trace === true, ...(registry ? { registry } : {}) },
    )
  } catch (error) {
    throw placed(error, methodologies.single ? dataFile : methodologies.file)
  }
  const comparisons = compareAll(result, methodologies, registry, options.weight, compare)

  let content: string | Uint8Array
  const toFile = options.out !== undefined
  if (options.format === 'json') {
    const parts: string[] = ['{\n  "periods": [\n']
    result.periods.forEach(({ period, scorecard }, i) => {
      const compiled = methodologies.methodologyFor(period)!
      const chunks: string[] = []
      writeContractJson(scorecard, treeOrder(compiled.methodology), { trace: options.trace === true }, (c) =>
        chunks.push(c),
      )
      parts.push(
        `    { "period": ${JSON.stringify(period)}, "scorecard": ${chunks.join('').trimEnd()} }${i < result.periods.length - 1 ? ',' : ''}\n`,
      )
    })
    parts.push(`  ],\n  "changes": ${JSON.stringify(comparisons, null, 2).replace(/\n/g, '\n  ')},\n`)
    parts.push(`  "missing": ${JSON.stringify(result.missing, null, 2).replace(/\n/g, '\n  ')}\n}\n`)
    content = parts.join('')
  } else if (options.format === 'csv') {
    const { csvRecord } = await import('@chiso/adapters/csv')
    const { header, rows } = changeRows(comparisons)
    content = [header, ...rows]
      .map((row) => csvRecord(row))
      .join('\n')
      .concat('\n')
  } else if (options.format === 'xlsx') {
    const { tablesToXlsx } = await import('@chiso/adapters/xlsx')
    const { rankingRows } = await import('@chiso/adapters')
    const changes = changeRows(comparisons)
    content = await tablesToXlsx([
      ...result.periods.map(({ period, scorecard }) => {
        const ranking = rankingRows(scorecard)
        const m = methodologies.methodologyFor(period)!.methodology
        return {
          name: sheetName(period),
          title: `${period} — ${m.id}@${m.version}`,
          ...ranking,
          numeric: [0, 4, 5, 6, 7],
        }
      }),
      { name: 'Changes', ...changes, numeric: [8, 9, 10, 11, 12, 13] },
    ])
  } else {
    const style = toFile ? createStylist(false) : context.out
    const parts = result.periods.map(({ period, scorecard }) => {
      const m = methodologies.methodologyFor(period)!.methodology
      return `${style('bold', `== ${period} · ${m.id}@${m.version} ==`)}\n${formatRankingTable(scorecard, m, { style })}`
    })
    // Diagnostics are per period, on stderr as for one period: nothing about the data goes unsaid.
    for (const { period, scorecard } of result.periods) {
      const summary = formatDiagnosticsSummary(scorecard.diagnostics, context.err, context.language ?? 'en')
      if (summary !== '') io.stderr.write(`${period}: ${summary}`)
    }
    content = `${parts.join('\n')}\n${formatPanelChanges(comparisons, result.missing, { style, language: options.lang ?? context.language ?? 'vi' })}`
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.periods(result.periods.length))
  } else io.stdout.write(typeof content === 'string' ? content : '')
  return EXIT.OK
}

/** Consecutive periods, then the chosen pair (when it is not already one of them). */
function compareAll(
  result: PanelScorecards,
  methodologies: PeriodMethodologies,
  registry: UnitRegistry | undefined,
  weight: string | undefined,
  compare: [string, string] | undefined,
): PeriodComparison[] {
  const byPeriod = new Map(result.periods.map((p) => [p.period, p]))
  const pairs: Array<[string, string]> = []
  for (let i = 1; i < result.periods.length; i++)
    pairs.push([result.periods[i - 1]!.period, result.periods[i]!.period])
  if (compare && !pairs.some(([a, b]) => a === compare[0] && b === compare[1])) pairs.push(compare)
  return pairs.map(([from, to]) =>
    periodChanges(byPeriod.get(from)!, byPeriod.get(to)!, {
      ...(registry ? { registry } : {}),
      ...(weight ? { weight } : {}),
      bands: methodologies.methodologyFor(from)!.methodology.bands,
    }),
  )
}

/** A core error about a file's content, placed in that file (the issues name it). */
function placed(error: unknown, file: string): unknown {
  if (!isChisoError(error) || error.code === 'INTERNAL') return error
  return new ChisoError(error.code, `${file}: ${error.message}`, {
    issues: (error.issues.length > 0 ? error.issues : [{ message: error.message }]).map((issue) =>
      copyErrorReason(issue, { ...issue, file }),
    ),
    ...(error.hint ? { hint: error.hint } : {}),
  })
}

/**
 * `chiso score … --registry R --period P --as-of DAY` on one period's data: the ranking of P re-expressed for
 * the units in force on DAY (a merged unit gets the weighted mean of its predecessors — the weight is named —,
 * a split one its parent's figure), re-ranked, with the units that ended listed. Text (a table with how each
 * figure was formed), JSON (the comparison object) or CSV (the change rows).
 *
 * @example
 * ```ts
 * await reexpressCommand({ period: '2021', scorecard }, compiled, { registry: 'r.yaml', asOf: '2025-07-01', format: 'table' }, context)
 * ```
 */
export async function reexpressCommand(
  earlier: { period: string; scorecard: Scorecard },
  compiled: CompiledMethodology,
  options: PanelScoreOptions & { format: string; out?: string },
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const registryFile = options.registry as string
  const registry = loadRegistry(registryFile, io.cwd)
  try {
    checkRegistryCovers(registry, [
      { period: earlier.period, units: earlier.scorecard.units.map((u) => u.unit) },
    ])
  } catch (error) {
    throw placed(error, registryFile)
  }
  const comparison = reexpressScorecard(earlier, options.asOf as string, registry, {
    ...(options.weight ? { weight: options.weight } : {}),
    bands: compiled.methodology.bands,
  })
  let content: string | Uint8Array
  if (options.format === 'json') content = `${JSON.stringify(comparison, null, 2)}\n`
  else if (options.format === 'csv') {
    const { csvRecord } = await import('@chiso/adapters/csv')
    const { header, rows } = changeRows([comparison])
    content = [header, ...rows]
      .map((row) => csvRecord(row))
      .join('\n')
      .concat('\n')
  } else if (options.format === 'xlsx') {
    const { tablesToXlsx } = await import('@chiso/adapters/xlsx')
    content = await tablesToXlsx([
      { name: options.asOf as string, ...changeRows([comparison]), numeric: [8, 11] },
    ])
  } else {
    const style = options.out === undefined ? context.out : createStylist(false)
    content = formatReexpression(comparison, registryFile, {
      style,
      language: options.lang ?? context.language ?? 'vi',
    })
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.units(comparison.units.length))
  } else io.stdout.write(typeof content === 'string' ? content : '')
  return EXIT.OK
}

/** A period label as a worksheet name: without the characters a sheet name may not hold, at most 31 long. */
function sheetName(period: string): string {
  return period.replace(/[\\/?*[\]:]/g, '-').slice(0, 31) || '-'
}
