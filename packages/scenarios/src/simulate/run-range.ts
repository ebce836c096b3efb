// One chunk of a simulation's runs, apart from the rest of monte-carlo.ts: it is all a worker thread runs, and
// it needs only the float64 kernel, the sampling design and the random streams — not the argument checks and
// schemas (and so not @chiso/core's engine and zod) that preparing and summarising a simulation use.
import { createKernel, type Kernel } from './kernel.js'
import type { RunChunk, SimulationInput } from './monte-carlo.js'
import { streamOf } from './random.js'
import { createDesign, type Design, type RunParameters } from './sampling.js'

// The kernel and the sampling design of an input, built on its first chunk and kept while the input lives:
// building them (every buffer, the steps, the design's dimensions) costs as much as several runs (about 6 ms
// for COINr's ASEM problem, 5–10 runs), and a simulation runs its input in many chunks — 16 or more per
// thread. A kernel keeps no state from one run to the next (each run overwrites its buffers), so a chunk
// gives the same results on a kept kernel as on a new one; the input is read-only plain data.
/** Runs of a simulation before their parameters are decoded: what a worker thread posts back. */
export interface UniformChunk {
  readonly from: number
  readonly to: number
  readonly ranks: Int32Array
  readonly index: Float64Array
  /** Each run's uniforms, run-major: `uniforms[(run − from) × dimensions + d]`. */
  readonly uniforms: Float64Array
}

const prepared = new WeakMap<SimulationInput, { readonly kernel: Kernel; readonly design: Design }>()

/**
 * The kernel and sampling design of `input`, built on first use and kept while the input lives. A run on the
 * kernel overwrites the buffers of the run before: read its result before the next run.
 *
 * @example
 * ```ts
 * preparedFor(input).kernel.run({}).ranks // the nominal ranks
 * ```
 */
export function preparedFor(input: SimulationInput): { readonly kernel: Kernel; readonly design: Design } {
  let found = prepared.get(input)
  if (found === undefined) {
    found = {
      kernel: createKernel(input.data),
      design: createDesign(input.data, input.spec, input.surveyLeaves),
    }
    prepared.set(input, found)
  }
  return found
}

/**
 * Runs `from` … `to − 1` of a simulation without their parameters: each run's ranks and indexes, and the
 * uniforms its parameters decode from (run-major, one row of the design's dimensions per run). A worker
 * thread posts this: three typed arrays it transfers, where the decoded parameters (an object per run) cost
 * about a tenth of a chunk to copy between threads. {@link withParameters} makes it a {@link RunChunk}.
 *
 * @example
 * ```ts
 * const chunk = runUniforms(input, 7, 0, 100)
 * withParameters(input, chunk).parameters.length // 100
 * ```
 */
export function runUniforms(input: SimulationInput, seed: number, from: number, to: number): UniformChunk {
  const { kernel, design } = preparedFor(input)
  const size = input.data.units.length
  const dimensions = design.dimensions.length
  const count = Math.max(0, to - from)
  const ranks = new Int32Array(count * size)
  const index = new Float64Array(count * size)
  const uniforms = new Float64Array(count * dimensions)
  const row = new Float64Array(dimensions)
  for (let run = from; run < to; run++) {
    const next = streamOf(seed, run)
    for (let d = 0; d < dimensions; d++) row[d] = next()
    uniforms.set(row, (run - from) * dimensions)
    const result = kernel.run(design.kernelOf(row))
    ranks.set(result.ranks, (run - from) * size)
    index.set(result.index, (run - from) * size)
  }
  return { from, to, ranks, index, uniforms }
}

/**
 * The runs of `chunk` with each run's parameters, decoded from its uniforms as the run itself decoded them
 * (the same function on the same numbers: the same parameters in whichever thread it runs).
 *
 * @example
 * ```ts
 * withParameters(input, runUniforms(input, 7, 0, 100)) // as runRange(input, 7, 0, 100)
 * ```
 */
export function withParameters(input: SimulationInput, chunk: UniformChunk): RunChunk {
  const { design } = preparedFor(input)
  const dimensions = design.dimensions.length
  const parameters: RunParameters[] = []
  const row = new Float64Array(dimensions)
  for (let run = 0; run < chunk.to - chunk.from; run++) {
    for (let d = 0; d < dimensions; d++) row[d] = chunk.uniforms[run * dimensions + d]!
    parameters.push(design.decode(row))
  }
  return { from: chunk.from, to: chunk.to, ranks: chunk.ranks, index: chunk.index, parameters }
}

/**
 * Runs `from` … `to − 1` of a simulation. Each run's generator comes from (seed, run) alone, so chunks can
 * run anywhere (any worker, any order) and give the same results.
 *
 * @example
 * ```ts
 * const a = runRange(input, 7, 0, 100)
 * const b = runRange(input, 7, 50, 100)
 * a.ranks.subarray(50 * units).every((r, i) => r === b.ranks[i]) // true
 * ```
 *
 * @category Simulation
 */
export function runRange(input: SimulationInput, seed: number, from: number, to: number): RunChunk {
  return withParameters(input, runUniforms(input, seed, from, to))
}
