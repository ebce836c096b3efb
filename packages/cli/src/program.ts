import { Command, Option } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import type { CommandContext } from './commands/context.js'
import { SCORE_FORMATS, scoreCommand } from './commands/score.js'
import { validateCommand } from './commands/validate.js'
import type { ExitCode } from './exit-codes.js'

/**
 * The version of @chiso/cli, read from its package.json at build time.
 *
 * @example
 * ```ts
 * VERSION // '0.1.0'
 * ```
 */
export const VERSION: string = pkg.version

/**
 * Where a command's action leaves its exit code for {@link createProgram}'s caller.
 *
 * @example
 * ```ts
 * const state: ProgramState = { exitCode: EXIT.OK }
 * ```
 */
export interface ProgramState {
  exitCode: ExitCode
}

/** Width help text is wrapped to: fixed, so help reads the same everywhere (and in tests). */
const HELP_WIDTH = 100

/**
 * Builds the `chiso` commander program for one run. It never exits the process: usage errors, `--help` and
 * `--version` throw a `CommanderError` (`exitOverride`), and all output goes to `context.io` (so tests can
 * capture it). Each action stores its exit code in `state`.
 *
 * @example
 * ```ts
 * const state = { exitCode: 0 }
 * await createProgram(context, state).parseAsync(['validate', 'par.yaml'], { from: 'user' })
 * state.exitCode // 0
 * ```
 */
export function createProgram(context: CommandContext, state: ProgramState): Command {
  const { io } = context
  const program = new Command('chiso')
  // Set before adding commands: subcommands inherit both.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(context.err('red', text)),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError(true)

  program
    .description(
      'chiso (chỉ số): score and rank units under index methodologies, with exact decimals:\n' +
        'PAR INDEX (Chỉ số cải cách hành chính, CCHC), PCI, DDCI and other composite indicators.',
    )
    .version(VERSION, '-V, --version', 'print the version of chiso')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 success, 1 invalid input, 2 usage error, 3 internal error.',
        '',
        'Examples:',
        '  $ chiso validate par-index-2022.yaml',
        '  $ chiso score par-index-2022.yaml du-lieu-2023.csv',
        '  $ chiso score pci.methodology.yaml pci-2021.csv --format json --out pci-2021.json',
      ].join('\n'),
    )

  program
    .command('validate')
    .description(
      'check a methodology (bộ chỉ số) file: its schema, its tree and every rule’s options; ' +
        'or a dataset with --kind dataset',
    )
    .argument('<file>', 'a methodology (.yaml, .yml or .json), or a dataset (.csv, .json, .yaml)')
    .option('--json', 'print { valid, errors: [{ path, message, code }] } as JSON')
    .addOption(
      new Option('--kind <kind>', 'what the file is')
        .choices(['methodology', 'dataset'])
        .default('methodology'),
    )
    .addHelpText(
      'after',
      [
        '',
        'Exit 0 when the file is valid, 1 when it is not. Each error is printed with its path first:',
        '  tree[2].children[0].max: expected a decimal string (at par-index-2022.yaml:41:12)',
        '',
        'Examples:',
        '  $ chiso validate par-index-2022.yaml',
        '  $ chiso validate par-index-2022.yaml --json',
        '  $ chiso validate "Chỉ số CCHC 2023.csv" --kind dataset',
      ].join('\n'),
    )
    .action(async (file: string, options: { json?: boolean; kind: 'methodology' | 'dataset' }) => {
      state.exitCode = await validateCommand(file, options, context)
    })

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

  return program
}
