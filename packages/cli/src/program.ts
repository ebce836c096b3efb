import { Command } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { COMMANDS } from './commands/all.js'
import type { CommandContext } from './commands/context.js'
import { addLimitOptions, runLimitsOf } from './commands/limit-options.js'
import { addPluginOption } from './commands/plugin-option.js'
import type { ProgramState } from './program-state.js'

export type { ProgramState } from './program-state.js'

/**
 * The version of @chiso/cli, read from its package.json at build time.
 *
 * @example
 * ```ts
 * VERSION // '0.1.0'
 * ```
 *
 * @category Command line
 */
export const VERSION: string = pkg.version

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
        '  $ chiso validate examples/district-cchc/district.methodology.yaml',
        '  $ chiso score examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv',
        '  $ chiso score pci@2014 examples/pci-2021/pci-2021.csv --format json --out pci-2021.json',
      ].join('\n'),
    )

  // Limit options are global: each command's action reads them from the context.
  addLimitOptions(program).hook('preAction', () => {
    context.limits = runLimitsOf(program.opts())
  })
  addPluginOption(program, context)
  for (const register of COMMANDS) register(program, context, state)

  return program
}
