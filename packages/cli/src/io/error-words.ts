/**
 * The Vietnamese words the CLI gives one of its own errors, when it can say more than the sentence of the
 * error's code: the message (and hint) with the error's values, written where the error is raised.
 *
 * @example
 * ```ts
 * const words: ErrorWords = { message: 'pci: không có tệp này', hint: 'có phải ý bạn là pci@2014?' }
 * ```
 */
export interface ErrorWords {
  /** What is wrong, in Vietnamese, with the error's values. */
  readonly message: string
  /** What the user can do about it, in Vietnamese. */
  readonly hint?: string
}

// Kept beside the error, not on it: a ChisoError's shape is core's (and its JSON form is part of the contract).
const VIETNAMESE = new WeakMap<object, ErrorWords>()

/**
 * Gives an error its Vietnamese words (see {@link ErrorWords}) and returns it, so it can be thrown at once.
 * Without them, Vietnamese output says the error by the sentence of its code.
 *
 * @example
 * ```ts
 * throw inVietnamese(new ChisoError('NOT_FOUND', 'no unit X'), { message: 'không có đơn vị X' })
 * ```
 */
export function inVietnamese<E extends object>(error: E, words: ErrorWords): E {
  VIETNAMESE.set(error, words)
  return error
}

/**
 * The Vietnamese words given to an error with {@link inVietnamese}, if any.
 *
 * @example
 * ```ts
 * vietnameseWordsOf(inVietnamese(error, { message: 'không có đơn vị X' }))?.message // 'không có đơn vị X'
 * vietnameseWordsOf(new Error('x'))                                                // undefined
 * ```
 */
export function vietnameseWordsOf(error: object): ErrorWords | undefined {
  return VIETNAMESE.get(error)
}

/**
 * Gives an error written in the run's language its Vietnamese words when that language is Vietnamese (see
 * {@link inVietnamese}); an English error is returned as it is.
 *
 * @example
 * ```ts
 * throw inLanguage(new ChisoError('NOT_FOUND', words.notBuilt(dir)), language, { message: words.notBuilt(dir) })
 * ```
 */
export function inLanguage<E extends object>(error: E, language: 'vi' | 'en', words: ErrorWords): E {
  return language === 'vi' ? inVietnamese(error, words) : error
}
