import type { RebaseResult } from '@chiso/core'
import type { Language } from '../messages/language.js'
import { VERSIONING_MESSAGES } from '../messages/versioning.js'
import type { Stylist } from './style.js'
import { renderTable } from './table.js'

/**
 * Formats what `chiso rebase` did: how many observations were carried over, a table of every observation that
 * could not be (reason, unit, node, field, value, where it came from), and the new criteria that received no
 * data.
 *
 * @example
 * ```ts
 * formatRebaseReport(result, 12, createStylist(false))
 * // 'carried 10 of 12 observations over; 2 could not be:\n\nReason   Unit  Node …'
 * ```
 */
export function formatRebaseReport(
  result: RebaseResult,
  inputCount: number,
  style: Stylist,
  language: Language = 'en',
): string {
  const words = VERSIONING_MESSAGES[language]
  const { problems, uncovered } = result
  const carried = inputCount - problems.length
  let out = words.carried(carried, inputCount)
  if (problems.length === 0) out += '\n'
  else {
    out += `${words.notCarried(problems.length)}\n\n`
    out += renderTable(
      [
        { header: words.rebaseHeaders.reason },
        { header: words.rebaseHeaders.unit },
        { header: words.rebaseHeaders.node },
        { header: words.rebaseHeaders.field },
        { header: words.rebaseHeaders.value },
        { header: words.rebaseHeaders.from },
        { header: words.rebaseHeaders.why },
      ],
      problems.map((p) => [
        p.code,
        p.unit,
        p.node,
        p.field,
        p.value === null ? words.missing : String(p.value),
        [p.origin?.file, p.origin?.sheet, p.origin?.row, p.origin?.column]
          .filter((x) => x !== undefined)
          .join(':'),
        language === 'en' ? p.message : words.seeDetails,
      ]),
      { style },
    )
  }
  if (uncovered.length > 0) {
    out += `${style('yellow', words.noData)} ${words.uncovered(uncovered.length, uncovered.join(', '))}\n`
  }
  return out
}
