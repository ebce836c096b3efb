import { type Argument, type Command, Help, type HelpConfiguration, type Option } from 'commander'
import { argumentDescribedIn, optionDescribedIn } from './command-help-words.js'
import { ERROR_MESSAGES } from './messages/errors.js'
import { HELP_MESSAGES } from './messages/help.js'
import type { Language } from './messages/language.js'

/**
 * How commander writes help in a language: its headings (`Usage:`, `Options:`…), each command's summary in the
 * program's list of commands (and, in Vietnamese, on the first line of the command's own help), and the
 * `(choices: …, default: …)` it adds to an option. English keeps commander's words and the commands' own
 * descriptions.
 *
 * @example
 * ```ts
 * program.configureHelp(helpIn('vi')) // 'Cách dùng: chiso [tuỳ chọn] [lệnh]' …
 * ```
 */
export function helpIn(language: Language): HelpConfiguration {
  const words = HELP_MESSAGES[language]
  const standard = new Help()
  // The command whose help is being written: an option's or argument's words depend on the command.
  let current: Command | undefined
  return {
    formatHelp(this: Help, command: Command, helper: Help) {
      current = command
      return Help.prototype.formatHelp.call(this, command, helper)
    },
    argumentDescription: (argument: Argument) => {
      const text = standard.argumentDescription(argument)
      if (language === 'en') return text
      const own = argument.description
      return `${argumentDescribedIn(language, current, argument)}${text.slice(own.length)}`.replace(
        /\((choices|default): /g,
        (_, which: string) => (which === 'choices' ? `(${words.choices}: ` : `(${words.default}: `),
      )
    },
    styleTitle: (title: string) => words.titles[title] ?? title,
    // The usage line's own words (`[options]`, `[command]`); argument names stay as the command declares them.
    commandUsage: (command: Command) => usageWords(language, standard.commandUsage(command)),
    subcommandTerm: (command: Command) => usageWords(language, standard.subcommandTerm(command)),
    subcommandDescription: (command: Command) =>
      words.commands[command.name()] ?? standard.subcommandDescription(command),
    commandDescription: (command: Command) =>
      language === 'vi' && command.parent !== null
        ? (words.commands[command.name()] ?? standard.commandDescription(command))
        : standard.commandDescription(command),
    optionDescription: (option: Option) => {
      const text = standard.optionDescription(option)
      if (language === 'en') return text
      // The description, then commander's `(choices: …, default: …)`, whose words are translated here.
      const own = option.description ?? ''
      const extras = text.slice(own.length)
      return `${optionDescribedIn(language, current, option)}${extras
        .replace(/\((choices|default): /g, (_, which: string) =>
          which === 'choices' ? `(${words.choices}: ` : `(${words.default}: `,
        )
        .replace(/, default: /g, `, ${words.default}: `)}`
    },
  }
}

/**
 * Says one of commander's own error messages (unknown option or command, missing argument, an invalid choice…)
 * in a language. English is commander's text as it is; Vietnamese translates the messages commander writes,
 * keeping the option, command and value named. A message this does not know is left as it is.
 *
 * @example
 * ```ts
 * commanderMessageIn('vi', "error: unknown option '--frmat'\n(Did you mean --format?)\n")
 * // "lỗi: không có tuỳ chọn --frmat\n(có phải ý bạn là --format?)\n"
 * ```
 */
export function commanderMessageIn(language: Language, text: string): string {
  if (language === 'en') return text
  const words = ERROR_MESSAGES.vi
  const said = words.commander
  const rules: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
    [/^error: unknown option '(.+?)'/, (option) => said.unknownOption(option!)],
    [/^error: unknown command '(.+?)'/, (command) => said.unknownCommand(command!)],
    [/^error: missing required argument '(.+?)'/, (name) => said.missingArgument(name!)],
    [/^error: option '(.+?)' argument missing/, (option) => said.optionArgumentMissing(option!)],
    [/^error: required option '(.+?)' not specified/, (option) => said.requiredOption(option!)],
    [
      /^error: too many arguments(?: for '.+?')?\. Expected (\d+) arguments? but got (\d+)\./,
      (expected, got) => said.tooManyArguments(Number(expected), Number(got)),
    ],
    [
      /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.*)\./,
      (option, value, choices) => said.invalidChoice(option!, value!, choices!),
    ],
    [
      /^error: (?:option|command-argument value) '(.+?)' (?:argument )?'?(.*?)'? is invalid\..*/,
      (option, value) => said.invalidArgument(option!, value!),
    ],
    [/^error: (.+?) cannot be used with (.+)/, (first, second) => said.conflict(first!, second!)],
    [/^\(Did you mean (?:one of )?(.+?)\?\)/m, (suggestion) => said.didYouMean(suggestion!)],
  ]
  let out = text
  for (const [pattern, say] of rules) {
    out = out.replace(pattern, (_match, ...groups: string[]) => {
      const sentence = say(...groups.filter((group) => typeof group === 'string'))
      return pattern.source.startsWith('^error') ? `${words.label}: ${sentence}` : sentence
    })
  }
  return out
}

function usageWords(language: Language, usage: string): string {
  if (language === 'en') return usage
  const words = HELP_MESSAGES.vi
  return usage
    .replace(/\[options\]/g, `[${words.optionsTerm}]`)
    .replace(/\[command\]/g, `[${words.commandTerm}]`)
}
