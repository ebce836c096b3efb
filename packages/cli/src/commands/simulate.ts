import { readSurveyErrors } from '@chiso/adapters/survey'
import { ChisoError, isChisoError } from '@chiso/core'
import {
  parseSimulationSpec,
  prepareSimulation,
  type SensitivityResult,
  type SimulationSpec,
  sensitivityOf,
} from '@chiso/scenarios'
import { simulateInput } from '@chiso/scenarios/node'
import { type Command, InvalidArgumentError } from 'commander'
import { EXIT, type ExitCode } from '../exit-codes.js'
import { createProgress } from '../format/progress.js'
import { formatSimulationText, simulationJson } from '../format/simulate-text.js'
import { createStylist } from '../format/style.js'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'
import { readText } from '../io/read-text.js'
import { writeOutputFile } from '../io/write-output.js'
import { checkRuns } from './check-runs.js'
import type { CommandContext, RegisterCommand } from './context.js'
import { addDataOptions, type DataOptions, loadData } from './data-options.js'
import { loadMethodology } from './load-methodology.js'
import { noteWrote } from './notes.js'
import { unitCodeOption } from './unit-code-option.js'

/**
 * Options of `chiso simulate`.
 *
 * @example
 * ```ts
 * const options: SimulateCommandOptions = { runs: 1000, seed: 42, spec: 'spec.yaml', workers: 4, targetRank: 10 }
 * ```
 */
export interface SimulateCommandOptions extends DataOptions {
  runs: number
  seed: number
  spec?: string
  workers?: number
  targetRank?: number
  unit?: string
  /** Saltelli base samples for a sensitivity analysis of the spec's unit (0: none). */
  sensitivity?: number
  json?: boolean
  out?: string
  /** A survey estimates table (`chiso import survey --estimates`): each unit's standard error per indicator. */
  surveyErrors?: string
}

