import type { InputError } from '../io/input-error.js'
import { formatProblem, formatProblems } from './problems.js'
import type { Stylist } from './style.js'

/**
 * Formats an {@link InputError} for stderr: `error: <summary>` followed by each problem, path first. A single
 * problem without a JSON path is printed on the `error:` line itself.
 *
 * @example
 * ```ts
 * formatInputError(error)
 * // 'error: m.yaml: invalid methodology: 1 problem\n  tree[0].max: expected a decimal string (at m.yaml:7:10)\n'
 * ```
 */
export function formatInputError(error: InputError, style: Stylist = (_s, text) => text): string {
  const label = style('red', 'error')
  const [only] = error.problems
  if (error.problems.length === 1 && only && only.path === undefined) {
    return `${label}: ${formatProblem(only)}\n`
  }
  const list = formatProblems(error.problems, style).replace(/^(?=.)/gm, '  ')
  return `${label}: ${error.message}\n${list}`
}
