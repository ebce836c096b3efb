// What the page says about an error, in the page's language. English is the error as core and the adapters
// wrote it (core's `formatIssue`); Vietnamese reuses the command line's catalogue and its rendering
// (`formatIssueIn`): a rejected cell or ignored range by its import reason's sentence, an issue whose message has
// a reason code by that sentence with its values, and only an uncoded one by its error code's general sentence.
import { codedReason } from '@chiso/adapters'
import { type ChisoIssue, copyErrorReason, formatIssue, formatLocation, isChisoError } from '@chiso/core'
import { codeSentence, formatIssueIn } from '../../cli/src/format/chiso-error.js'
import { ERROR_MESSAGES } from '../../cli/src/messages/errors.js'
import { IMPORT_MESSAGES } from '../../cli/src/messages/import.js'
import { IMPORT_REASON_MESSAGES } from '../../cli/src/messages/import-reasons.js'
import { STUDIO_MESSAGES, type StudioLanguage } from './messages.js'
import { rejectedValueOf } from './rejected-cell-issue.js'

/** An error as the page shows it: a summary line and the located issues, one per line. */
export interface ErrorWords {
  readonly text: string
  readonly issues: ReadonlyArray<string>
}

/**
 * Says an error (a `ChisoError`, or anything thrown) in a language: the summary and every issue with its
 * place and values. Rejected cells are summarised by the studio's own sentence and each says its cell's value.
 *
 * @example
 * ```ts
 * errorWords(error, 'vi')
 * // { text: '1 ô dữ liệu không đọc được (sửa chúng rồi mở lại tệp):',
 * //   issues: ['d.csv:4:3: B4 "abc": cột "1.1", đơn vị "ha-noi": cần một số (7.98, …)'] }
 * ```
 */
export function errorWords(error: unknown, language: StudioLanguage): ErrorWords {
  if (!isChisoError(error)) {
    const message = error instanceof Error ? error.message : String(error)
    return { text: language === 'en' ? message : codeSentence('INTERNAL'), issues: [] }
  }
  const issues = error.issues.map((issue) => issueWords(issue, language, error.code))
  const rejected =
    error.issues.length > 0 && error.issues.every((issue) => rejectedValueOf(issue) !== undefined)
  if (rejected) return { text: STUDIO_MESSAGES[language].rejectedCells(error.issues.length), issues }
  // The message's first line is the summary; the issues follow, one by one.
  if (language === 'en') return { text: error.message.split('\n')[0] ?? error.message, issues }
  if (error.issues.length === 0) {
    // The error itself, said by its reason's sentence (with its values) or else by its code's.
    const whole: ChisoIssue = { message: error.message, ...(error.hint ? { hint: error.hint } : {}) }
    return { text: formatIssueIn('vi', copyErrorReason(error, whole), error.code), issues }
  }
  const files = [...new Set(error.issues.flatMap((issue) => (issue.file === undefined ? [] : [issue.file])))]
  const summary = `${files.length === 1 ? `${files[0]}: ` : ''}${codeSentence(error.code)}`
  return { text: `${summary}: ${ERROR_MESSAGES.vi.problems(error.issues.length)}`, issues }
}

/**
 * One issue in a language, place first (see `formatIssueIn`); a rejected cell also says its address and value.
 *
 * @example
 * ```ts
 * issueWords({ message: 'cannot read', file: 'd.csv', row: 4, column: 3 }, 'vi', 'INVALID_CELL')
 * // 'd.csv:4:3: không đọc được ô này (ví dụ chữ ở chỗ cần một con số)'
 * issueWords(rejectedCellIssue(cell), 'vi', 'INVALID_CELL')
 * // 'd.csv:4:3: không đọc được "abc": cột "1.1", đơn vị "ha-noi": cần một số (7.98, …)'
 * ```
 */
export function issueWords(issue: ChisoIssue, language: StudioLanguage, fallbackCode: string): string {
  if (language === 'en') return formatIssue(issue)
  const cell = rejectedValueOf(issue)
  if (cell === undefined) return formatIssueIn('vi', issue, fallbackCode)
  // A rejected cell: its place, its address and value, then its reason's sentence (the general one of its
  // code only when the reason has no code).
  const coded = codedReason(issue)
  const reason =
    coded === undefined
      ? codeSentence(issue.code ?? fallbackCode)
      : IMPORT_REASON_MESSAGES.vi[coded.code](coded.params)
  const value = `${cell.address === undefined ? '' : `${cell.address} `}${IMPORT_MESSAGES.vi.cannotRead(JSON.stringify(cell.value))}`
  const place = formatLocation(issue)
  return `${place === '' ? '' : `${place}: `}${value}: ${reason}`
}
