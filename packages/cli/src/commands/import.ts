import { extname } from 'node:path'
import { columnHeader, datasetGrid, type ImportResult, parseNumberText } from '@chiso/adapters'
import { type CoinrOptions, importCoinr } from '@chiso/adapters/coinr'
import { writeLongCsv, writeWideCsv } from '@chiso/adapters/csv'
import { writeDatasetJson } from '@chiso/adapters/json'
import { ChisoError, createEngine, type Dataset } from '@chiso/core'
import { InvalidArgumentError, Option } from 'commander'
import { stringify } from 'yaml'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatImportNotes, formatImportSummary } from '../format/import-report.js'
import { readBytes } from '../io/read-bytes.js'
import { withoutRejects } from '../io/read-wide-csv.js'
import { writeOutputFile } from '../io/write-output.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import { IMPORT_MESSAGES } from '../messages/import.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { registerImportMethodology } from './import-methodology.js'
import { registerImportSurvey } from './import-survey.js'
import { loadMethodology } from './load-methodology.js'
import { notesOf, noteWrote } from './notes.js'
import { refuseUsage, usageWordsOf } from './usage-error.js'

/**
 * The dataset formats `chiso import` writes.
 *
 * @example
 * ```ts
 * IMPORT_FORMATS.includes('long-csv') // true
 * ```
 */
export const IMPORT_FORMATS = ['json', 'csv', 'long-csv', 'xlsx'] as const

/**
 * Options of `chiso import DATA`.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { to: 'json', out: 'du-lieu.json', report: 'bao-cao.json', sheet: 'TC3' }
 * ```
 */
export interface ImportOptions extends DataOptions {
  /** The format of the dataset written (default: from `out`'s extension, else JSON). */
  to?: (typeof IMPORT_FORMATS)[number]
  out?: string
  /** Also write the full import report (JSON) to this file. */
  report?: string
  /** Print the import report as JSON on stdout (the dataset then goes only to `out`). */
  json?: boolean
  /** A methodology: columns that name none of its leaves are ignored and reported. */
  methodology?: string
}

/**
 * `chiso import DATA [--to json|csv|long-csv|xlsx] [--out FILE] [--report FILE] [--json]`: reads a
 * spreadsheet (CSV, XLSX, dataset JSON/YAML) and writes it as a chiso dataset, with an import report that
 * accounts for every cell. Exit 1 when any cell was rejected (nothing is written) unless `allowRejects`.
 *
 * @example
 * ```ts
 * await importCommand('tu-danh-gia-2023.xlsx', { sheet: 'TC3', out: 'du-lieu-2023.json' }, context)
 * // stderr: tu-danh-gia-2023.xlsx!TC3: wide table, units in rows, header row 4
 * //           27 units, 2160 observations; 2296 cells: 2270 used, 26 ignored, 0 rejected
 * // → 0
 * ```
 */
