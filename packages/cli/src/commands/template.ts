import type { Dataset, Unit } from '@chiso/core'
import { ChisoError } from '@chiso/core'
import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { readUnits } from '../io/read-units.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'
import { refuseUsage, usageWordsOf } from './usage-error.js'

/**
 * Options of `chiso template`.
 *
 * @example
 * ```ts
 * const options: TemplateCommandOptions = { units: 'don-vi.csv', out: 'tu-danh-gia.xlsx', lang: 'vi', layout: 'sheets' }
 * ```
 */
export interface TemplateCommandOptions extends DataOptions {
  /** A CSV of the units (unit,name[,group]); default: the units of `data`. */
  units?: string
  out: string
  lang?: 'vi' | 'en'
  layout?: 'sheets' | 'columns'
  /** The round the workbook collects (a round the methodology declares; default its first). */
  round?: string
  /** Earlier rounds (a filled workbook, CSV or dataset): shown read-only and carried in the new workbook. */
  data?: string
  /** The rounds in order, comma-separated, when the methodology declares none. */
  rounds?: string
  /** Values (CSV, XLSX or dataset) to pre-fill the input cells with. */
  fill?: string
}

/**
 * `chiso template METHODOLOGY --units UNITS.csv --out FORM.xlsx [--lang vi|en] [--layout sheets|columns]
 * [--round CODE] [--data EARLIER]`: writes the workbook officials fill in for one round — a sheet (or a group
 * of columns) per unit, one row per criterion with its maximum and scoring guidance, typed and validated input
 * cells, evidence and explanation columns, the rest locked, the methodology's fingerprint inside. With `--data`
 * (e.g. the filled self-assessments) and `--round appraisal` it is the appraisal workbook: the earlier values
 * read-only beside the appraisal columns. `chiso score` and `chiso import` read it back with no mapping.
 *
 * @example
 * ```ts
 * await templateCommand('district.methodology.yaml', { units: 'don-vi.csv', out: 'tu-danh-gia.xlsx' }, context)
 * // stderr: wrote tu-danh-gia.xlsx (3 units × 80 criteria, round self)
 * // → 0
 * ```
 */
export async function templateCommand(
  methodologyFile: string,
  options: TemplateCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const compiled = loadMethodology(methodologyFile, io.cwd, context.limits)
  if (options.units === undefined && options.data === undefined) {
    refuseUsage(context, usageWordsOf(context).unitsNeeded)
    return EXIT.USAGE
  }
  const prior: Dataset | undefined =
    options.data === undefined
      ? undefined
      : (await loadData(options.data, options, context, compiled)).dataset
  const values: Dataset | undefined =
    options.fill === undefined
      ? undefined
      : (await loadData(options.fill, { ...options, mapping: undefined }, context, compiled)).dataset
  const units: Unit[] = options.units !== undefined ? readUnits(options.units, io.cwd) : prior!.units
  if (units.length === 0)
    throw new ChisoError('INVALID_INPUT', 'no units', {
      issues: [{ file: options.units ?? options.data, message: 'the file lists no unit' }],
    })
  const { writeTemplate } = await import('@chiso/adapters/xlsx')
  const bytes = await writeTemplate(compiled, {
    units,
    language: options.lang ?? context.language ?? 'vi',
    layout: options.layout ?? 'sheets',
    ...(options.round === undefined ? {} : { round: options.round }),
    ...(prior === undefined ? {} : { prior }),
    ...(values === undefined ? {} : { values }),
    // Without --rounds, the rounds the earlier workbook carried.
    ...(options.rounds !== undefined
      ? { rounds: options.rounds.split(',').map((code) => code.trim()) }
      : prior?.rounds && compiled.methodology.rounds === undefined
        ? { rounds: prior.rounds }
        : {}),
  })
  writeOutputFile(options.out, bytes, io.cwd)
  const round =
    options.round ??
    compiled.methodology.rounds?.[0]?.code ??
    options.rounds?.split(',')[0]?.trim() ??
    prior?.rounds?.[0]
  noteWrote(
    context,
    options.out,
    (w) =>
      `${w.units(units.length)} × ${w.criteria(compiled.leaves.length)}${round ? `, ${w.round(round)}` : ''}`,
  )
  return EXIT.OK
}

/**
 * Adds `chiso template METHODOLOGY --units UNITS.csv --out FORM.xlsx …` to the program.
 *
 * @example
 * ```ts
 * registerTemplateCommand(program, context, state)
 * ```
 */
export const registerTemplateCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('template')
    .description(
      'write the Excel workbook units fill in (self-assessment, appraisal): chiso score reads it back',
    )
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .option('--units <file>', 'the units: a CSV with unit,name[,group] (Mã đơn vị, Tên đơn vị…)')
    .requiredOption('-o, --out <file>', 'the workbook to write (.xlsx)')
    .addOption(
      new Option('--layout <layout>', 'a sheet per unit, or one sheet with a group of columns per unit')
        .choices(['sheets', 'columns'])
        .default('sheets'),
    )
    .option(
      '--round <code>',
      'the round the workbook collects (declared by the methodology; default its first)',
    )
    .option(
      '--data <file>',
      'earlier rounds (e.g. the filled self-assessments), shown read-only and carried along',
    )
    .option(
      '--rounds <codes>',
      'the rounds in order when the methodology declares none (self,appraisal,re-appraisal)',
    )
    .option(
      '--fill <file>',
      'values to pre-fill the input cells with (CSV, XLSX or dataset; evidence included)',
    )
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ chiso template examples/district-cchc/district.methodology.yaml --units examples/district-cchc/cycle/don-vi.csv --rounds self,appraisal --out tu-danh-gia.xlsx',
        '  $ chiso template examples/district-cchc/district.methodology.yaml --round appraisal --data tu-danh-gia.xlsx --out tham-dinh.xlsx',
        '  $ chiso template examples/district-cchc/district.methodology.yaml --units examples/district-cchc/cycle/don-vi.csv --layout columns --lang en --out form.xlsx',
      ].join('\n'),
    )
    .action(async (methodology: string, options: TemplateCommandOptions) => {
      state.exitCode = await templateCommand(methodology, options, context)
    })
}
