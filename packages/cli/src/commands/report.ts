import { basename } from 'node:path'
import { ChisoError, type CompiledMethodology } from '@chiso/core'
import { Option } from 'commander'
import { buildDocxReport } from '../docx-report/build-docx-report.js'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { buildReport, type ReportInputs } from '../html-report/build-report.js'
import { checkPlanMatches, checkSimulationMatches } from '../html-report/check-inputs-match.js'
import { PlanFileSchema, PreviousRankingSchema, SimulationFileSchema } from '../html-report/input-schemas.js'
import type { ReportLanguage } from '../html-report/labels.js'
import { readReportInput } from '../html-report/read-report-input.js'
import { writeOutputFile } from '../io/write-output.js'
import type { Language } from '../messages/language.js'
import { USAGE_MESSAGES } from '../messages/usage.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { noteWrote } from './notes.js'
import { loadOwners } from './owners-file.js'
import { loadPeriodMethodologies } from './period-methodologies.js'
import { panelTrend } from './report-trend.js'
import { unitCodeOption } from './unit-code-option.js'
import { refuseUsage } from './usage-error.js'

/**
 * Options of `chiso report`.
 *
 * @example
 * ```ts
 * const options: ReportCommandOptions = { out: 'report.html', plan: 'plan.json', simulate: 'sim.json', lang: 'vi' }
 * ```
 */
export interface ReportCommandOptions extends DataOptions {
  /** The file to write (atomically); without it an HTML report goes to stdout (a Word report needs it). */
  out?: string
  /**
   * `html` (one self-contained page) or `docx` (a Word document with the same sections and PNG charts).
   * Default: `docx` when `--out` ends in `.docx`, else `html`.
   */
  format?: 'html' | 'docx'
  /** A plan written by `chiso plan --json`. */
  plan?: string
  /** A simulation written by `chiso simulate --json`. */
  simulate?: string
  /** A previous ranking written by `chiso score --format json`, for the change column. */
  previous?: string
  /** The unit to profile (default: the plan's unit, else the first-ranked). */
  unit?: string
  title?: string
  lang?: ReportLanguage
  /** Panels: a unit registry for the trend's comparison, and the weight of merged units. */
  registry?: string
  weight?: string
  /** An owners file: each office's plan steps and criteria losing points. */
  owners?: string
}

/**
 * `chiso report METHODOLOGY DATA [--out FILE.html] [--plan FILE] [--simulate FILE] [--previous FILE]`:
 * scores the data and writes one self-contained HTML file (inline style and SVG charts; no script, no
 * network): the ranking with bands and changes, each unit's index split by area, a unit's profile, and the
 * plan's steps and the simulation's rank intervals when given. Plans and simulations must come from the same
 * methodology (fingerprint) and data, or the command exits 1 naming the file, path, line and column.
 *
 * @example
 * ```ts
 * await reportCommand('district.methodology.yaml', 'districts-2023.csv', { out: 'report.html' }, context)
 * // stderr: wrote report.html (27 units)
 * // → 0
 * ```
 */
export async function reportCommand(
  methodologyFile: string,
  dataFile: string,
  options: ReportCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const format = options.format ?? (options.out?.toLowerCase().endsWith('.docx') ? 'docx' : 'html')
  const usage = reportFormatProblem(format, options.out, context.language ?? 'en')
  if (usage !== undefined) {
    refuseUsage(context, usage)
    return EXIT.USAGE
  }
  const methodologies = await loadPeriodMethodologies(methodologyFile, io.cwd, context.limits)
  const plan =
    options.plan === undefined
      ? undefined
      : readReportInput(options.plan, io.cwd, PlanFileSchema, 'INVALID_PLAN', 'a plan (chiso plan --json)')
  const simulation =
    options.simulate === undefined
      ? undefined
      : readReportInput(
          options.simulate,
          io.cwd,
          SimulationFileSchema,
          'INVALID_SIMULATION',
          'a simulation (chiso simulate --json)',
        )
  const previous =
    options.previous === undefined
      ? undefined
      : readReportInput(
          options.previous,
          io.cwd,
          PreviousRankingSchema,
          'INVALID_SCORECARD',
          'a ranking (chiso score --format json)',
        )
  const imported = await loadData(dataFile, options, context, methodologies.single, {
    panel: true,
    ...(methodologies.single ? {} : { leaves: methodologies.leaves }),
  })
  const trend =
    imported.panel === undefined ? undefined : panelTrend(imported.panel, methodologies, options, io.cwd)
  if (
    trend === undefined &&
    (methodologies.single === undefined || options.registry !== undefined || options.weight !== undefined)
  ) {
    throw new ChisoError('INVALID_PANEL', `${dataFile}: one period`, {
      issues: [
        {
          file: dataFile,
          message: 'a period map, --registry and --weight need data of several periods (a period column)',
        },
      ],
    })
  }
  // A panel's report is about its last period, under the methodology in force then.
  const compiled = trend ? trend.compiled : (methodologies.single as CompiledMethodology)
  const scorecard = trend ? trend.last : compiled.evaluate(imported.dataset)
  const owners = options.owners === undefined ? undefined : loadOwners(options.owners, io.cwd, [compiled])
  if (plan) checkPlanMatches(plan, compiled, scorecard)
  if (simulation) checkSimulationMatches(simulation, compiled, scorecard)
  if (options.unit !== undefined && !scorecard.units.some((unit) => unit.unit === options.unit)) {
    throw new ChisoError('UNKNOWN_UNIT', `the data has no unit ${options.unit}`, {
      issues: [{ message: `--unit ${options.unit}: the data has no such unit`, file: dataFile }],
    })
  }
  const stamp = previous?.value.methodology
  const inputs: ReportInputs = {
    compiled,
    scorecard,
    dataset: basename(dataFile),
    language: options.lang ?? context.language ?? 'vi',
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(plan ? { plan: plan.value } : {}),
    ...(trend ? { trend: { periods: trend.periods, comparison: trend.comparison } } : {}),
    ...(owners ? { owners } : {}),
    ...(simulation ? { simulation: simulation.value } : {}),
    ...(previous && stamp
      ? {
          previous: {
            ranking: previous.value,
            name: `${basename(options.previous!)} (${stamp.id}@${stamp.version})`,
          },
        }
      : {}),
  }
  const content = format === 'docx' ? await buildDocxReport(inputs) : await buildReport(inputs)
  if (options.out !== undefined) {
    writeOutputFile(options.out, content, io.cwd)
    noteWrote(context, options.out, (w) => w.units(scorecard.units.length))
  } else if (typeof content === 'string') io.stdout.write(content)
  return EXIT.OK
}

