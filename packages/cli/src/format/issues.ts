import { type ChisoIssue, formatIssue } from '@chiso/core'
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
 * Formats a list of issues with `formatIssue` (path first, else location first), one per line, capped at
 * {@link ISSUES_SHOWN}; the part before the first `: ` is bold.
 *
 * @example
 * ```ts
 * formatIssues([{ code: 'INVALID_CELL', message: 'no unit code', file: 'd.csv', row: 5, column: 1 }])
 * // 'd.csv:5:1: no unit code\n'
 * ```
 */
export function formatIssues(issues: ReadonlyArray<ChisoIssue>, style: Stylist = (_s, t) => t): string {
  const lines = issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const text = formatIssue(issue)
    const colon = text.indexOf(': ')
    return colon > 0 ? style('bold', text.slice(0, colon)) + text.slice(colon) : text
  })
  if (issues.length > ISSUES_SHOWN) lines.push(`… and ${issues.length - ISSUES_SHOWN} more`)
  return `${lines.join('\n')}\n`
}
