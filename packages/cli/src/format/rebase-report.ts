import type { RebaseResult } from '@chiso/core'
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
export function formatRebaseReport(result: RebaseResult, inputCount: number, style: Stylist): string {
  const { problems, uncovered } = result
  const carried = inputCount - problems.length
  let out = `carried ${carried} of ${inputCount} observation${inputCount === 1 ? '' : 's'} over`
  if (problems.length === 0) out += '\n'
  else {
    out += `; ${problems.length} could not be:\n\n`
    out += renderTable(
      [
        { header: 'Reason' },
        { header: 'Unit' },
        { header: 'Node' },
        { header: 'Field' },
        { header: 'Value' },
        { header: 'From' },
        { header: 'Why' },
      ],
      problems.map((p) => [
        p.code,
        p.unit,
        p.node,
        p.field,
        p.value === null ? '(missing)' : String(p.value),
        [p.origin?.file, p.origin?.sheet, p.origin?.row, p.origin?.column]
          .filter((x) => x !== undefined)
          .join(':'),
        p.message,
      ]),
      { style },
    )
  }
  if (uncovered.length > 0) {
    out += `${style('yellow', 'no data')} for the new version's ${uncovered.length} new criteria: ${uncovered.join(', ')}\n`
  }
  return out
}
