import { type Language, resolveLanguage } from './messages/language.js'

/**
 * The language of a run, read before the program is built (its help, descriptions and commander's own messages
 * are written at construction): the value of `--lang X` or `--lang=X` among `argv` (up to a `--`), else the
 * environment's (see `resolveLanguage`). An unknown value gives English here; the program then refuses it with
 * exit 2 in that language.
 *
 * @example
 * ```ts
 * languageOfArgv(['score', 'm.yaml', 'd.csv', '--lang', 'vi'], {}) // 'vi'
 * languageOfArgv(['--lang=en', 'catalogue'], { LANG: 'vi_VN' })    // 'en'
 * languageOfArgv(['catalogue'], { CHISO_LANG: 'vi' })              // 'vi'
 * ```
 */
export function languageOfArgv(
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  let option: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') break
    if (arg === '--lang') option = argv[index + 1]
    else if (arg.startsWith('--lang=')) option = arg.slice('--lang='.length)
  }
  return resolveLanguage(option, env).language ?? resolveLanguage(undefined, env).language ?? 'en'
}
