import { Command, Option } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { sayHelpNotesIn } from './command-help-words.js'
import { COMMANDS } from './commands/all.js'
import { commandsForArgv } from './commands/commands-for-argv.js'
import type { CommandContext } from './commands/context.js'
import { addLimitOptions, runLimitsOf } from './commands/global-limit-options.js'
import { addPluginOption } from './commands/plugin-option.js'
import { commanderMessageIn, helpIn } from './help-in-language.js'
import { languageOfArgv } from './language-of-argv.js'
import { ERROR_MESSAGES } from './messages/errors.js'
import { HELP_MESSAGES } from './messages/help.js'
import { LANGUAGES, resolveLanguage } from './messages/language.js'
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
 * Builds the `chiso` commander program for one run of `argv`, with the commands that run needs (see
 * {@link commandsForArgv}: loading a command imports its libraries, so only what runs is loaded). It never exits
 * the process: usage errors, `--help` and `--version` throw a `CommanderError` (`exitOverride`), and all output
 * goes to `context.io` (so tests can capture it). Each action stores its exit code in `state`.
 *
 * @example
 * ```ts
 * const state = { exitCode: 0 }
 * const argv = ['validate', 'par.yaml']
 * await (await createProgram(context, state, argv)).parseAsync(argv, { from: 'user' })
 * state.exitCode // 0
 * ```
 */
export async function createProgram(
  context: CommandContext,
  state: ProgramState,
  argv: ReadonlyArray<string>,
): Promise<Command> {
  const { io } = context
  const env = typeof process === 'undefined' ? {} : process.env
  // Known before the program is built: its descriptions and help are written in the run's language.
  const language = languageOfArgv(argv, env)
  context.language = language
  const words = HELP_MESSAGES[language]
  const program = new Command('chiso')
  // Set before adding commands: subcommands inherit them.
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(context.err('red', commanderMessageIn(language, text))),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp(helpIn(language))
    .showHelpAfterError(ERROR_MESSAGES[language].usageHint)
    .showSuggestionAfterError(true)

  program
    .description(words.description)
    .version(VERSION, '-V, --version', words.version)
    .helpOption('-h, --help', words.help)
    .helpCommand('help [command]', words.helpCommand)
    .addHelpText(
      'after',
      [
        '',
        words.exitCodes,
        '',
        words.examples,
        '  $ chiso validate examples/district-cchc/district.methodology.yaml',
        '  $ chiso score examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv',
        '  $ chiso score pci@2014 examples/pci-2021/pci-2021.csv --format json --out pci-2021.json',
      ].join('\n'),
    )

  // `--lang` is global like the limit options: accepted before or after the command's name, read by every
  // command from the context. Without it the environment decides (see resolveLanguage).
  program.addOption(new Option('--lang <language>', words.lang).choices(LANGUAGES))
  // Limit options are global: each command's action reads them from the context.
  addLimitOptions(program, language).hook('preAction', () => {
    const options = program.opts()
    context.limits = runLimitsOf(options)
    const chosen = resolveLanguage(options.lang as string | undefined, env)
    if (chosen.problem !== undefined) {
      const [name, value] =
        options.lang === undefined ? ['CHISO_LANG', env.CHISO_LANG] : ['--lang', options.lang]
      const errors = ERROR_MESSAGES[language]
      program.error(`${errors.label}: ${errors.badLanguage(name, String(value))}`, { exitCode: 2 })
    }
    context.language = chosen.language
  })
  addPluginOption(program, context)
  const registers = await Promise.all(commandsForArgv(argv, COMMANDS).map((command) => command.load()))
  for (const register of registers) register(program, context, state)
  sayHelpNotesIn(program, language, words.examples)

  return program
}
