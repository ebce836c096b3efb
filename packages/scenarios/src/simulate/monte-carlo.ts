import type { CompiledMethodology, Dataset } from '@chiso/core'
import { wholeNumber } from '../arguments.js'
import { buildKernelData, createKernel, type KernelData } from './kernel.js'
import { tallyRanks, unitTally } from './rank-tally.js'
import { checkRunLimit } from './run-limit.js'
import { preparedFor, runRange } from './run-range.js'
import { createDesign, type RunParameters } from './sampling.js'
import type { SimulationSpec } from './spec.js'

export { runRange } from './run-range.js'

/**
 * Everything a simulation needs, as plain data: the kernel's data and the spec. Worker threads receive it.
 *
 * @example
 * ```ts
 * const input: SimulationInput = prepareSimulation(compiled, dataset, parseSimulationSpec({ weights: { noise: '0.2' } }))
 * input.data.units.length // 27
 * ```
 *
 * @category Simulation
 */
export interface SimulationInput {
  readonly data: KernelData
  readonly spec: SimulationSpec
  /** Leaf indexes of survey results (source survey or the chiso/survey rule). */
  readonly surveyLeaves: number[]
}

/**
 * The runs `from` (inclusive) to `to` (exclusive): ranks and indexes per run (run-major), and each run's
 * sampled parameters.
 *
 * @example
 * ```ts
 * const chunk: RunChunk = runRange(input, 42, 0, 10)
 * chunk.ranks.length // 10 × units
 * ```
 *
 * @category Simulation
 */
export interface RunChunk {
  readonly from: number
  readonly to: number
  readonly ranks: Int32Array
  readonly index: Float64Array
  readonly parameters: RunParameters[]
}

/**
 * Rank distribution of one unit over all runs. Ranks: 1 is best; `counts[r - 1]` runs gave rank r.
 *
 * @example
 * ```ts
 * const unit: UnitDistribution = {
 *   unit: 'nga-son', nominalRank: 12, median: 12, p5: 9, p95: 15, mean: 12.1, probability: 0.18,
 *   counts: [0, 0, 0, 0, 0, 0, 0, 0, 31, 60, 88, 301, 280, 140, 100], unranked: 0,
 * }
 * ```
 *
 * @category Simulation
 */
export interface UnitDistribution {
  readonly unit: string
  /** The exact engine's rank of the nominal data. */
  readonly nominalRank: number | null
  readonly median: number | null
  readonly p5: number | null
  readonly p95: number | null
  readonly mean: number | null
  /** Share of runs with rank ≤ the target rank; `null` without a target. */
  readonly probability: number | null
  readonly counts: number[]
  readonly unranked: number
}

/**
 * The result of a Monte Carlo simulation: per-unit rank distributions, every run's sampled parameters (so
 * any run can be replayed with {@link replayRun}), and which arithmetic was used.
 *
 * @example
 * ```ts
 * const result: SimulationResult = simulate(compiled, dataset, { runs: 1000, seed: 42, spec })
 * result.arithmetic          // 'float64'
 * result.nominal.matchesExact // true: the kernel's nominal ranks equal the exact engine's
 * result.units[0]            // { unit: 'tp-thanh-hoa', median: 1, p5: 1, p95: 2, … }
 * ```
 *
 * @category Simulation
 */
export interface SimulationResult {
  readonly runs: number
  readonly seed: number
  /** The kernel's arithmetic: binary float64 (official scores stay exact decimals). */
  readonly arithmetic: 'float64'
  /** Whether the kernel's ranks of the unperturbed data equal the exact engine's, and where they differ. */
  readonly nominal: { readonly matchesExact: boolean; readonly mismatched: ReadonlyArray<string> }
  readonly targetRank: number | null
  /** Uncertain factors sampled (for sensitivity and reports). */
  readonly factors: ReadonlyArray<string>
  /** In the order of the nominal exact ranking. */
  readonly units: ReadonlyArray<UnitDistribution>
  readonly parameters: ReadonlyArray<RunParameters>
}

/**
 * Options of {@link simulate}: number of runs, seed and spec.
 *
 * @example
 * ```ts
 * const options: SimulateOptions = { runs: 1000, seed: 42, spec: parseSimulationSpec({ weights: { noise: '0.25' } }) }
 * ```
 *
 * @category Simulation
 */
export interface SimulateOptions {
  readonly runs: number
  readonly seed: number
  readonly spec: SimulationSpec
  /** Most runs accepted (default `DEFAULT_MAX_RUNS`, 1 000 000); more throw `LIMIT_EXCEEDED`. */
  readonly maxRuns?: number
}

