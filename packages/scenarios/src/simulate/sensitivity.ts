import { ChisoError, type CompiledMethodology, type Dataset } from '@chiso/core'
import { numberIn, wholeNumber } from '../arguments.js'
import { createKernel } from './kernel.js'
import { prepareSimulation, type SimulationInput } from './monte-carlo.js'
import { streamOf } from './random.js'
import { checkRunLimit } from './run-limit.js'
import { createDesign } from './sampling.js'
import type { SimulationSpec } from './spec.js'

/**
 * Options of {@link sensitivity}: base sample size N (the analysis makes N × (factors + 2) runs), seed,
 * spec (its `unit` is the unit analysed), the output analysed and the bootstrap.
 *
 * @example
 * ```ts
 * const options: SensitivityOptions = { samples: 1000, seed: 42, spec, output: 'rank', bootstrap: 200 }
 * ```
 *
 * @category Simulation
 */
export interface SensitivityOptions {
  readonly samples: number
  readonly seed: number
  readonly spec: SimulationSpec
  /** The unit's rank (default) or its index. */
  readonly output?: 'rank' | 'index'
  /** Bootstrap resamples for the intervals (default 200). */
  readonly bootstrap?: number
  /** Confidence of the intervals (default 0.95). */
  readonly confidence?: number
  /** Most samples accepted (default {@link DEFAULT_MAX_RUNS}); more throw `LIMIT_EXCEEDED`. */
  readonly maxRuns?: number
}

/**
 * First-order (S) and total-effect (ST) index of one uncertain factor, with bootstrap intervals.
 *
 * @example
 * ```ts
 * const s: FactorSensitivity = {
 *   factor: 'weights:$root', first: 0.41, total: 0.52, firstInterval: [0.33, 0.49], totalInterval: [0.46, 0.58],
 * }
 * ```
 *
 * @category Simulation
 */
export interface FactorSensitivity {
  readonly factor: string
  readonly first: number
  readonly total: number
  readonly firstInterval: readonly [number, number]
  readonly totalInterval: readonly [number, number]
}

/**
 * The result of a variance-based sensitivity analysis of one unit's rank (or index).
 *
 * @example
 * ```ts
 * const result: SensitivityResult = sensitivity(compiled, dataset, { samples: 500, seed: 1, spec })
 * result.factors.map((f) => [f.factor, f.total.toFixed(2)]) // [['weights:$root', '0.52'], ['survey', '0.31']]
 * ```
 *
 * @category Simulation
 */
export interface SensitivityResult {
  readonly unit: string
  readonly output: 'rank' | 'index'
  readonly samples: number
  /** Kernel runs made: N × (factors + 2). */
  readonly evaluations: number
  /** Variance of the output over the A and B samples. */
  readonly variance: number
  readonly arithmetic: 'float64'
  readonly factors: ReadonlyArray<FactorSensitivity>
}

/**
 * Variance-based sensitivity of one unit's rank to the spec's uncertain factors: Saltelli sampling (matrices
 * A, B and A with factor i taken from B) and the Jansen estimators
 * S_i = (V − Σ(f(B) − f(A_B^i))² / 2N) / V and ST_i = Σ(f(A) − f(A_B^i))² / 2N / V, with percentile
 * bootstrap intervals. Seeded: the same options give the same result.
 *
 * @example
 * ```ts
 * import { parseSimulationSpec, sensitivity } from '@chiso/scenarios'
 *
 * const spec = parseSimulationSpec({ unit: 'nga-son', weights: { noise: '0.25' }, survey: { n: 300 } })
 * sensitivity(compiled, dataset, { samples: 500, seed: 42, spec }).factors
 * // [{ factor: 'weights:1', first: 0.08, total: 0.12, … }, { factor: 'survey', first: 0.61, total: 0.7, … }]
 * ```
 *
 * @category Simulation
 */
export function sensitivity(
  compiled: CompiledMethodology,
  dataset: Dataset,
  options: SensitivityOptions,
): SensitivityResult {
  return sensitivityOf(prepareSimulation(compiled, dataset, options.spec), options)
}

/**
 * {@link sensitivity} on a prepared simulation input.
 *
 * @example
 * ```ts
 * sensitivityOf(prepareSimulation(compiled, dataset, spec), { samples: 200, seed: 3, spec }).evaluations // 200 × (k + 2)
 * ```
 *
 * @category Simulation
 */
