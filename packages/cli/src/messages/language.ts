/**
 * A language chiso speaks: Vietnamese (`vi`, the first language of its users) or English (`en`).
 *
 * @example
 * ```ts
 * const language: Language = 'vi'
 * ```
 */
export type Language = 'vi' | 'en'

/**
 * Every {@link Language}, in the order `--lang` lists them.
 *
 * @example
 * ```ts
 * LANGUAGES // ['vi', 'en']
 * ```
 */
export const LANGUAGES: ReadonlyArray<Language> = ['vi', 'en']

/**
 * The environment variables that choose the language when `--lang` is not given, strongest first: chiso's own,
 * then the POSIX locale variables in the order the C library reads them for messages.
 *
 * @example
 * ```ts
 * LANGUAGE_VARIABLES // ['CHISO_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']
 * ```
 */
export const LANGUAGE_VARIABLES = ['CHISO_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const

/**
 * The language of a locale name: `vi`, `vi_VN.UTF-8`, `vi-VN` are Vietnamese; every other locale is English,
 * including `C` and `POSIX` — the "no localisation" locales of servers, containers and scripts, whose messages
 * are by convention the untranslated (English) ones, as with gettext.
 *
 * @example
 * ```ts
 * languageOfLocale('vi_VN.UTF-8') // 'vi'
 * languageOfLocale('C.UTF-8')     // 'en'
 * languageOfLocale('fr_FR')       // 'en'
 * ```
 */
export function languageOfLocale(locale: string): Language {
  return /^vi(?:$|[_.\-@])/i.test(locale.trim()) ? 'vi' : 'en'
}

/**
 * Chooses the language of a run: `--lang` when given; else `CHISO_LANG` (which must be `vi` or `en`); else the
 * first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty ({@link languageOfLocale}); else, when
 * none is set (Windows, where these variables are usually absent), the system's locale as the JavaScript
 * runtime reports it. Returns a problem instead of a language when `--lang` or `CHISO_LANG` is not `vi`/`en`.
 *
 * @example
 * ```ts
 * resolveLanguage(undefined, { LANG: 'vi_VN.UTF-8' })        // { language: 'vi' }
 * resolveLanguage('en', { CHISO_LANG: 'vi' })                // { language: 'en' }
 * resolveLanguage(undefined, { CHISO_LANG: 'fr' })           // { problem: 'CHISO_LANG must be vi or en, not "fr"' }
 * resolveLanguage(undefined, {}, 'vi-VN')                    // { language: 'vi' }
 * resolveLanguage(undefined, { LANG: 'C' }, 'vi-VN')         // { language: 'en' }
 * ```
 */
export function resolveLanguage(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  systemLocale?: string,
): { language: Language; problem?: undefined } | { problem: string; language?: undefined } {
  if (option !== undefined) {
    return isLanguage(option) ? { language: option } : { problem: `--lang must be vi or en, not "${option}"` }
  }
  const own = env.CHISO_LANG
  if (own !== undefined && own !== '') {
    const value = own.trim().toLowerCase()
    return isLanguage(value) ? { language: value } : { problem: `CHISO_LANG must be vi or en, not "${own}"` }
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]
    if (value !== undefined && value !== '') return { language: languageOfLocale(value) }
  }
  return { language: languageOfLocale(systemLocale ?? runtimeLocale()) }
}

// Asked only when no variable decides: the runtime's default locale costs ICU's initialisation, 20–80 ms of a
// cold start for `Intl.DateTimeFormat` (it also loads the time zone), well under 1 ms for `Intl.PluralRules`,
// which resolves the same default locale (docs/performance.md, start-up).
function runtimeLocale(): string {
  return new Intl.PluralRules().resolvedOptions().locale
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as ReadonlyArray<string>).includes(value)
}