/**
 * Why a report's format and output file do not go together, or `undefined` when they do: a Word document
 * is a binary file (never written to a terminal), and a file named `.docx` or `.html` gets that format.
 *
 * @example
 * ```ts
 * reportFormatProblem('docx', undefined)     // '--format docx writes a Word document: give the file with --out FILE.docx'
 * reportFormatProblem('html', 'report.docx') // '--format html writes HTML, not report.docx: use --format docx or an .html file'
 * reportFormatProblem('docx', 'bao-cao.docx') // undefined
 * ```
 */
export function reportFormatProblem(
  format: 'html' | 'docx',
  out: string | undefined,
  language: Language = 'en',
): string | undefined {
  const words = USAGE_MESSAGES[language]
  if (format === 'docx' && out === undefined) return words.docxNeedsOut
  const name = out?.toLowerCase() ?? ''
  if (format === 'docx' && (name.endsWith('.html') || name.endsWith('.htm')))
    return words.docxNotFile(out ?? '')
  if (format === 'html' && name.endsWith('.docx')) return words.htmlNotFile(out ?? '')
  return undefined
}

/**
 * Adds `chiso report METHODOLOGY DATA [--out FILE.html] [--plan FILE] [--simulate FILE] …` to the program.
 *
 * @example
 * ```ts
 * registerReportCommand(program, context, state)
 * ```
 */
export const registerReportCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('report')
    .description(
      'write a report (self-contained HTML, or a Word document): ranking, bands, charts by area, a unit’s profile, plan and simulation',
    )
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV, XLSX, or a dataset JSON/YAML')
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .addOption(
      new Option(
        '--format <format>',
        'html (one self-contained page) or docx (a Word document; needs --out); default: from --out’s extension, else html',
      ).choices(['html', 'docx']),
    )
    .option('--plan <file>', 'a plan from chiso plan --json: show its steps, costs and rank before/after')
    .option('--simulate <file>', 'a simulation from chiso simulate --json: show each unit’s rank interval')
    .option(
      '--previous <file>',
      'an earlier ranking from chiso score --format json: show each unit’s rank change',
    )
    .option(
      '-u, --unit <code>',
      'the unit to profile (default: the plan’s unit, else the first-ranked)',
      unitCodeOption,
    )
    .option(
      '--registry <file>',
      'panels: a unit registry, so the trend compares across merges and abolitions',
    )
    .option('--weight <name>', 'panels with --registry: weigh merged units by this registry weight')
    .option('--owners <file>', 'an owners file: each office’s plan steps and criteria losing points')
    .option('--title <text>', 'the report’s title (default: the methodology’s)')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'One HTML file with inline style and SVG charts (Observable Plot, drawn when the report is made): it',
        'opens offline and prints. Numbers use the methodology’s display rounding; ranks follow exact values.',
        'Same inputs → the same bytes (no date, no random ids). Plan and simulation files must come from the',
        'same methodology (fingerprint) and data; --previous may come from an earlier methodology version',
        '(ranks are matched by unit code). Charts with more than 50 units show the top 50 and the unit in focus.',
        '--format docx writes the same sections as a Word document (Times New Roman, A4, charts as PNG pictures',
        'drawn with a font shipped with chiso), ready to paste into a báo cáo; its dates are pinned, so the same',
        'inputs give the same bytes.',
        '',
        'Examples:',
        '  $ chiso report examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --out report.html',
        '  $ chiso plan examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit lang-chanh --rise 10 --json --out plan.json',
        '  $ chiso simulate examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --runs 1000 --seed 42 --json --out sim.json',
        '  $ chiso report examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --plan plan.json --simulate sim.json --out report.html',
        '  $ chiso report pci@2014 examples/pci-2021/pci-2021.csv --lang en --out pci-2021.html',
        '  $ chiso report examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --plan plan.json --out bao-cao.docx',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: ReportCommandOptions) => {
      state.exitCode = await reportCommand(methodology, data, options, context)
    })
}