export function sensitivityOf(input: SimulationInput, options: SensitivityOptions): SensitivityResult {
  const unitCode = input.spec.unit
  if (unitCode === undefined)
    throw new ChisoError('NOT_FOUND', 'sensitivity needs the spec to name a unit', { path: ['unit'] })
  const unit = input.data.units.indexOf(unitCode)
  wholeNumber(options.samples, ['samples'], 1)
  checkRunLimit(options.samples, options.maxRuns, 'samples')
  wholeNumber(options.seed, ['seed'], Number.MIN_SAFE_INTEGER)
  if (options.bootstrap !== undefined) wholeNumber(options.bootstrap, ['bootstrap'], 0)
  if (options.confidence !== undefined) numberIn(options.confidence, ['confidence'], 0, 1)
  const output = options.output ?? 'rank'
  const design = createDesign(input.data, input.spec, input.surveyLeaves)
  const kernel = createKernel(input.data)
  const n = options.samples
  const dims = design.dimensions.length
  const f = (uniforms: Float64Array): number => {
    const run = kernel.run(design.kernelOf(uniforms))
    return output === 'rank' ? run.ranks[unit]! : run.index[unit]!
  }
  const rowOf = (seedIndex: number) => {
    const next = streamOf(options.seed, seedIndex)
    return Float64Array.from({ length: dims }, () => next())
  }
  const fA = new Float64Array(n)
  const fB = new Float64Array(n)
  const fAB = design.factors.map(() => new Float64Array(n))
  const members = design.factors.map((factor) =>
    design.dimensions.flatMap((dimension, d) => (dimension.factor === factor ? [d] : [])),
  )
  for (let j = 0; j < n; j++) {
    const a = rowOf(2 * j)
    const b = rowOf(2 * j + 1)
    fA[j] = f(a)
    fB[j] = f(b)
    members.forEach((columns, i) => {
      const mixed = Float64Array.from(a)
      for (const d of columns) mixed[d] = b[d]!
      fAB[i]![j] = f(mixed)
    })
  }
  const estimate = (rows: ArrayLike<number>) => {
    let mean = 0
    for (let k = 0; k < rows.length; k++) mean += fA[rows[k]!]! + fB[rows[k]!]!
    mean /= 2 * rows.length
    let variance = 0
    for (let k = 0; k < rows.length; k++)
      variance += (fA[rows[k]!]! - mean) ** 2 + (fB[rows[k]!]! - mean) ** 2
    variance /= 2 * rows.length
    const indices = fAB.map((column) => {
      if (variance === 0) return { first: 0, total: 0 }
      let first = 0
      let total = 0
      for (let k = 0; k < rows.length; k++) {
        const j = rows[k]!
        first += (fB[j]! - column[j]!) ** 2
        total += (fA[j]! - column[j]!) ** 2
      }
      return {
        first: (variance - first / (2 * rows.length)) / variance,
        total: total / (2 * rows.length) / variance,
      }
    })
    return { variance, indices }
  }
  const all = Array.from({ length: n }, (_, j) => j)
  const point = estimate(all)
  const resamples = options.bootstrap ?? 200
  const firsts = design.factors.map(() => [] as number[])
  const totals = design.factors.map(() => [] as number[])
  for (let b = 0; b < resamples; b++) {
    const next = streamOf(options.seed ^ 0x5bd1e995, b)
    const rows = Array.from({ length: n }, () => Math.floor(next() * n))
    estimate(rows).indices.forEach((index, i) => {
      firsts[i]!.push(index.first)
      totals[i]!.push(index.total)
    })
  }
  const alpha = (1 - (options.confidence ?? 0.95)) / 2
  const interval = (values: number[], fallback: number): [number, number] => {
    if (values.length === 0) return [fallback, fallback]
    const sorted = [...values].sort((x, y) => x - y)
    const at = (p: number) =>
      sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))))]!
    return [at(alpha), at(1 - alpha)]
  }
  return {
    unit: unitCode,
    output,
    samples: n,
    evaluations: n * (design.factors.length + 2),
    variance: point.variance,
    arithmetic: 'float64',
    factors: design.factors.map((factor, i) => ({
      factor,
      first: point.indices[i]!.first,
      total: point.indices[i]!.total,
      firstInterval: interval(firsts[i]!, point.indices[i]!.first),
      totalInterval: interval(totals[i]!, point.indices[i]!.total),
    })),
  }
}
