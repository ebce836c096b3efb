import type { ImportResult } from '@chiso/adapters'
import { scorecardToCsv } from '@chiso/adapters/csv'
import type { CompiledMethodology, Scorecard, ScorecardByUnit } from '@chiso/core'
import { rankByNode } from '@chiso/core'
import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatDiagnosticsSummary } from '../format/diagnostics.js'
import { treeOrder } from '../format/ordered-json.js'
import { formatRankingTable } from '../format/ranking-table.js'
import { writeContractJson } from '../format/scorecard-json.js'
import { createStylist } from '../format/style.js'
import { writeInChunks, writeOutputFile, writeOutputFileInChunks } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { noteWrote } from './notes.js'
import { loadPeriodMethodologies } from './period-methodologies.js'
import {
  type PanelScoreOptions,
  panelOnlyOption,
  reexpressCommand,
  scorePanelCommand,
} from './score-panel.js'
import { refuseUsage, usageWordsOf } from './usage-error.js'

/**
 * The output formats of `chiso score`.
 *
 * @example
 * ```ts
 * SCORE_FORMATS.includes('xlsx') // true
 * ```
 */
export const SCORE_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const

/**
 * Options of `chiso score`.
 *
 * @example
 * ```ts
 * const options: ScoreOptions = { format: 'xlsx', out: 'xep-hang.xlsx', sheet: 'TC3' }
 * ```
 */
export interface ScoreOptions extends DataOptions, PanelScoreOptions {
  /** `table` (default), `json` (the CLI contract's object), `csv` or `xlsx` (needs `out`). */
  format?: (typeof SCORE_FORMATS)[number]
  /** Same as `format: 'json'`. */
  json?: boolean
  /** Write to this file instead of stdout. */
  out?: string
  /** Keep each node's status, trace and steps in the JSON output. */
  trace?: boolean
  /** Rank the units on this node (a sub-index, a pillar) instead of the index. */
  rankBy?: string
}

/**
 * `chiso score METHODOLOGY DATA [--format table|json|csv|xlsx] [--out FILE] [--trace]`: compiles the
 * methodology, reads the data (CSV wide or long, XLSX, or a dataset JSON/YAML), scores and ranks every unit,
 * and prints the ranking table, the JSON object of the CLI contract, a CSV, or writes an XLSX workbook.
 * Rejected cells exit 1 unless `allowRejects`; diagnostics about the data never change the exit code.
 *
 * @example
 * ```ts
 * await scoreCommand('pci.methodology.yaml', 'pci-2021.csv', { format: 'json' }, context)
 * // stdout: { "methodology": { "id": "pci", … }, "units": [ … ], "diagnostics": [] }
 * // → 0
 * ```
 */
