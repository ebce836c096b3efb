import type { ChisoIssue } from '@chiso/core'
import { ERROR_MESSAGES } from '../messages/errors.js'
import type { Language } from '../messages/language.js'
import { formatIssueIn } from './chiso-error.js'
import type { Stylist } from './style.js'

/**
 * How many issues of one input are listed before summarising the rest.
 *
 * @example
 * ```ts
 * ISSUES_SHOWN // 50
 * ```
 */
export const ISSUES_SHOWN = 50

/**
 * Formats a list of issues (path first, else location first; see `formatIssueIn`), one per line, capped at
 * {@link ISSUES_SHOWN}; the part before the first `: ` is bold. In Vietnamese an issue without its own code
 * is said by `fallbackCode`'s sentence (the code of the error that holds it).
 *
 * @example
 * ```ts
 * formatIssues([{ code: 'INVALID_CELL', message: 'no unit code', file: 'd.csv', row: 5, column: 1 }])
 * // 'd.csv:5:1: no unit code\n'
 * ```
 */
export function formatIssues(
  issues: ReadonlyArray<ChisoIssue>,
  style: Stylist = (_s, t) => t,
  language: Language = 'en',
  fallbackCode = 'INVALID_INPUT',
): string {
  const lines = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const text = formatIssueIn(language, issue, fallbackCode)
    const colon = text.indexOf(': ')
    return colon > 0 ? style('bold', text.slice(0, colon)) + text.slice(colon) : text
  })
  if (issues.length > ISSUES_SHOWN) lines.push(ERROR_MESSAGES[language].more(issues.length - ISSUES_SHOWN))
  return `${lines.join('\n')}\n`
}
