import type { Language } from '../messages/language.js'
import { NOTES_MESSAGES } from '../messages/notes.js'
import type { CommandContext } from './context.js'

/**
 * The words of the run's notes, in its language (English when a command function is called directly).
 *
 * @example
 * ```ts
 * notesOf(context).units(3) // '3 đơn vị' under --lang vi
 * ```
 */
export function notesOf(context: Pick<CommandContext, 'language'>): (typeof NOTES_MESSAGES)[Language] {
  return NOTES_MESSAGES[context.language ?? 'en']
}

/**
 * Writes the note that a file was written, with what it holds, on stderr: `wrote FILE (27 units)`.
 *
 * @example
 * ```ts
 * noteWrote(context, 'bang-diem.csv', (words) => words.units(27)) // stderr: đã ghi bang-diem.csv (27 đơn vị)
 * ```
 */
export function noteWrote(
  context: Pick<CommandContext, 'language' | 'io'>,
  file: string,
  what: (words: (typeof NOTES_MESSAGES)[Language]) => string = () => '',
): void {
  const words = notesOf(context)
  context.io.stderr.write(`${words.wrote(file, what(words))}\n`)
}
