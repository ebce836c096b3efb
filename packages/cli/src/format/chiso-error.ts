import { codedReason } from '@chiso/adapters'
import { type ChisoError, type ChisoIssue, errorReasonOf, formatIssue, formatPath } from '@chiso/core'
import { appendixReasonOf } from '../appendix/appendix-reason.js'
import { vietnameseWordsOf } from '../io/error-words.js'
import { pointsIntoInput } from '../io/located-error.js'
import { APPENDIX_REASON_MESSAGES } from '../messages/appendix-reasons.js'
import { ERROR_REASON_MESSAGES } from '../messages/error-reasons.js'
import { ERROR_MESSAGES } from '../messages/errors.js'
import { IMPORT_REASON_MESSAGES } from '../messages/import-reasons.js'
import type { Language } from '../messages/language.js'
import { formatIssues } from './issues.js'
import type { Stylist } from './style.js'

const plain: Stylist = (_s, text) => text

/**
 * Formats a `ChisoError` for stderr. An error that points into the input prints `error: <summary>` followed
 * by each issue, path first (a single issue without a JSON path is printed on the `error:` line itself); any
 * other prints its message and, on the next line, its hint. In Vietnamese the error is said by the words the
 * CLI gave it (`inVietnamese`) or else by the sentence of its code (and each issue by its own code's), at the
 * same places, with a last line saying how to see the English details.
 *
 * @example
 * ```ts
 * formatChisoError(error)
 * // 'error: m.yaml: invalid methodology: 1 problem\n  tree[0].max: expected a decimal string (at m.yaml:7:10)\n'
 * formatChisoError(error, plain, 'vi')
 * // 'lỗi: m.yaml: 1 vấn đề\n  tree[0].max: bộ chỉ số không đúng cấu trúc (tại m.yaml:7:10)\nChi tiết bằng tiếng Anh…\n'
 * ```
 */
export function formatChisoError(
  error: ChisoError,
  style: Stylist = plain,
  language: Language = 'en',
): string {
  if (language === 'vi') return formatInVietnamese(error, style)
  const label = style('red', 'error')
  if (!pointsIntoInput(error))
    return `${label}: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}\n`
  const [only] = error.issues
  if (error.issues.length === 1 && only && only.path === undefined) return `${label}: ${formatIssue(only)}\n`
  const list = formatIssues(error.issues, style).replace(/^(?=.)/gm, '  ')
  // The message lists the issues after its first line, the summary.
  return `${label}: ${error.message.split('\n')[0]}\n${list}`
}

function formatInVietnamese(error: ChisoError, style: Stylist): string {
  const words = ERROR_MESSAGES.vi
  const label = style('red', words.label)
  const own = vietnameseWordsOf(error)
  if (own !== undefined) return `${label}: ${own.message}${own.hint ? `\n${words.hint}: ${own.hint}` : ''}\n`
  const sentence = codeSentence(error.code)
  if (!pointsIntoInput(error)) {
    // An error whose message is coded (and is its one issue) is said whole, with its values and hint.
    const coded = error.issues.length <= 1 ? codedWords(error, error.hint) : undefined
    if (coded === undefined) return `${label}: ${sentence}\n${words.details}\n`
    return `${label}: ${coded.message}${coded.hint === undefined ? '' : `\n${words.hint}: ${coded.hint}`}\n`
  }
  const details = saysEverything(error.issues) ? '' : `${words.details}\n`
  const [only] = error.issues
  if (error.issues.length === 1 && only && only.path === undefined)
    return `${label}: ${formatIssueIn('vi', only, error.code)}\n${details}`
  const files = [...new Set(error.issues.flatMap((issue) => (issue.file === undefined ? [] : [issue.file])))]
  const summary = `${files.length === 1 ? `${files[0]}: ` : ''}${sentence}: ${words.problems(error.issues.length)}`
  const list = formatIssues(error.issues, style, 'vi', error.code).replace(/^(?=.)/gm, '  ')
  return `${label}: ${summary}\n${list}${details}`
}

/**
 * The Vietnamese words of an error or issue that carries a reason code the catalogue says (see
 * `withErrorReason` in core), with its values: the message, and the hint when it has one — `undefined` when
 * the reason is missing or unknown, or when the English hint has no coded sentence (it would be lost).
 */
