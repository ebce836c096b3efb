// `pnpm bench`: the exact engine against a plain float64 kernel of the same computation, measured in the same
// run, so the report is a ratio (how much exactness costs), not a timing that depends on the machine.
// Sizes: a PAR-INDEX-sized problem (63 provinces × 88 sub-criteria in 8 areas), 1000 units × 100 leaves, and
// all communes (10 000 units × 100 leaves). The evaluator chiso 0.1 shipped runs in the same run too, so the
// speed-up of the optimised engine is a ratio as well. Data are generated deterministically; nothing here is an
// official figure.
import { bench, describe } from 'vitest'
import { evaluateTreeReference } from '../test/reference-evaluator.js'
import { floatKernel, problem } from './points-problem.js'

/** The previous evaluator on the same problem (the reference the property tests compare against). */
function previousEvaluator({ compiled, dataset }: ReturnType<typeof problem>) {
  const tree = compiled.model
  return () => {
    evaluateTreeReference(compiled.methodology, tree, compiled.fingerprint, dataset, false)
  }
}

const sizes: Array<[label: string, units: number, areas: number, leavesPerArea: number]> = [
  ['63 units × 88 leaves (PAR INDEX size)', 63, 8, 11],
  ['1000 units × 100 leaves', 1000, 10, 10],
]
// All communes of Vietnam are about 10 000 units. Without traces only: a trace per cell of a million cells is
// not what a batch run asks for.
const communes = problem(10_000, 10, 10)
describe('10 000 units × 100 leaves (communes)', () => {
  bench('float64 kernel (baseline)', () => {
    floatKernel(communes)
  })
  // A few seconds per run: a handful of runs keep `pnpm bench` short.
  const few = { time: 0, iterations: 4, warmupTime: 0, warmupIterations: 1 }
  bench(
    'exact engine, no trace',
    () => {
      communes.compiled.evaluate(communes.dataset, { trace: false })
    },
    few,
  )
  bench('previous evaluator (chiso 0.1), no trace', previousEvaluator(communes), few)
})

for (const [label, units, areas, leavesPerArea] of sizes) {
  const input = problem(units, areas, leavesPerArea)
  describe(label, () => {
    bench('float64 kernel (baseline)', () => {
      floatKernel(input)
    })
    bench('exact engine, no trace', () => {
      input.compiled.evaluate(input.dataset, { trace: false })
    })
    bench('exact engine, with trace', () => {
      input.compiled.evaluate(input.dataset, { trace: true })
    })
    bench('previous evaluator (chiso 0.1), no trace', previousEvaluator(input))
  })
}
