// The studio's own errors (a file of the wrong kind) are said by the studio's catalogue, in both languages,
// without the words bundle: the sentence is kept beside the error, as a function of the page's messages.
import type { StudioMessages } from './messages.js'

type Say = (messages: StudioMessages) => string

// Beside the error, not on it: a ChisoError's shape is core's.
const SAID = new WeakMap<object, Say>()

/**
 * Gives an error the studio's sentence for it and returns it, so it can be thrown at once.
 *
 * @example
 * ```ts
 * throw saidByStudio(new ChisoError('UNSUPPORTED_FORMAT', 'unsupported file type: a.txt'), (m) =>
 *   m.unsupportedData('a.txt'),
 * )
 * ```
 */
export function saidByStudio<E extends object>(error: E, say: Say): E {
  SAID.set(error, say)
  return error
}

/**
 * The studio's sentence of an error in the page's messages, or `undefined` when the studio gave it none.
 *
 * @example
 * ```ts
 * studioWordsOf(error, STUDIO_MESSAGES.vi) // 'a.txt: chỉ đọc được tệp .csv hoặc .xlsx.'
 * ```
 */
export function studioWordsOf(error: unknown, messages: StudioMessages): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  return SAID.get(error)?.(messages)
}
