import { type ImportResult, isImportError } from '@chiso/adapters'
import { readCsv } from '@chiso/adapters/csv'
import type { Dataset } from '@chiso/core'
import { fromImportError, rejectedProblem } from './import-problems.js'
import { InputError } from './input-error.js'
import { readText } from './read-text.js'

/**
 * Reads a wide CSV text into a {@link Dataset} the way `chiso score` does (through `@chiso/adapters/csv`): a
 * header row `unit,name,<leaf code>,…` (`<code>:<field>` for named fields, `<code>@<source>` for a source),
 * one row per unit; UTF-8 with or without BOM; `,`, `;` or tab delimited; `#` lines are comments. Every
 * observation keeps its origin. Any rejected cell throws an {@link InputError} listing every one, so nothing
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
  let result: ImportResult
  try {
    result = readCsv(text, { file, mapping: { format: 'wide' } })
  } catch (error) {
    if (isImportError(error)) throw fromImportError(error)
    throw error
  }
  return withoutRejects(result)
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
 * The dataset of an import, or an {@link InputError} listing every rejected cell (exit code 1) when there is
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
  throw new InputError(
    `${result.report.file}: ${rejected.length} cell${s} rejected (run with --allow-rejects to score without ${rejected.length === 1 ? 'it' : 'them'})`,
    rejected.map((cell, index) => ({
      ...rejectedProblem(cell),
      ...(index === rejected.length - 1
        ? {
            detail: `hint: fix the cell${s} and run again, or run with --allow-rejects to go on (rejected cells count as missing)`,
          }
        : {}),
    })),
  )
}
