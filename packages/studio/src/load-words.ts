// Loads words.js (the sentences of errors and import reasons) once, on demand, and remembers it: once loaded,
// the page says every error in its language synchronously, as it draws.
import { loadBundle } from './load-bundle.js'
import type { WordsRuntime } from './words-entry.js'

let loaded: WordsRuntime | undefined
let failed = false

/**
 * The words bundle, loading words.js the first time.
 *
 * @example
 * ```ts
 * const { errorWords } = await loadWords()
 * ```
 */
export async function loadWords(): Promise<WordsRuntime> {
  try {
    loaded ??= await loadBundle<WordsRuntime>('words.js', 'chisoWords')
    failed = false
    return loaded
  } catch (error) {
    failed = true
    throw error
  }
}

/**
 * Tells whether the last attempt to load words.js failed (a folder missing the file): errors are then said as
 * core wrote them.
 *
 * @example
 * ```ts
 * if (wordsFailed()) return formatIssue(issue)
 * ```
 */
export function wordsFailed(): boolean {
  return failed
}

/**
 * The words bundle if it has been loaded, else `undefined` (see {@link loadWords}).
 *
 * @example
 * ```ts
 * loadedWords()?.errorWords(error, 'vi')
 * ```
 */
export function loadedWords(): WordsRuntime | undefined {
  return loaded
}