export async function importCommand(
  data: string,
  options: ImportOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const compiled = options.methodology
    ? loadMethodology(options.methodology, io.cwd, context.limits)
    : undefined
  // The report is printed (and written) before rejected cells stop the command.
  const result: ImportResult = await loadData(data, options, context, compiled, {
    notes: !options.json,
    keepRejects: true,
  })
  if (!options.json) io.stderr.write(formatImportSummary(result.report, context.language ?? 'en'))
  if (options.report !== undefined) {
    writeOutputFile(options.report, `${JSON.stringify(result.report, null, 2)}\n`, io.cwd)
  }
  if (options.json) io.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`)
  const dataset = withoutRejects(result, options.allowRejects === true)
  const format = options.to ?? formatOf(options.out)
  // A table has no place for the dataset's own list of rounds (a template's, when the methodology declares none).
  if (dataset.rounds !== undefined && format !== 'json') {
    const warning = IMPORT_MESSAGES[context.language ?? 'en'].warning
    io.stderr.write(
      `${context.err('yellow', warning)}: ${usageWordsOf(context).rounds(dataset.rounds.join(', '), format === 'xlsx' ? 'sheet' : 'csv')}\n`,
    )
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, await writeDataset(dataset, format), io.cwd)
    noteWrote(
      context,
      options.out,
      (w) => `${w.units(dataset.units.length)}, ${w.observations(dataset.observations.length)}`,
    )
  } else if (!options.json) {
    if (format === 'xlsx') {
      refuseUsage(context, usageWordsOf(context).needsOut('--to xlsx', 'FILE.xlsx'))
      return EXIT.USAGE
    }
    io.stdout.write((await writeDataset(dataset, format)) as string)
  }
  return EXIT.OK
}

function formatOf(out: string | undefined): (typeof IMPORT_FORMATS)[number] {
  const ext = out === undefined ? '' : extname(out).toLowerCase()
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : 'json'
}

async function writeDataset(
  dataset: Dataset,
  format: (typeof IMPORT_FORMATS)[number],
): Promise<string | Uint8Array> {
  if (format === 'csv' || format === 'xlsx') {
    const [first] = datasetGrid(dataset).overflow
    if (first) {
      throw new ChisoError('UNSUPPORTED_FORMAT', 'the dataset does not fit a wide table', {
        issues: [
          {
            message: `unit "${first.unit}" has more than one value for ${columnHeader(first)} (or is not listed among the units): a wide ${format === 'csv' ? 'CSV' : 'sheet'} cannot hold it\n    hint: write it with --to long-csv or --to json`,
          },
        ],
      })
    }
  }
  if (format === 'csv') return writeWideCsv(dataset)
  if (format === 'long-csv') return writeLongCsv(dataset)
  // Loaded on demand: exceljs is large, and most runs write CSV or JSON.
  if (format === 'xlsx') return (await import('@chiso/adapters/xlsx')).datasetToXlsx(dataset)
  return writeDatasetJson(dataset)
}

/**
 * Options of `chiso import coinr`.
 *
 * @example
 * ```ts
 * const options: CoinrCommandOptions = { outMethodology: 'm.yaml', outData: 'd.csv', normalise: 'minmax:0,100' }
 * ```
 */
export interface CoinrCommandOptions {
  outMethodology: string
  outData: string
  normalise?: string
  aggregate?: 'mean' | 'geomean'
  id?: string
  json?: boolean
  denominate?: boolean
  group?: string
  impute?: NonNullable<CoinrOptions['impute']>
  screen?: string
  unitScreen?: NonNullable<CoinrOptions['unitScreen']>
  nonzeroThresh?: string
  treat?: string
  datThresh?: string
}

/**
 * Reads a share option (`--screen`, `--dat-thresh`): a decimal between 0 and 1.
 *
 * @example
 * ```ts
 * parseShare('0.9') // '0.9'
 * ```
 */
export function parseShare(text: string): string {
  const share = parseNumberText(text, { decimal: '.' })
  if (share === undefined || share.startsWith('-') || Number(share) > 1)
    throw new InvalidArgumentError('expected a share between 0 and 1 (e.g. 0.9)')
  return share
}

function parseWinmax(text: string): string {
  if (!/^\d{1,6}$/.test(text)) throw new InvalidArgumentError('expected a number of points (e.g. 5)')
  return text
}

/**
 * `chiso import coinr IMETA IDATA --out-methodology M.yaml --out-data D.csv [--normalise …] [--aggregate …]`:
 * converts COINr's iMeta and iData tables into a chiso methodology and dataset; with the defaults
 * `chiso score M.yaml D.csv` reproduces COINr's default pipeline.
 *
 * @example
 * ```ts
 * await coinrCommand('iMeta.csv', 'iData.csv', { outMethodology: 'asem.yaml', outData: 'asem.csv' }, context)
 * // stderr: wrote asem.yaml (49 indicators, 11 aggregates) and asem.csv (51 units)
 * ```
 */
export async function coinrCommand(
  metaFile: string,
  dataFile: string,
  options: CoinrCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const limit = 256 * 1024 * 1024
  const imported = importCoinr(readBytes(metaFile, io.cwd, limit), readBytes(dataFile, io.cwd, limit), {
    metaFile,
    dataFile,
    ...(options.id ? { id: options.id } : {}),
    ...(options.aggregate ? { aggregate: options.aggregate } : {}),
    normalise: parseNormalise(options.normalise ?? 'minmax:0,100'),
    ...(options.denominate ? { denominate: true } : {}),
    ...(options.group ? { group: options.group } : {}),
    ...(options.impute ? { impute: options.impute } : {}),
    ...(options.screen ? { screen: options.screen } : {}),
    ...(options.unitScreen ? { unitScreen: options.unitScreen } : {}),
    ...(options.nonzeroThresh ? { nonzeroThresh: options.nonzeroThresh } : {}),
    ...(options.treat ? { treat: { maxPoints: Number(options.treat) } } : {}),
    ...(options.datThresh ? { datThresh: options.datThresh } : {}),
  })
  createEngine().compile(imported.methodology)
  const indicators = countLeaves(imported.methodology)
  io.stderr.write(formatImportNotes(imported.report, context.err, { language: context.language ?? 'en' }))
  withoutRejects(imported, false)
  writeOutputFile(
    options.outMethodology,
    options.outMethodology.toLowerCase().endsWith('.json')
      ? `${JSON.stringify(imported.methodology, null, 2)}\n`
      : `# Generated by chiso import coinr from ${metaFile} and ${dataFile}.\n${stringify(imported.methodology, { lineWidth: 0 })}`,
    io.cwd,
  )
  writeOutputFile(
    options.outData,
    options.outData.toLowerCase().endsWith('.json')
      ? writeDatasetJson(imported.dataset)
      : writeWideCsv(imported.dataset),
    io.cwd,
  )
  const summary = {
    methodology: options.outMethodology,
    data: options.outData,
    indicators,
    units: imported.dataset.units.length,
    missing: imported.dataset.observations.filter((o) => o.value === null).length,
  }
  if (options.json) io.stdout.write(`${JSON.stringify({ ...summary, report: imported.report }, null, 2)}\n`)
  const words = notesOf(context)
  io.stderr.write(
    `${words.wroteTwo(
      words.wrote(options.outMethodology, words.indicators(indicators)),
      words.wrote(options.outData, `${words.units(summary.units)}, ${words.missingValues(summary.missing)}`),
    )}\n`,
  )
  return EXIT.OK
}