/**
 * Prepares a simulation: scores the nominal data exactly (with traces, to know the values before cohort
 * steps) and builds the float64 kernel's data.
 *
 * @example
 * ```ts
 * const input = prepareSimulation(compiled, dataset, parseSimulationSpec({}))
 * input.data.exactRanks // the exact engine's ranks, per unit
 * ```
 *
 * @category Simulation
 */
export function prepareSimulation(
  compiled: CompiledMethodology,
  dataset: Dataset,
  spec: SimulationSpec,
): SimulationInput {
  const scorecard = compiled.evaluate(dataset, { trace: true })
  const data = buildKernelData(
    compiled.model,
    scorecard,
    dataset.units.map((unit) => unit.code),
  )
  const surveyLeaves = compiled.model.leaves.flatMap((leaf, i) =>
    leaf.source === 'survey' || leaf.rule?.def.id === 'chiso/survey' ? [i] : [],
  )
  const input = { data, spec, surveyLeaves }
  // Build the kernel and design here, to fail in the calling thread with a located ChisoError (an unsupported
  // normaliser, an unknown unit or node in the spec) rather than later inside a worker; they are kept for the
  // runs and the summary of this input.
  preparedFor(input)
  return input
}

/**
 * Replays one run from its sampled parameters: each unit's rank and index (float64).
 *
 * @example
 * ```ts
 * const result = simulate(compiled, dataset, { runs: 100, seed: 1, spec })
 * replayRun(input, result.parameters[17]!).ranks // the ranks of run 17
 * ```
 *
 * @category Simulation
 */
export function replayRun(
  input: SimulationInput,
  parameters: RunParameters,
): { ranks: Int32Array; index: Float64Array } {
  const design = createDesign(input.data, input.spec, input.surveyLeaves)
  return createKernel(input.data).run(design.toKernel(parameters))
}

/**
 * Combines run chunks (in any order) into the per-unit rank distributions.
 *
 * @example
 * ```ts
 * summarise(input, 42, [runRange(input, 42, 0, 500), runRange(input, 42, 500, 1000)]).runs // 1000
 * ```
 *
 * @category Simulation
 */
export function summarise(
  input: SimulationInput,
  seed: number,
  chunks: ReadonlyArray<RunChunk>,
): SimulationResult {
  const ordered = [...chunks].sort((a, b) => a.from - b.from)
  const size = input.data.units.length
  const runs = ordered.reduce((total, chunk) => total + (chunk.to - chunk.from), 0)
  // The kernel and design the chunks ran on: building them again cost more than the whole summary.
  const { kernel, design } = preparedFor(input)
  const nominal = kernel.run({})
  const mismatched = input.data.units.filter((_, u) => nominal.ranks[u] !== input.data.exactRanks[u])
  const target = input.spec.targetRank ?? null
  const tally = tallyRanks(size, ordered)
  const units: UnitDistribution[] = input.data.units.map((code, u) => {
    const exact = input.data.exactRanks[u]!
    return { unit: code, nominalRank: exact === 0 ? null : exact, ...unitTally(tally, u, target, runs) }
  })
  units.sort(
    (a, b) =>
      (a.nominalRank ?? Number.POSITIVE_INFINITY) - (b.nominalRank ?? Number.POSITIVE_INFINITY) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  )
  return {
    runs,
    seed,
    arithmetic: 'float64',
    nominal: { matchesExact: mismatched.length === 0, mismatched },
    targetRank: target,
    factors: design.factors,
    units,
    parameters: ordered.flatMap((chunk) => chunk.parameters),
  }
}

/**
 * Monte Carlo uncertainty analysis in the calling thread (browsers; Node's worker version is in
 * `@chiso/scenarios/node`, with the same results): seeded runs of the float64 kernel with the spec's
 * perturbations, summarised per unit.
 *
 * @example
 * ```ts
 * import { simulate, parseSimulationSpec } from '@chiso/scenarios'
 *
 * const spec = parseSimulationSpec({ unit: 'nga-son', targetRank: 10, weights: { noise: '0.25' } })
 * const result = simulate(compiled, dataset, { runs: 1000, seed: 42, spec })
 * result.units.find((u) => u.unit === 'nga-son')?.probability // e.g. 0.31
 * ```
 *
 * @category Simulation
 */
export function simulate(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: SimulateOptions,
): SimulationResult {
  wholeNumber(options.runs, ['runs'], 0)
  checkRunLimit(options.runs, options.maxRuns, 'runs')
  wholeNumber(options.seed, ['seed'], Number.MIN_SAFE_INTEGER)
  const input = prepareSimulation(compiled, dataset, options.spec)
  return summarise(input, options.seed, [runRange(input, options.seed, 0, options.runs)])
}
