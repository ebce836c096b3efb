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
  const { kernel, design } = preparedFor(input)
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