export async function scoreCommand(
  methodologyFile: string,
  dataFile: string,
  options: ScoreOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const format = options.json ? 'json' : (options.format ?? 'table')
  if (format === 'xlsx' && options.out === undefined) {
    refuseUsage(context, usageWordsOf(context).needsOut('--format xlsx', 'FILE.xlsx'))
    return EXIT.USAGE
  }
  const methodologies = await loadPeriodMethodologies(methodologyFile, io.cwd, context.limits)
  let imported: ImportResult | undefined = await loadData(dataFile, options, context, methodologies.single, {
    panel: true,
    ...(methodologies.single ? {} : { leaves: methodologies.leaves }),
  })
  if (imported.panel !== undefined) {
    if (options.rankBy !== undefined) {
      refuseUsage(context, usageWordsOf(context).rankByPanel)
      return EXIT.USAGE
    }
    return scorePanelCommand(imported.panel, methodologies, dataFile, { ...options, format }, context)
  }
  const refused = panelOnlyOption(options, methodologies.single === undefined, context.language ?? 'en')
  if (refused !== undefined) {
    refuseUsage(context, refused)
    return EXIT.USAGE
  }
  const compiled = methodologies.single as CompiledMethodology
  const trace = options.trace === true
  // Ranking by another node, re-expressing and the workbook read the whole scorecard; the JSON, CSV and table
  // take it unit by unit, so every node result of every unit is never alive at once (at 10 000 units ×
  // 100 leaves that is over a million objects and their strings).
  const whole = options.rankBy !== undefined || options.asOf !== undefined || format === 'xlsx'
  // The dataset is not kept once scored: it can be collected while the output is written
  // (at 10 000 units × 100 leaves its observations and origins are about 150 MB).
  const data = { dataset: imported.dataset as ImportResult['dataset'] | undefined }
  imported = undefined
  if (!whole) {
    const byUnit = compiled.evaluateByUnit(data.dataset, { trace })
    data.dataset = undefined
    return writeScorecard(byUnit, compiled, { ...options, format }, context)
  }
  const evaluated = compiled.evaluate(data.dataset, { trace })
  data.dataset = undefined
  const scorecard =
    options.rankBy === undefined
      ? evaluated
      : rankByNode(evaluated, options.rankBy, compiled.methodology.ranking.method)
  if (options.asOf !== undefined) {
    return reexpressCommand(
      { period: options.period as string, scorecard },
      compiled,
      { ...options, format },
      context,
    )
  }
  return writeScorecard(scorecard, compiled, { ...options, format }, context)
}

/**
 * Writes a scorecard as `chiso score` does: the JSON contract (streamed, unit by unit), a CSV, an XLSX
 * workbook, or the ranking table with the diagnostics summary on stderr. A {@link ScorecardByUnit} is read
 * one unit's nodes at a time; the workbook needs a whole {@link Scorecard}.
 */
async function writeScorecard(
  scorecard: Scorecard | ScorecardByUnit,
  compiled: CompiledMethodology,
  options: ScoreOptions & { format: (typeof SCORE_FORMATS)[number] },
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const { format } = options
  const toFile = options.out !== undefined
  if (format === 'json') {
    // Streamed: at 10 000 units the text is over 100 MB (far more with --trace), never held whole.
    const order = treeOrder(compiled.methodology)
    const produce = (emit: (chunk: string) => void) =>
      writeContractJson(scorecard, order, { trace: options.trace === true }, emit)
    if (options.out !== undefined) {
      writeOutputFileInChunks(options.out, io.cwd, produce)
      noteWrote(context, options.out, (w) => w.units(scorecard.units.length))
    } else {
      writeInChunks(io.stdout, produce)
    }
    return EXIT.OK
  }
  let content: string | Uint8Array
  if (format === 'csv') {
    content = scorecardToCsv(scorecard, compiled.methodology)
  } else if (format === 'xlsx') {
    // Loaded only when asked for: the workbook library takes a noticeable part of a short run to load.
    const { scorecardToXlsx } = await import('@chiso/adapters/xlsx')
    // scoreCommand hands the workbook a whole scorecard (it reads every level's nodes more than once).
    content = await scorecardToXlsx(scorecard as Scorecard, compiled.methodology)
  } else {
    content = formatRankingTable(scorecard, compiled.methodology, {
      style: toFile ? createStylist(false) : context.out,
      language: context.language ?? 'en',
    })
    io.stderr.write(formatDiagnosticsSummary(scorecard.diagnostics, context.err, context.language ?? 'en'))
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.units(scorecard.units.length))
  } else {
    io.stdout.write(typeof content === 'string' ? content : '')
  }
  return EXIT.OK
}

/**
 * Adds `chiso score METHODOLOGY DATA [--format …] [--out FILE] [--trace] [data options]` to the program.
 *
 * @example
 * ```ts
 * registerScoreCommand(program, context, state)
 * ```
 */
