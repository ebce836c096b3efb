import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatDiagnosticsSummary } from '../format/diagnostics.js'
import { stringifyOrdered, treeOrder } from '../format/ordered-json.js'
import { formatRankingTable } from '../format/ranking-table.js'
import { toContractJson } from '../format/scorecard-json.js'
import { createStylist } from '../format/style.js'
import { fileKind } from '../io/file-kind.js'
import { InputError } from '../io/input-error.js'
import { readDataset } from '../io/read-dataset.js'
import { readDocument } from '../io/read-document.js'
import { compileDocument } from './compile.js'
import type { CommandContext } from './context.js'

/**
 * The output formats of `chiso score` in this version.
 *
 * @example
 * ```ts
 * SCORE_FORMATS.includes('json') // true
 * ```
 */
export const SCORE_FORMATS = ['table', 'json'] as const

/**
 * Options of `chiso score`.
 *
 * @example
 * ```ts
 * const options: ScoreOptions = { format: 'json', out: 'ranking.json' }
 * ```
 */
export interface ScoreOptions {
  /** `table` (default) or `json` (the CLI contract's object). */
  format?: (typeof SCORE_FORMATS)[number]
  /** Write to this file instead of stdout. */
  out?: string
  /** Keep each node's status, trace and steps in the JSON output. */
  trace?: boolean
}

/**
 * `chiso score METHODOLOGY DATA [--format table|json] [--out FILE] [--trace]`: compiles the methodology,
 * reads the data (wide CSV or dataset JSON/YAML), scores and ranks every unit, and prints the ranking table
 * or the JSON object of the CLI contract. Diagnostics about the data are listed on stderr (table) or in the
 * JSON; they never change the exit code.
 *
 * @example
 * ```ts
 * await scoreCommand('pci.methodology.yaml', 'pci-2021.csv', { format: 'json' }, context)
 * // stdout: { "methodology": { "id": "pci", … }, "units": [ … ], "diagnostics": [] }
 * // → 0
 * ```
 */
export async function scoreCommand(
  methodologyFile: string,
  dataFile: string,
  options: ScoreOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  if (fileKind(methodologyFile) === 'unknown' && /^[a-z0-9][a-z0-9._-]*@\d/.test(methodologyFile)) {
    throw new InputError(`catalogue ids are not supported yet: ${methodologyFile}`, [
      {
        code: 'UNSUPPORTED_FORMAT',
        message: `catalogue ids (${methodologyFile}) are not supported yet: pass a methodology file (.yaml or .json)`,
      },
    ])
  }
  const compiled = compileDocument(readDocument(methodologyFile, io.cwd))
  const dataset = readDataset(dataFile, io.cwd)
  const scorecard = compiled.evaluate(dataset, { trace: options.trace === true })

  const toFile = options.out !== undefined
  let text: string
  if (options.format === 'json') {
    const contract = toContractJson(scorecard, { trace: options.trace === true })
    text = `${stringifyOrdered(contract, treeOrder(compiled.methodology))}\n`
  } else {
    text = formatRankingTable(scorecard, compiled.methodology, {
      style: toFile ? createStylist(false) : context.out,
    })
    io.stderr.write(formatDiagnosticsSummary(scorecard.diagnostics, context.err))
  }
  if (options.out !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, options.out), text)
    } catch (error) {
      throw new InputError(`cannot write ${options.out}`, [
        {
          code: 'UNWRITABLE_FILE',
          file: options.out,
          message: `cannot write ${options.out}: ${error instanceof Error ? error.message : String(error)}`,
        },
      ])
    }
    io.stderr.write(`wrote ${options.out} (${scorecard.units.length} units)\n`)
  } else {
    io.stdout.write(text)
  }
  return EXIT.OK
}