function countLeaves(methodology: ReturnType<typeof importCoinr>['methodology']): number {
  let leaves = 0
  const walk = (nodes: ReadonlyArray<{ children?: unknown }>) => {
    for (const node of nodes) {
      if (Array.isArray(node.children)) walk(node.children)
      else leaves++
    }
  }
  walk(methodology.tree)
  return leaves
}

/**
 * Reads `--normalise`: `minmax:L,U`, `zscore:MEAN,SD` or `none`.
 *
 * @example
 * ```ts
 * parseNormalise('minmax:0,100') // { method: 'minmax', l: '0', u: '100' }
 * parseNormalise('zscore:10,2')  // { method: 'zscore', mean: '10', sd: '2' }
 * ```
 */
export function parseNormalise(text: string): NonNullable<CoinrOptions['normalise']> {
  if (text === 'none') return { method: 'none' }
  const match = /^(minmax|zscore):([^,]+),([^,]+)$/.exec(text)
  const a = match ? parseNumberText(match[2] as string, { decimal: '.' }) : undefined
  const b = match ? parseNumberText(match[3] as string, { decimal: '.' }) : undefined
  if (!match || a === undefined || b === undefined) {
    throw new InvalidArgumentError(
      'expected minmax:L,U (e.g. minmax:0,100), zscore:MEAN,SD (e.g. zscore:10,2) or none',
    )
  }
  return match[1] === 'minmax' ? { method: 'minmax', l: a, u: b } : { method: 'zscore', mean: a, sd: b }
}

/**
 * Adds `chiso import DATA …` and `chiso import coinr IMETA IDATA …` to the program.
 *
 * @example
 * ```ts
 * registerImportCommand(program, context, state)
 * ```
 */
