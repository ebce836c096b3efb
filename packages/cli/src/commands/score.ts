import { Option } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatDiagnosticsSummary } from '../format/diagnostics.js'
import { stringifyOrdered, treeOrder } from '../format/ordered-json.js'
import { formatRankingTable } from '../format/ranking-table.js'
import { toContractJson } from '../format/scorecard-json.js'
import { createStylist } from '../format/style.js'
import { readDataset } from '../io/read-dataset.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { loadMethodology } from './load-methodology.js'

/**
 * The output formats of `chiso score` in this version.
 *
 * @example
 * ```ts
 * SCORE_FORMATS.includes('json') // true
 * ```
 */
export const SCORE_FORMATS = ['table', 'json'] as const

/**
 * Options of `chiso score`.
 *
 * @example
 * ```ts
 * const options: ScoreOptions = { format: 'json', out: 'ranking.json' }
 * ```
 */
export interface ScoreOptions {
  /** `table` (default) or `json` (the CLI contract's object). */
  format?: (typeof SCORE_FORMATS)[number]
  /** Write to this file instead of stdout. */
  out?: string
  /** Keep each node's status, trace and steps in the JSON output. */
  trace?: boolean
}

/**
 * `chiso score METHODOLOGY DATA [--format table|json] [--out FILE] [--trace]`: compiles the methodology,
 * reads the data (wide CSV or dataset JSON/YAML), scores and ranks every unit, and prints the ranking table
 * or the JSON object of the CLI contract. Diagnostics about the data are listed on stderr (table) or in the
 * JSON; they never change the exit code.
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
  const compiled = loadMethodology(methodologyFile, io.cwd)
  const dataset = readDataset(dataFile, io.cwd)
  const scorecard = compiled.evaluate(dataset, { trace: options.trace === true })

  const toFile = options.out !== undefined
  let text: string
  if (options.format === 'json') {
    const contract = toContractJson(scorecard, { trace: options.trace === true })
    text = `${stringifyOrdered(contract, treeOrder(compiled.methodology))}\n`
  } else {
    text = formatRankingTable(scorecard, compiled.methodology, {
      style: toFile ? createStylist(false) : context.out,
    })
    io.stderr.write(formatDiagnosticsSummary(scorecard.diagnostics, context.err))
  }
  if (options.out !== undefined) {
    writeOutputFile(options.out, text, io.cwd)
    io.stderr.write(`wrote ${options.out} (${scorecard.units.length} units)\n`)
  } else {
    io.stdout.write(text)
  }
  return EXIT.OK
}

/**
 * Adds `chiso score METHODOLOGY DATA [--format …] [--out FILE] [--trace]` to the program.
 *
 * @example
 * ```ts
 * registerScoreCommand(program, context, state)
 * ```
 */
export const registerScoreCommand: RegisterCommand = (program, context, state) => {
  program
    .command('score')
    .description('score and rank every unit (đơn vị) of a dataset under a methodology')
    .argument('<methodology>', 'the methodology file (.yaml, .yml or .json)')
    .argument('<data>', 'the data: a wide CSV (unit,name,<leaf code>,…) or a dataset JSON/YAML')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...SCORE_FORMATS]).default('table'),
    )
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
    .option('--trace', 'keep how every node’s value came about (status, trace, steps) in the JSON output')
    .addHelpText(
      'after',
      [
        '',
        'The wide CSV: a header row unit,name,<leaf code>,… (group optional; <code>:<field> for named',
        'fields such as 1.2:done and 1.2:total), one row per unit, "," or ";" delimited, UTF-8 with or',
        'without BOM. Cells: decimals with "." or "," (7.98 or 7,98); empty = missing; NA, N/A, KAD or',
        '"không áp dụng" = not applicable; có/không, yes/no, true/false = booleans. Lines starting',
        'with # are comments.',
        '',
        'JSON output: { methodology: { id, version, fingerprint }, units: [{ unit, name, score, max,',
        'index, indexDisplay, rank, band, nodes }], diagnostics } — every decimal is a string.',
        'Diagnostics about the data never change the exit code.',
        '',
        'Examples:',
        '  $ chiso score par-index-2022.yaml "Chỉ số CCHC 2023.csv"',
        '  $ chiso score pci.methodology.yaml pci-2021.csv --format json --out pci-2021.json',
        '  $ chiso score pci.methodology.yaml pci-2021.json --format json --trace',
      ].join('\n'),
    )
    .action(
      async (
        methodology: string,
        data: string,
        options: { format: (typeof SCORE_FORMATS)[number]; out?: string; trace?: boolean },
      ) => {
        state.exitCode = await scoreCommand(methodology, data, options, context)
      },
    )
}
