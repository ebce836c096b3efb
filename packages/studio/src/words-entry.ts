// The words bundle (words.js): the command line's catalogue of error and import-reason sentences and the
// studio's rendering of an error with them, loaded the first time an error is shown (the start bundle stays
// without them).
import { errorWords } from './error-words.js'

/**
 * What words.js gives the page.
 *
 * @example
 * ```ts
 * const { errorWords } = await loadWords()
 * ```
 */
export interface WordsRuntime {
  readonly errorWords: typeof errorWords
}

;(globalThis as unknown as { chisoWords: WordsRuntime }).chisoWords = { errorWords }
