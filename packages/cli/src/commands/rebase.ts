import {
  type CompiledMethodology,
  isCatalogueReference,
  isChisoError,
  parseReference,
  type RebaseResult,
  rebase,
} from '@chiso/core'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { formatRebaseReport } from '../format/rebase-report.js'
import { isLocatedError, locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { writeOutputFile } from '../io/write-output.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { notesOf } from './notes.js'

/**
 * Options of `chiso rebase`.
 *
 * @example
 * ```ts
 * const options: RebaseOptions = { crosswalk: 'crosswalk-2025.yaml', from: 'cchc-2024.yaml', out: 'data-2024-as-2025.json' }
 * ```
 */
export interface RebaseOptions extends DataOptions {
  /** The crosswalk file (YAML or JSON). */
  crosswalk: string
  /** The old methodology (file or catalogue id); default: the crosswalk's `from`, when it is a catalogue id. */
  from?: string
  /** Write the rebased dataset (JSON) to this file. */
  out?: string
  /** Print the report as JSON. */
  json?: boolean
}

/**
 * `chiso rebase METHODOLOGY DATA --crosswalk FILE [--from OLD] [--out FILE] [--json]`: carries last year's data
 * over to this year's methodology through a crosswalk (recoded, split, merged and retired criteria), so it can be
 * re-scored under the new version with `chiso score` — separating real change from methodology change. Every
 * observation that cannot be carried over is reported with its reason; the exit code stays 0 (they are data
 * problems, like score's diagnostics). Without `--out` the rebased dataset goes to stdout (JSON) and the report
 * to stderr.
 *
 * @example
 * ```ts
 * await rebaseCommand('cchc-2025.yaml', 'data-2024.csv', { crosswalk: 'crosswalk.yaml', from: 'cchc-2024.yaml', out: 'rebased.json' }, context)
 * // stdout: carried 1040 of 1053 observations over; 13 could not be: …
 * ```
 */
export async function rebaseCommand(
  reference: string,
  dataFile: string,
  options: RebaseOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  const target = loadMethodology(reference, io.cwd, context.limits)
  const walkDocument = readDocument(options.crosswalk, io.cwd)
  const source = loadSource(options, walkDocument.value, io.cwd)
  // Last year's data: read like `chiso score` reads it (CSV, XLSX, JSON, mapping files), checked against the
  // old version's leaves when it is known.
  const { dataset } = await loadData(dataFile, options, context, source)
  let result: RebaseResult
  try {
    result = rebase(dataset, walkDocument.value, {
      ...(source ? { from: source.methodology } : {}),
      to: target.methodology,
    })
  } catch (error) {
    if (isChisoError(error) && error.code === 'INVALID_CROSSWALK') throw locateInDocument(error, walkDocument)
    throw error
  }
  const datasetText = `${JSON.stringify(result.dataset, null, 2)}\n`
  if (options.out !== undefined) writeOutputFile(options.out, datasetText, io.cwd)
  const to = `${target.methodology.id}@${target.methodology.version}`
  const from = source ? `${source.methodology.id}@${source.methodology.version}` : undefined
  if (options.json) {
    const report = {
      from: from ?? null,
      to,
      observations: dataset.observations.length,
      carried: dataset.observations.length - result.problems.length,
      problems: result.problems,
      uncovered: result.uncovered,
      ...(options.out === undefined ? { dataset: result.dataset } : { out: options.out }),
    }
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return EXIT.OK
  }
  const report = formatRebaseReport(
    result,
    dataset.observations.length,
    options.out === undefined ? context.err : context.out,
    context.language ?? 'en',
  )
  if (options.out !== undefined) {
    io.stdout.write(report)
    io.stdout.write(
      `${notesOf(context).rebased(options.out, dataFile, to, `chiso score ${reference} ${options.out}`)}\n`,
    )
  } else {
    io.stdout.write(datasetText)
    io.stderr.write(report)
  }
  return EXIT.OK
}

/** The old methodology: --from, else the crosswalk's `from` when it names a catalogue version. */
function loadSource(options: RebaseOptions, walk: unknown, cwd: string): CompiledMethodology | undefined {
  if (options.from !== undefined) return loadMethodology(options.from, cwd)
  const named = typeof walk === 'object' && walk !== null ? (walk as { from?: unknown }).from : undefined
  if (typeof named !== 'string' || !isCatalogueReference(named)) return undefined
  try {
    parseReference(named)
    return loadMethodology(named, cwd)
  } catch (error) {
    if (isChisoError(error) && error.code === 'NOT_FOUND') return undefined
    if (isLocatedError(error)) return undefined
    throw error
  }
}

/**
 * Adds `chiso rebase METHODOLOGY DATA --crosswalk FILE [--from OLD] [--out FILE] [--json]` to the program.
 *
 * @example
 * ```ts
 * registerRebaseCommand(program, context, state)
 * ```
 */
export const registerRebaseCommand: RegisterCommand = (program, context, state) => {
  const command = program
    .command('rebase')
    .description('carry last year’s data over to this year’s methodology through a crosswalk')
    .argument('<methodology>', 'the new methodology: a file (.yaml, .yml, .json) or a catalogue id')
    .argument('<data>', 'last year’s data: a CSV, XLSX or dataset JSON/YAML')
    .requiredOption(
      '--crosswalk <file>',
      'the crosswalk from the old version’s codes to the new one’s (YAML or JSON)',
    )
    .option(
      '--from <methodology>',
      'the old methodology (file or catalogue id), to check the crosswalk against it',
    )
    .option('-o, --out <file>', 'write the rebased dataset (JSON) to this file')
    .option('--json', 'print the report as JSON: { from, to, carried, problems, uncovered, dataset | out }')
    .addHelpText(
      'after',
      [
        '',
        'The crosswalk (YAML or JSON):',
        '  from: cchc.demo@2024.0.0',
        '  to: cchc.demo@2025.0.0',
        '  entries:',
        '    - { from: "1.3", to: "1.2" }                       # recoded',
        '    - { from: "3.1", split: [{ to: "3.1", share: "0.5" }, { to: "3.4", share: "0.5" }] }',
        '    - { merge: ["6.1", "6.2"], to: "6.1" }            # values added',
        '    - { retire: "4.4", note: "dropped in 2025" }',
        'Codes not named keep their code. Observations that cannot be carried over are listed with',
        'their reason (RETIRED, NOT_IN_TARGET, CANNOT_SPLIT, CANNOT_MERGE, INCOMPLETE_MERGE).',
        '',
        'Examples:',
        '  $ chiso rebase examples/publish-methodology/cchc-2026.methodology.yaml examples/publish-methodology/data-2025.synthetic.csv --crosswalk examples/publish-methodology/crosswalk-2025-2026.yaml --from examples/publish-methodology/cchc-2025.methodology.yaml --out data-2025-as-2026.json',
        '  $ chiso score examples/publish-methodology/cchc-2026.methodology.yaml data-2025-as-2026.json',
        '  $ chiso rebase examples/publish-methodology/cchc-2026.methodology.yaml examples/publish-methodology/data-2025.synthetic.csv --crosswalk examples/publish-methodology/crosswalk-2025-2026.yaml --from examples/publish-methodology/cchc-2025.methodology.yaml --json',
      ].join('\n'),
    )
  addDataOptions(command).action(async (reference: string, data: string, options: RebaseOptions) => {
    state.exitCode = await rebaseCommand(reference, data, options, context)
  })
}