const count =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (value: string): number => {
    const n = Number(value)
    if (!Number.isSafeInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}`)
    if (n > max) throw new InvalidArgumentError(`expected at most ${max}`)
    return n
  }

/**
 * The most worker threads `--workers` starts: each holds its own copy of the methodology and data, so the
 * count bounds memory (and more threads than cores only add overhead).
 */
const MAX_WORKERS = 16

const seedOption = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff)
    throw new InvalidArgumentError('expected a whole number from 0 to 4294967295')
  return n
}

/**
 * `chiso simulate METHODOLOGY DATA --runs N --seed S [--spec FILE]`: seeded Monte Carlo rank distributions
 * (median, 5th–95th percentile, probability of a target rank), identical for any `--workers`, and optionally
 * the sensitivity indices of one unit's rank.
 *
 * @example
 * ```ts
 * await simulateCommand('pci.methodology.yaml', 'pci-2021.csv', { runs: 1000, seed: 42, spec: 'spec.yaml' }, context)
 * // stdout: 1000 runs · seed 42 · float64 kernel — its nominal ranks equal the exact engine’s …
 * // → 0
 * ```
 */
export async function simulateCommand(
  methodologyFile: string,
  dataFile: string,
  options: SimulateCommandOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { io } = context
  checkRuns(options, context.limits)
  const compiled = loadMethodology(methodologyFile, io.cwd, context.limits)
  const { dataset } = await loadData(dataFile, options, context, compiled)
  let spec: SimulationSpec
  const document = options.spec === undefined ? undefined : readDocument(options.spec, io.cwd)
  try {
    spec = parseSimulationSpec(document?.value ?? {})
  } catch (error) {
    if (isChisoError(error)) throw document ? locateInDocument(error, document) : error
    throw error
  }
  if (options.surveyErrors !== undefined) {
    if (spec.survey)
      throw new ChisoError('INVALID_SIMULATION_SPEC', 'two survey errors given: keep one', {
        issues: [
          {
            message: `the spec has a survey entry and --survey-errors ${options.surveyErrors} gives another`,
            ...(options.spec ? { file: options.spec } : {}),
            ...(document ? document.locate(['survey']) : {}),
          },
        ],
      })
    const errors = readSurveyErrors(readText(options.surveyErrors, io.cwd), options.surveyErrors)
    if (errors.length === 0)
      throw new ChisoError('INVALID_INPUT', `${options.surveyErrors} holds no standard error`)
    spec = { ...spec, survey: { errors } }
  }
  if (options.targetRank !== undefined) spec = { ...spec, targetRank: options.targetRank }
  if (options.unit !== undefined) spec = { ...spec, unit: options.unit }
  let sensitivity: SensitivityResult | null = null
  const progress = createProgress(io.stderr, options.runs, 'simulating')
  let result: Awaited<ReturnType<typeof simulateInput>>
  try {
    const input = prepareSimulation(compiled, dataset, spec)
    let done = 0
    result = await simulateInput(input, {
      runs: options.runs,
      seed: options.seed,
      spec,
      // Already checked against --max-runs above; the library must not apply its default on top.
      ...(context.limits?.maxRuns === undefined ? {} : { maxRuns: context.limits.maxRuns }),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      onProgress: (now) => {
        progress.tick(now - done)
        done = now
      },
    })
    if (options.sensitivity !== undefined && options.sensitivity > 0) {
      sensitivity = sensitivityOf(input, {
        samples: options.sensitivity,
        seed: options.seed,
        spec,
        ...(context.limits?.maxRuns === undefined ? {} : { maxRuns: context.limits.maxRuns }),
      })
    }
  } catch (error) {
    if (isChisoError(error) && error.code !== 'INTERNAL') {
      const where = error.issues.length > 0 ? error.issues : [{ path: error.path, message: error.message }]
      throw new ChisoError(error.code, error.message.split('\n')[0] ?? error.message, {
        issues: where.map((issue) => ({
          message: issue.message,
          ...(options.spec ? { file: options.spec } : {}),
          ...(document ? document.locate(issue.path ?? []) : {}),
        })),
      })
    }
    throw error
  } finally {
    progress.done()
  }
  const toFile = options.out !== undefined
  const text = options.json
    ? `${JSON.stringify(simulationJson(result, sensitivity, { id: compiled.methodology.id, version: compiled.methodology.version, fingerprint: compiled.fingerprint }), null, 2)}\n`
    : formatSimulationText(result, sensitivity, {
        style: toFile ? createStylist(false) : context.out,
        language: context.language ?? 'en',
      })
  if (options.out !== undefined) {
    writeOutputFile(options.out, text, io.cwd)
    noteWrote(context, options.out, (w) => w.runs(result.runs))
  } else io.stdout.write(text)
  return EXIT.OK
}

/**
 * Adds `chiso simulate METHODOLOGY DATA --runs N --seed S [--spec FILE] [--workers N] …` to the program.
 *
 * @example
 * ```ts
 * registerSimulateCommand(program, context, state)
 * ```
 */
export const registerSimulateCommand: RegisterCommand = (program, context, state) => {
  const command: Command = program
    .command('simulate')
    .description('seeded Monte Carlo rank distributions under uncertain weights, surveys, peers and methods')
    .argument('<methodology>', 'a methodology file (.yaml, .yml, .json) or a catalogue id (id@version)')
    .argument('<data>', 'the data: CSV, XLSX, or a dataset JSON/YAML')
    .requiredOption('--runs <n>', 'number of runs', count(1))
    .requiredOption('--seed <s>', 'seed (same seed → same results, whatever --workers)', seedOption)
    .option(
      '--spec <file>',
      'a simulation spec (YAML/JSON): weights, survey, peers, alternatives, unit, targetRank',
    )
    .option(
      '--workers <n>',
      `most threads, 1 to ${MAX_WORKERS} (default: the machine’s parallelism, at most 8; workers start only for runs that would take longer than their start-up)`,
      count(1, MAX_WORKERS),
    )
    .option('--target-rank <k>', 'report each unit’s probability of rank ≤ K', count(1))
    .option(
      '--unit <code>',
      'the unit of interest (peers’ improvements skip it; sensitivity analyses it)',
      unitCodeOption,
    )
    .option(
      '--sensitivity <n>',
      'also compute first-order and total-effect indices of the unit’s rank with N Saltelli samples',
      count(1),
    )
    .option(
      '--json',
      'print the distributions, the sampled parameters of every run and the sensitivity as JSON',
    )
    .option('-o, --out <file>', 'write the result to this file instead of stdout')
    .option(
      '--survey-errors <file>',
      'survey sampling error per unit and indicator from an estimates table (chiso import survey --estimates)',
    )
  addDataOptions(command)
    .addHelpText(
      'after',
      [
        '',
        'Runs use a float64 kernel compiled from the methodology (official scores stay exact decimals); the',
        'output says whether its nominal ranks equal the exact engine’s. Each run’s random numbers derive from',
        '(seed, run index), so results do not depend on --workers, and every run can be replayed from its',
        'sampled parameters (--json).',
        '',
        'Spec: { unit, targetRank, weights: { noise, nodes }, survey: { n | se | errors, nodes },',
        '        peers: { distribution: normal, mean, sd } | { distribution: uniform, min, max },',
        '        alternatives: [ { nodes: leaves|inner|all|[codes], normalise: [calls], aggregate: [calls] } ] }',
        '',
        'Examples:',
        '  $ chiso simulate examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --runs 1000 --seed 42 --spec examples/rank-scenarios/spec.yaml',
        '  $ chiso simulate examples/pci-2021/pci.methodology.yaml examples/pci-2021/pci-2021.csv --runs 10000 --seed 7 --workers 4 --target-rank 10 --json',
        '  $ chiso simulate examples/district-cchc/district.methodology.yaml examples/district-cchc/districts-2023.synthetic.csv --runs 1000 --seed 7 --spec examples/rank-scenarios/spec.yaml --unit lang-chanh --sensitivity 500',
      ].join('\n'),
    )
    .action(async (methodology: string, data: string, options: SimulateCommandOptions) => {
      state.exitCode = await simulateCommand(methodology, data, options, context)
    })
}
