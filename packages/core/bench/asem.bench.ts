// `pnpm bench`: the exact engine on a COINr-ASEM-sized problem (51 countries × 49 indicators, min-max to 0–100,
// weighted means at 3 levels) against a plain float64 kernel of the same computation, measured in the same
// run. The inputs are COINr's ASEM example (see fixtures/README.md); both rank the 51 countries identically.
import { bench, describe } from 'vitest'
import { asemFloatKernel, asemProblem } from './asem-problem.js'
import { assertKernelRanksMatch, steady } from './steady-bench.js'

const problem = asemProblem()

// The baseline must compute the same thing: the same ranks as the exact engine, or the ratio means nothing.
const floatRanks = asemFloatKernel(problem)
const codes = problem.dataset.units.map((unit) => unit.code)
assertKernelRanksMatch(floatRanks, codes, problem.compiled.evaluate(problem.dataset, { trace: false }))

describe('COINr ASEM: 51 units × 49 indicators, min-max, 3 levels of weighted means', () => {
  bench(
    'float64 kernel (baseline)',
    () => {
      asemFloatKernel(problem)
    },
    steady,
  )
  bench(
    'exact engine, no trace',
    () => {
      problem.compiled.evaluate(problem.dataset, { trace: false })
    },
    steady,
  )
  bench(
    'exact engine, with trace',
    () => {
      problem.compiled.evaluate(problem.dataset, { trace: true })
    },
    steady,
  )
})
