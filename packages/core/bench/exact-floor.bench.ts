// `pnpm bench`: the floor of an exact ASEM build beside the float64 kernel, in the same run — printing the
// scorecard's 40-digit values once, and one BigInt division per value (exact-floor.ts). If either alone takes
// more than ten runs of the kernel, "exact ≤ 10× the float64 kernel" cannot be met while a scorecard holds
// 40-digit strings computed on BigInt (docs/performance.md, "Exact engine against float64").
import { bench, describe } from 'vitest'
import { asemFloatKernel, asemProblem } from './asem-problem.js'
import { divisionFloor, exactFloorOf, printFloor } from './exact-floor.js'
import { steady } from './steady-bench.js'

const problem = asemProblem()
const scorecard = problem.compiled.evaluate(problem.dataset, { trace: false })
const floor = exactFloorOf(scorecard)
const quotients: bigint[] = new Array(floor.values.length)

describe(`the floor of an exact ASEM build: ${floor.values.length} values of 16–40 digits`, () => {
  bench(
    'float64 kernel (baseline)',
    () => {
      asemFloatKernel(problem)
    },
    steady,
  )
  bench(
    'printing each value once (BigInt toString)',
    () => {
      printFloor(floor)
    },
    steady,
  )
  bench(
    'one BigInt division per value',
    () => {
      divisionFloor(floor, quotients)
    },
    steady,
  )
  bench(
    'the exact engine, no trace (for scale)',
    () => {
      problem.compiled.evaluate(problem.dataset, { trace: false })
    },
    steady,
  )
})