export const registerImportCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('import')
    .description(
      'read a spreadsheet (CSV, XLSX) into a chiso dataset, with a report on every cell; or COINr tables',
    )
    .argument('[data]', 'the spreadsheet: CSV (wide or long), XLSX, or a dataset JSON/YAML')
    .addOption(
      new Option('--to <format>', 'dataset format written (default: from --out, else json)').choices([
        ...IMPORT_FORMATS,
      ]),
    )
    .option('-o, --out <file>', 'write the dataset to this file (atomically) instead of stdout')
    .option('--report <file>', 'also write the full import report (JSON) to this file')
    .option('--json', 'print the import report as JSON on stdout (the dataset goes only to --out)')
    .option('-m, --methodology <file>', 'columns naming none of its leaves are ignored and reported')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'The report accounts for every cell: used (and as what), ignored (and why), rejected (file, sheet,',
        'row, column, value, reason). Exit 1 when any cell was rejected (nothing is written) unless',
        '--allow-rejects. Numbers never pass through a binary float.',
        '',
        'Examples:',
        '  $ chiso import examples/district-cchc/districts-2023.synthetic.csv --out du-lieu-2023.json',
        '  $ chiso import examples/district-cchc/tu-danh-gia-2023.minh-hoa.xlsx --methodology examples/district-cchc/district.methodology.yaml --out du-lieu.csv',
        '  $ chiso import examples/district-cchc/districts-2023.synthetic.csv --json --report bao-cao.json --out du-lieu.json',
        '  $ chiso import coinr examples/coinr-asem/coinr-asem-example-imeta.csv examples/coinr-asem/coinr-asem-example-idata.csv --out-methodology asem.yaml --out-data asem.csv',
        '  $ chiso import survey examples/ddci-thanh-hoa/survey-districts-2024.synthetic.csv --spec examples/ddci-thanh-hoa/survey-districts.spec.yaml --out indicators.csv --estimates se.csv',
      ].join('\n'),
    )
    .action(async (data: string | undefined, options: ImportOptions) => {
      if (data === undefined) {
        context.io.stderr.write(
          `${context.err('red', ERROR_MESSAGES[context.language ?? 'en'].label)}: ${usageWordsOf(context).missingData}\n${ERROR_MESSAGES[context.language ?? 'en'].usageHint}\n`,
        )
        state.exitCode = EXIT.USAGE
        return
      }
      state.exitCode = await importCommand(data, options, context)
    })

  command
    .command('coinr')
    .description('convert COINr’s iMeta and iData tables into a chiso methodology and dataset')
    .argument('<imeta>', 'COINr iMeta table (CSV): Level, iCode, iName, Direction, Weight, Parent, Type, …')
    .argument('<idata>', 'COINr iData table (CSV): uCode, uName, …, one column per indicator')
    .requiredOption('--out-methodology <file>', 'the methodology to write (.yaml or .json)')
    .requiredOption('--out-data <file>', 'the dataset to write (.csv wide, or .json)')
    .option(
      '--normalise <method>',
      'minmax:L,U, zscore:MEAN,SD or none (default minmax:0,100)',
      (value: string) => {
        parseNormalise(value)
        return value
      },
    )
    .addOption(
      new Option('--aggregate <method>', 'how aggregates combine their children')
        .choices(['mean', 'geomean'])
        .default('mean'),
    )
    .option('--denominate', 'divide each indicator by its iMeta Denominator column (COINr Denominate)')
    .option('--group <column>', 'the iData group column that becomes each unit’s group')
    .addOption(
      new Option(
        '--impute <method>',
        'impute missing values (COINr Impute: i_mean, i_median, i_mean_grp…)',
      ).choices(['none', 'mean', 'median', 'group-mean', 'group-median']),
    )
    .option(
      '--screen <share>',
      'screen out units with less data than this share (COINr Screen dat_thresh; byNA unless --unit-screen)',
      parseShare,
    )
    .addOption(
      new Option(
        '--unit-screen <how>',
        'what screens a unit out (COINr Screen unit_screen): byNA, byzeros or byNAandzeros',
      ).choices(['byNA', 'byzeros', 'byNAandzeros']),
    )
    .option(
      '--nonzero-thresh <share>',
      'with byzeros/byNAandzeros: the least share of non-zero values (COINr nonzero_thresh, default 0.05)',
      parseShare,
    )
    .option(
      '--treat <winmax>',
      'COINr’s default outlier treatment, winsorising up to WINMAX points',
      parseWinmax,
    )
    .option(
      '--dat-thresh <share>',
      'an aggregate needs this share of its children (COINr Aggregate dat_thresh)',
      parseShare,
    )
    .option('--id <id>', 'the methodology id (default coinr-import)')
    .option('--json', 'print a summary and the import report of iData as JSON')
    .addHelpText(
      'after',
      [
        '',
        'With the defaults (min-max to [0, 100] after applying Direction, weighted arithmetic means of the',
        'children present with the iMeta weights rescaled over them, ranks with ties = min), `chiso score`',
        'on the two files reproduces COINr’s default results (to 1e-9 relative; chiso computes exactly).',
        'In iData, empty cells and NA are missing values.',
        '',
        'Examples:',
        '  $ chiso import coinr examples/coinr-asem/coinr-asem-example-imeta.csv examples/coinr-asem/coinr-asem-example-idata.csv --out-methodology asem.yaml --out-data asem.csv',
        '  $ chiso score asem.yaml asem.csv',
        '  $ chiso import coinr examples/coinr-asem/coinr-asem-example-imeta.csv examples/coinr-asem/coinr-asem-example-idata.csv --out-methodology m.yaml --out-data d.csv --normalise zscore:10,2 --aggregate geomean',
        '  # COINr build_example_coin(): Denominate, Impute by EurAsia_group, Screen 0.9, Treat, Normalise, Aggregate',
        '  $ chiso import coinr examples/coinr-asem/coinr-asem-example-imeta.csv examples/coinr-asem/coinr-asem-example-idata.csv --out-methodology m.yaml --out-data d.csv --denominate \\',
        '      --group EurAsia_group --impute group-mean --screen 0.9 --treat 5',
      ].join('\n'),
    )
    .action(async (meta: string, data: string, options: CoinrCommandOptions) => {
      state.exitCode = await coinrCommand(meta, data, options, context)
    })

  registerImportSurvey(command, context, (code) => {
    state.exitCode = code
  })
  registerImportMethodology(command, context, (code) => {
    state.exitCode = code
  })
}
