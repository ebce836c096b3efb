import { formatLocation, type InputProblem } from '../io/input-error.js'
import type { Stylist } from './style.js'

/**
 * How many problems of one input are listed before summarising the rest.
 *
 * @example
 * ```ts
 * PROBLEMS_SHOWN // 50
 * ```
 */
export const PROBLEMS_SHOWN = 50

/**
 * Formats one input problem on one line, the path first: `tree[0].max: message (at m.yaml:7:10)`; problems
 * without a JSON path start with their location: `data.csv:4:3: message`. A file excerpt follows, indented.
 *
 * @example
 * ```ts
 * formatProblem({ code: 'INVALID_METHODOLOGY', path: 'tree[0].max', message: 'expected a decimal string',
 *   file: 'm.yaml', line: 7, column: 10 })
 * // 'tree[0].max: expected a decimal string (at m.yaml:7:10)'
 * formatProblem({ code: 'INVALID_CELL', message: 'cannot read "abc"', file: 'd.csv', line: 4, column: 3 })
 * // 'd.csv:4:3: cannot read "abc"'
 * ```
 */
export function formatProblem(problem: InputProblem): string {
  const location = formatLocation(problem)
  let out: string
  if (problem.path !== undefined) {
    out = `${problem.path}: ${problem.message}${location === '' ? '' : ` (at ${location})`}`
  } else {
    out =
      location === '' || problem.message.startsWith(location)
        ? problem.message
        : `${location}: ${problem.message}`
  }
  if (problem.detail) out += `\n${problem.detail.replace(/^/gm, '    ')}`
  return out
}

/**
 * Formats a list of problems, one per line, capped at {@link PROBLEMS_SHOWN}.
 *
 * @example
 * ```ts
 * formatProblems([{ code: 'INVALID_CELL', message: 'no unit code', file: 'd.csv', line: 5, column: 1 }])
 * // 'd.csv:5:1: no unit code\n'
 * ```
 */
export function formatProblems(problems: ReadonlyArray<InputProblem>, style: Stylist = (_s, t) => t): string {
  const lines = problems.slice(0, PROBLEMS_SHOWN).map((problem) => {
    const text = formatProblem(problem)
    const colon = text.indexOf(': ')
    return colon > 0 ? style('bold', text.slice(0, colon)) + text.slice(colon) : text
  })
  if (problems.length > PROBLEMS_SHOWN) lines.push(`… and ${problems.length - PROBLEMS_SHOWN} more`)
  return `${lines.join('\n')}\n`
}
