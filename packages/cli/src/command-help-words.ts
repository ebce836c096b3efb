import type { Argument, Command, Option } from 'commander'
import { COMMAND_HELP_MESSAGES } from './messages/command-help.js'
import type { Language } from './messages/language.js'

interface HelpWords {
  readonly arguments?: Readonly<Record<string, string>>
  readonly options?: Readonly<Record<string, string>>
  readonly notes?: string
}

interface CommandHelpTable {
  readonly shared: Required<Omit<HelpWords, 'notes'>>
  readonly commands: Readonly<Record<string, HelpWords>>
}

const TABLES = COMMAND_HELP_MESSAGES as unknown as Record<Language, CommandHelpTable>

/**
 * A command's key in the help catalogue: its name, or the parent's name and its own for a subcommand
 * (`import coinr`), so a subcommand never takes the words of a command that happens to share its name.
 *
 * @example
 * ```ts
 * helpKeyOf(program.commands.find((command) => command.name() === 'score')!) // 'score'
 * helpKeyOf(importCommand.commands[0]!) // 'import coinr'
 * ```
 */
export function helpKeyOf(command: Command): string {
  const parent = command.parent
  return parent !== null && parent.parent !== null ? `${parent.name()} ${command.name()}` : command.name()
}

/**
 * The description of one of a command's arguments or options in a language: the catalogue's words when the
 * catalogue knows it — its English being exactly what the command declares, so a description changed in the
 * code without its translation shows in English rather than as a stale sentence — else the declared text.
 *
 * @example
 * ```ts
 * describedIn('vi', scoreCommand, 'options', 'json', 'same as --format json') // 'giống --format json'
 * describedIn('en', scoreCommand, 'options', 'json', 'same as --format json') // 'same as --format json'
 * ```
 */
export function describedIn(
  language: Language,
  command: Command | undefined,
  kind: 'arguments' | 'options',
  key: string,
  declared: string,
): string {
  if (language === 'en' || command === undefined) return declared
  const lookUp = (table: CommandHelpTable) =>
    table.commands[helpKeyOf(command)]?.[kind]?.[key] ?? table.shared[kind][key]
  return lookUp(TABLES.en) === declared ? (lookUp(TABLES[language]) ?? declared) : declared
}

/**
 * {@link describedIn} for an option, keyed by its attribute name (`rankBy` for `--rank-by`).
 *
 * @example
 * ```ts
 * optionDescribedIn('vi', scoreCommand, scoreCommand.options[0]!) // 'định dạng kết quả (xlsx cần --out)'
 * ```
 */
export function optionDescribedIn(language: Language, command: Command | undefined, option: Option): string {
  return describedIn(language, command, 'options', option.attributeName(), option.description ?? '')
}

/**
 * {@link describedIn} for an argument, keyed by its name.
 *
 * @example
 * ```ts
 * argumentDescribedIn('vi', validateCommand, validateCommand.registeredArguments[0]!) // 'một bộ chỉ số …'
 * ```
 */
export function argumentDescribedIn(
  language: Language,
  command: Command | undefined,
  argument: Argument,
): string {
  return describedIn(language, command, 'arguments', argument.name(), argument.description)
}

/**
 * Writes each command's notes (the text after its options) in a language: the notes before `Examples:` come
 * from the catalogue when its English is what the command prints, the heading is the language's, and the
 * example commands stay as they are (they run as shown). English is left untouched.
 *
 * @example
 * ```ts
 * sayHelpNotesIn(program, 'vi', 'Ví dụ:') // chiso score --help ends with 'DATA: một tệp CSV …', 'Ví dụ:'
 * ```
 */
export function sayHelpNotesIn(program: Command, language: Language, examplesHeading: string): void {
  if (language === 'en') return
  for (const command of [...program.commands, ...program.commands.flatMap((parent) => parent.commands)]) {
    // A command is an event emitter: `addHelpText` listens for `afterHelp` and writes through the context.
    const events = command as unknown as NodeJS.EventEmitter
    let english = ''
    events.emit('afterHelp', { error: false, command, write: (text: string) => (english += text) })
    if (english === '') continue
    const notes = english.split('\nExamples:\n')[0]!.trim()
    const key = helpKeyOf(command)
    const said = TABLES.en.commands[key]?.notes === notes ? TABLES[language].commands[key]?.notes : undefined
    const text = (said === undefined || notes === '' ? english : english.replace(notes, said)).replace(
      '\nExamples:\n',
      `\n${examplesHeading}\n`,
    )
    events.removeAllListeners('afterHelp')
    // `addHelpText` writes the text with a final newline of its own.
    command.addHelpText('after', text.replace(/\n$/, ''))
  }
}
