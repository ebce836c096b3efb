import { CommanderError } from 'commander'
import { EXIT } from '../exit-codes.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
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
