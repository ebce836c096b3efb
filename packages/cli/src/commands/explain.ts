import { ChisoError, copyErrorReason, isChisoError } from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { explainText } from '../format/explain-text.js'
import { notFoundAmong } from '../io/not-found-among.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { unitCodeOption } from './unit-code-option.js'

/**
 * Options of `chiso explain`.
 *
 * @example
 * ```ts
 * const options: ExplainCommandOptions = { unit: 'dong-son', node: '3.2.1', lang: 'vi' }
 * ```
 */
export interface ExplainCommandOptions extends DataOptions {
  /** The unit to explain. */
  unit: string
  /** One node to explain in detail (its inputs, rule, steps). */
  node?: string
  /** Language of titles. */
  lang?: 'vi' | 'en'
  /** Print the unit's results (and the node's trace) as JSON. */
  json?: boolean
}

/**
 * `chiso explain METHODOLOGY DATA --unit CODE [--node CODE]`: scores the data and prints how one unit's result
 * came about — an indented tree of every node with its points, maximum and index — or, with `--node`, that
 * node's inputs, rule, options and steps. `--json` prints the unit's results (with traces) instead.
 *
 * @example
 * ```ts
 * await explainCommand('district.methodology.yaml', 'districts-2023.csv', { unit: 'dong-son' }, context)
 * // stdout: dong-son Huyện Đông Sơn — … index 85.50 (exact 85.5) = 85.5 of 100 applicable points, rank 3 …
 * //           1 Công tác chỉ đạo, điều hành: 9 of 10 points (90 %)
 * //             1.1 Kế hoạch CCHC năm: 1 of 1 points (100 %)
 * // → 0
 * ```
 */
export async function explainCommand(
  methodologyFile: string,
  dataFile: string,
  options: ExplainCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const compiled = loadMethodology(methodologyFile, io.cwd, context.limits)
  const { dataset } = await loadData(dataFile, options, context, compiled)
  const scorecard = compiled.evaluate(dataset, { trace: true })
  const unit = scorecard.units.find((candidate) => candidate.unit === options.unit)
  if (!unit)
    throw notFoundAmong(
      'unit',
      options.unit,
      dataset.units.map((u) => u.code),
      dataFile,
    )
  if (options.node !== undefined && !unit.nodes[options.node]) {
    const codes = compiled.leaves.length > 0 ? treeCodes(compiled.methodology.tree) : []
    throw notFoundAmong('node', options.node, codes, methodologyFile)
  }
  if (options.json) {
    const nodes = options.node === undefined ? unit.nodes : { [options.node]: unit.nodes[options.node] }
    const diagnostics = scorecard.diagnostics.filter(
      (d) => d.unit === unit.unit && (options.node === undefined || d.node === options.node),
    )
    io.stdout.write(`${JSON.stringify({ ...unit, nodes, diagnostics }, null, 2)}\n`)
    return EXIT.OK
  }
  try {
    const language = options.lang ?? context.language ?? 'vi'
    // Written here from the structured results, so every word follows the language (core's `explain()`
    // writes English around the titles).
    const text = explainText(scorecard, compiled.methodology, {
      unit: options.unit,
      node: options.node,
      language,
    })
    io.stdout.write(`${text}\n`)
  } catch (error) {
    if (isChisoError(error) && error.code === 'NOT_FOUND')
      throw new ChisoError(error.code, error.message, {
        issues: [copyErrorReason(error, { message: error.message })],
      })
    throw error
  }
  return EXIT.OK
}

/**
 * Adds `chiso explain METHODOLOGY DATA --unit CODE [--node CODE] [--json]` to the program.
 *
 * @example
 * ```ts
 * registerExplainCommand(program, context, state)
 * ```
 */
export const registerExplainCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('explain')
    .description('show how one unit’s result came about: every node with its points and maximum')
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV, XLSX, or a dataset JSON/YAML')
    .requiredOption('-u, --unit <code>', 'the unit (đơn vị) to explain', unitCodeOption)
    .option('-n, --node <code>', 'explain one node in detail: inputs, rule, options, steps')
    .option('--json', 'print the unit’s results (with traces) and diagnostics as JSON')
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ chiso explain examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit dong-son',
        '  $ chiso explain examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --unit dong-son --node 1.2.1',
        '  $ chiso explain examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --unit quang-ninh --json',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: ExplainCommandOptions) => {
      state.exitCode = await explainCommand(methodology, data, options, context)
    })
}

function treeCodes(nodes: ReadonlyArray<{ code: string; children?: ReadonlyArray<unknown> }>): string[] {
  return nodes.flatMap((node) => [node.code, ...treeCodes((node.children ?? []) as typeof nodes)])
}
