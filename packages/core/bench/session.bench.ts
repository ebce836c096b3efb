// `pnpm bench`: re-scoring after one changed observation — what a what-if slider does — on a PAR-INDEX-sized
// problem (63 units × 88 leaves), against a full exact evaluation and against a float64 kernel that recomputes
// every unit, measured in the same run. The frame budget of a browser slider is 16 ms.
import { bench, describe } from 'vitest'
import { floatKernel, problem } from './points-problem.js'

const input = problem(63, 8, 11)
const session = input.compiled.session(input.dataset, { trace: false })
let step = 0

describe('one changed observation, 63 units × 88 leaves', () => {
  bench('float64 kernel, every unit again (baseline)', () => {
    floatKernel(input)
  })
  bench('session.apply: changed leaf, its ancestors, re-rank', () => {
    step += 1
    session.apply([
      { unit: `u${step % 63}`, node: `${(step % 8) + 1}.${(step % 11) + 1}`, value: `0.${step % 100}` },
    ])
  })
  bench('full exact evaluation, no trace', () => {
    input.compiled.evaluate(input.dataset, { trace: false })
  })
})
