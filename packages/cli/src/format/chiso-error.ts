import { type ChisoError, formatIssue } from '@chiso/core'
import { pointsIntoInput } from '../io/located-error.js'
import { formatIssues } from './issues.js'
import type { Stylist } from './style.js'

/**
 * Formats a `ChisoError` for stderr. An error that points into the input prints `error: <summary>` followed
 * by each issue, path first (a single issue without a JSON path is printed on the `error:` line itself); any
 * other prints its message and, on the next line, its hint.
 *
 * @example
 * ```ts
 * formatChisoError(error)
 * // 'error: m.yaml: invalid methodology: 1 problem\n  tree[0].max: expected a decimal string (at m.yaml:7:10)\n'
 * ```
 */
export function formatChisoError(error: ChisoError, style: Stylist = (_s, text) => text): string {
  const label = style('red', 'error')
  if (!pointsIntoInput(error))
    return `${label}: ${error.message}${error.hint ? `\nhint: ${error.hint}` : ''}\n`
  const [only] = error.issues
  if (error.issues.length === 1 && only && only.path === undefined) return `${label}: ${formatIssue(only)}\n`
  const list = formatIssues(error.issues, style).replace(/^(?=.)/gm, '  ')
  // The message lists the issues after its first line, the summary.
  return `${label}: ${error.message.split('\n')[0]}\n${list}`
}
