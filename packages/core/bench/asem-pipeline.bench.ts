// `pnpm bench`: COINr's six-step example pipeline on ASEM (denominate, impute by group mean, screen at 90 %,
// winsorise-then-log treatment, min-max, 3 levels of weighted means) in the exact engine, against a plain
// float64 kernel of the same six steps measured in the same run. Both rank the 51 countries identically, and
// so does COINr (packages/adapters/test/coinr-pipeline.test.ts).
import { bench, describe } from 'vitest'
import { asemPipelineFloatKernel, asemPipelineProblem } from './asem-pipeline-problem.js'
import { asemProblem } from './asem-problem.js'
import { assertKernelRanksMatch, steady } from './steady-bench.js'

const problem = asemPipelineProblem()
// The normalise-and-aggregate part alone (asem.bench.ts), to show what the four preparation steps cost.
const twoSteps = asemProblem()

// The baseline must compute the same thing: the same ranks as the exact engine, or the ratio means nothing.
const floatRanks = asemPipelineFloatKernel(problem)
const codes = problem.dataset.units.map((unit) => unit.code)
assertKernelRanksMatch(floatRanks, codes, problem.compiled.evaluate(problem.dataset, { trace: false }))

describe('COINr ASEM, whole pipeline: denominate, impute, screen, treat, normalise, aggregate', () => {
  bench(
    'float64 kernel of the six steps (baseline)',
    () => {
      asemPipelineFloatKernel(problem)
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
    'exact engine, normalise and aggregate only (no trace)',
    () => {
      twoSteps.compiled.evaluate(twoSteps.dataset, { trace: false })
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
