// One chunk of a simulation's runs, apart from the rest of monte-carlo.ts: it is all a worker thread runs, and
// it needs only the float64 kernel, the sampling design and the random streams — not the argument checks and
// schemas (and so not @chiso/core's engine and zod) that preparing and summarising a simulation use.
import { createKernel } from './kernel.js'
import type { RunChunk, SimulationInput } from './monte-carlo.js'
import { streamOf } from './random.js'
import { createDesign, type RunParameters } from './sampling.js'

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
  const kernel = createKernel(input.data)
  const design = createDesign(input.data, input.spec, input.surveyLeaves)
  const size = input.data.units.length
  const count = Math.max(0, to - from)
  const ranks = new Int32Array(count * size)
  const index = new Float64Array(count * size)
  const parameters: RunParameters[] = []
  const uniforms = new Float64Array(design.dimensions.length)
  for (let run = from; run < to; run++) {
    const next = streamOf(seed, run)
    for (let d = 0; d < uniforms.length; d++) uniforms[d] = next()
    parameters.push(design.decode(uniforms))
    const result = kernel.run(design.kernelOf(uniforms))
    ranks.set(result.ranks, (run - from) * size)
    index.set(result.index, (run - from) * size)
  }
  return { from, to, ranks, index, parameters }
}