function codedWords(
  target: object,
  hint: string | undefined,
): { message: string; hint?: string | undefined } | undefined {
  const reason = errorReasonOf(target)
  if (reason === undefined) return undefined
  const message = sentenceOf(reason.code, reason.params)
  if (message === undefined) return undefined
  if (hint === undefined) return { message }
  const said = reason.hint === undefined ? undefined : sentenceOf(reason.hint, reason.params)
  return said === undefined ? undefined : { message, hint: said }
}

function sentenceOf(code: string, params: Readonly<Record<string, string>>): string | undefined {
  const table: Readonly<Record<string, (values: typeof params) => string>> = ERROR_REASON_MESSAGES.vi
  return Object.hasOwn(table, code) ? table[code]!(params) : undefined
}

/**
 * Tells whether Vietnamese output says every one of these issues fully, values and hints included (each
 * carries a reason code the catalogue says — an error's, an import's or an appendix table's — and no
 * untranslated detail): then the line pointing to `--lang en`
 * for the details is left out.
 *
 * @example
 * ```ts
 * saysEverything(error.issues) // true when every issue is coded
 * ```
 */
export function saysEverything(issues: ReadonlyArray<ChisoIssue>): boolean {
  return issues.every(
    (issue) =>
      issue.detail === undefined &&
      // An import's or an appendix table's coded reason is said whole by its sentence; a hint beside it is not.
      ((issue.hint === undefined &&
        (codedReason(issue) !== undefined || appendixReasonOf(issue) !== undefined)) ||
        codedWords(issue, issue.hint) !== undefined),
  )
}

/**
 * The sentence of an error code in Vietnamese (the code itself when the catalogue has none: a plugin's code).
 *
 * @example
 * ```ts
 * codeSentence('INVALID_CELL') // 'không đọc được ô này (ví dụ chữ ở chỗ cần một con số)'
 * ```
 */
export function codeSentence(code: string): string {
  return ERROR_MESSAGES.vi.codes[code] ?? code
}

/**
 * One issue in a language: English is core's `formatIssue` (path first, message, hint, detail); Vietnamese
 * puts the same place first and says the issue by the sentence of its code (the issue's own, else the error's).
 *
 * @example
 * ```ts
 * formatIssueIn('vi', { message: 'cannot read "abc"', file: 'd.csv', row: 4, column: 3 }, 'INVALID_CELL')
 * // 'd.csv:4:3: không đọc được ô này (ví dụ chữ ở chỗ cần một con số)'
 * ```
 */
export function formatIssueIn(language: Language, issue: ChisoIssue, fallbackCode: string): string {
  if (language === 'en') return formatIssue(issue)
  const words = ERROR_MESSAGES.vi
  // A rejected cell whose reason has a code (an import's, see `codedReason`, or an appendix table's) is said
  // by that reason's own sentence; an issue whose message has a code (see `withErrorReason`) by its sentence,
  // with its values and hint.
  const coded = codedReason(issue)
  const appendix = coded === undefined ? appendixReasonOf(issue) : undefined
  const own = coded === undefined && appendix === undefined ? codedWords(issue, issue.hint) : undefined
  const sentence =
    coded !== undefined
      ? IMPORT_REASON_MESSAGES.vi[coded.code](coded.params)
      : appendix !== undefined
        ? APPENDIX_REASON_MESSAGES.vi[appendix.code](appendix.params)
        : (own?.message ?? codeSentence(issue.code ?? fallbackCode))
  const hint = own?.hint === undefined ? '' : `\n    ${words.hint}: ${own.hint}`
  const location = locationIn(issue)
  if (issue.path !== undefined)
    return `${issue.path.length === 0 ? words.root : formatPath(issue.path)}: ${sentence}${location === '' ? '' : ` ${words.at(location)}`}${hint}`
  return `${location === '' ? sentence : `${location}: ${sentence}`}${hint}`
}

function locationIn(where: ChisoIssue): string {
  if (where.file === undefined) return where.row === undefined ? '' : ERROR_MESSAGES.vi.line(where.row)
  let out = where.sheet ? `${where.file}!${where.sheet}` : where.file
  if (where.row !== undefined) {
    out += `:${where.row}`
    if (where.column !== undefined) out += `:${where.column}`
  }
  return out
}
