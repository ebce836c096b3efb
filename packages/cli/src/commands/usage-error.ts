import { CommanderError } from 'commander'
import { EXIT } from '../exit-codes.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import type { Language } from '../messages/language.js'
import { USAGE_MESSAGES } from '../messages/usage.js'
import type { CommandContext } from './context.js'

/**
 * Refuses a command line that commander itself cannot judge (options that do not go together, an option that
 * does nothing for this input): prints `error: …` the way commander prints its own usage errors, and throws
 * the `CommanderError` that makes every command exit with {@link EXIT.USAGE} (2). One door, so the same kind of
 * mistake gets the same exit code in every command.
 *
 * @example
 * ```ts
 * if (options.format === 'xlsx' && options.out === undefined)
 *   usageError(context, '--format xlsx writes a workbook: give the file with --out FILE.xlsx')
 * // stderr: error: --format xlsx writes a workbook: give the file with --out FILE.xlsx   → exit 2
 * ```
 */
export function usageError(context: CommandContext, message: string): never {
  const words = ERROR_MESSAGES[context.language ?? 'en']
  context.io.stderr.write(`${context.err('red', words.label)}: ${message}\n${words.usageHint}\n`)
  throw new CommanderError(EXIT.USAGE, 'chiso.usage', message)
}

/**
 * The words of the commands' own usage errors in the run's language (English when a command function is called
 * directly).
 *
 * @example
 * ```ts
 * usageWordsOf(context).unitRecordOnly // '--unit chỉ dùng với --report record' under --lang vi
 * ```
 */
export function usageWordsOf(context: Pick<CommandContext, 'language'>): (typeof USAGE_MESSAGES)[Language] {
  return USAGE_MESSAGES[context.language ?? 'en']
}

/**
 * Writes a usage error's line (`error: …`, in the run's language) on stderr, for a command that returns
 * {@link EXIT.USAGE} itself rather than throwing with {@link usageError}.
 *
 * @example
 * ```ts
 * refuseUsage(context, usageWordsOf(context).unitRecordOnly) // stderr: error: --unit applies to --report record only
 * return EXIT.USAGE
 * ```
 */
export function refuseUsage(context: CommandContext, message: string): void {
  context.io.stderr.write(
    `${context.err('red', ERROR_MESSAGES[context.language ?? 'en'].label)}: ${message}\n`,
  )
}
