import { codedReason, type ImportResult, type RejectedCell, withReasonCode } from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import { ChisoError, type ChisoIssue, type Dataset } from '@chiso/core'
import { readText } from './read-text.js'

/**
 * Reads a wide CSV text into a {@link Dataset} the way `chiso score` does (through `@chiso/adapters/csv`): a
 * header row `unit,name,<leaf code>,…` (`<code>:<field>` for named fields, `<code>@<source>` for a source),
 * one row per unit; UTF-8 with or without BOM; `,`, `;` or tab delimited; `#` lines above the table are
 * comments (a `#` row inside the table is read like any row). Every
 * observation keeps its origin. Any rejected cell throws a located `ChisoError` listing every one, so nothing
 * partial is ever scored.
 *
 * @example
 * ```ts
 * const data = parseWideCsv('unit;name;1.1;1.2\nHN;Hà Nội;7,98;KAD\n', 'data.csv')
 * data.observations
 * // [{ unit: 'HN', node: '1.1', field: 'value', value: '7.98', origin: { file: 'data.csv', row: 2, column: 3 } },
 * //  { unit: 'HN', node: '1.2', field: 'value', value: 'NA',   origin: { file: 'data.csv', row: 2, column: 4 } }]
 * ```
 *
 * @category Command line
 */
export function parseWideCsv(text: string, file: string): Dataset {
  return withoutRejects(readCsv(text, { file, mapping: { format: 'wide' } }))
}

/**
 * Reads a wide CSV file (see {@link parseWideCsv}), resolving `file` against `cwd`.
 *
 * @example
 * ```ts
 * readWideCsv('pci-2021.csv', process.cwd()).units.length // 63
 * ```
 *
 * @category Command line
 */
export function readWideCsv(file: string, cwd: string): Dataset {
  return parseWideCsv(readText(file, cwd), file)
}

/**
 * The dataset of an import, or a located `ChisoError` listing every rejected cell (exit code 1) when there is
 * any and `allowRejects` is not set.
 *
 * @example
 * ```ts
 * const dataset = withoutRejects(await importData('d.csv', cwd), options.allowRejects)
 * ```
 */
export function withoutRejects(result: ImportResult, allowRejects = false): Dataset {
  const { rejected } = result.report
  if (rejected.length === 0 || allowRejects) return result.dataset
  const s = rejected.length === 1 ? '' : 's'
  throw new ChisoError(
    'INVALID_CELL',
    `${result.report.file}: ${rejected.length} cell${s} rejected (run with --allow-rejects to score without ${rejected.length === 1 ? 'it' : 'them'})`,
    {
      // Object.assign, not a spread: it keeps the issue's coded reason (not enumerable) for other languages.
      issues: rejected.map((cell, index) =>
        Object.assign(
          rejectedIssue(cell),
          index === rejected.length - 1
            ? {
                detail: `hint: fix the cell${s} and run again, or run with --allow-rejects to go on (rejected cells count as missing)`,
              }
            : {},
        ),
      ),
    },
  )
}

/** One rejected cell as an issue: its place, then the value and the reason. */
function rejectedIssue(cell: RejectedCell): ChisoIssue {
  const issue: ChisoIssue = {
    code: 'INVALID_CELL',
    file: cell.file,
    ...(cell.sheet ? { sheet: cell.sheet } : {}),
    row: cell.row,
    column: cell.column,
    message: `cannot read ${JSON.stringify(cell.value)}${cell.address ? ` (${cell.address})` : ''}: ${cell.reason}`,
  }
  return withReasonCode(issue, codedReason(cell))
}