export const registerScoreCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('score')
    .description('score and rank every unit (đơn vị) of a dataset under a methodology')
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV (wide or long), XLSX, or a dataset JSON/YAML')
    .addOption(
      new Option('-f, --format <format>', 'output format (xlsx needs --out)')
        .choices([...SCORE_FORMATS])
        .default('table'),
    )
    .option('--json', 'same as --format json')
    .option('-o, --out <file>', 'write the result to this file (atomically) instead of stdout')
    .option('--trace', 'keep how every node’s value came about (status, trace, steps) in the JSON output')
    .option('--rank-by <node>', 'rank the units on this node (a sub-index, a pillar) instead of the index')
    .option(
      '--registry <file>',
      'panels: a unit registry (lineage), so merged, split and abolished units compare',
    )
    .option(
      '--weight <name>',
      'panels with --registry: weigh merged units by this registry weight (default: equal)',
    )
    .option('--compare <from:to>', 'panels: also compare these two periods (e.g. 2021:2023)')
    .option('--period <label>', 'one-period data with --as-of: the period it describes (e.g. 2021)')
    .option(
      '--as-of <day>',
      'with --registry and --period: re-express the ranking for the units in force that day',
    )
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'DATA: a wide CSV or sheet — a header row unit,name,<leaf code>,… (group optional; <code>:<field>',
        'for named fields such as 1.2:done and 1.2:total; <code>@appraisal for a source), one row per unit',
        '(or one column per unit: orientation: columns in a mapping) — or a long one: unit,node,value',
        '[,field][,source]. CSV: UTF-8 with or without BOM or UTF-16; "," ";" or tab delimited. Cells:',
        'decimals with "." or "," (7.98, 7,98, 1.234,5), 95% = 0.95; empty = missing; NA, N/A, KAD or',
        '"không áp dụng" = not applicable; có/không, yes/no, true/false = booleans. Titles above the',
        'header row are skipped. A mapping file renames headers to leaf codes (see docs/importing-spreadsheets.md).',
        'Any rejected cell: exit 1, listing each one, unless --allow-rejects.',
        '',
        'JSON output: { methodology: { id, version, fingerprint }, units: [{ unit, name, score, max,',
        'index, indexDisplay, rank, band, nodes }], diagnostics } — every decimal is a string.',
        'CSV output: rank,unit,name,group,index,indexDisplay,score,max,band,<node>… per unit.',
        'XLSX output: a Ranking sheet, one sheet per level and a Diagnostics sheet, ready to print.',
        'Diagnostics about the data never change the exit code.',
        '',
        'Panels: a DATA file with a period column (period, year, năm, kỳ; JSON: { periods: [dataset…] }) is',
        'scored period by period, each under the methodology in force (METHODOLOGY may be a map file',
        '{ periods: { "2022": v1.yaml, "2023": id@version } }), then the changes between consecutive periods',
        '(and --compare A:B) are shown per unit: index, rank and band, and how the earlier figure was formed.',
        'JSON: { periods: [{ period, scorecard }], changes, missing }. CSV: the changes, one row per unit.',
        'XLSX: one ranking sheet per period and a Changes sheet.',
        '',
        'Examples:',
        '  $ chiso score examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv',
        '  $ chiso score examples/district-cchc/district.methodology.yaml examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx --format csv --out scores.csv',
        '  $ chiso score examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --format json --out pci-2021.json',
        '  $ chiso score examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --format xlsx --out pci-2021.xlsx',
        '  $ chiso score examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --json --trace',
        '  $ chiso score examples/district-cchc/panel/periods.yaml examples/district-cchc/panel/districts-panel.synthetic.csv --compare 2022:2025',
        '  $ chiso score examples/district-cchc/panel/periods.yaml examples/district-cchc/panel/districts-panel.synthetic.csv --registry examples/district-cchc/panel/units.registry.yaml --weight staff',
        '  $ chiso score examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --registry examples/pci-2021/provinces-2025.registry.yaml --period 2021 --as-of 2025-07-01',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: ScoreOptions) => {
      state.exitCode = await scoreCommand(methodology, data, options, context)
    })
}
