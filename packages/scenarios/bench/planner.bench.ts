// The rank planner on an 88-leaf additive tree among 63 units (aim: an optimal plan in ≤ 100 ms), against one
// exact evaluation of the same data measured in the same run.
import { createEngine } from '@chiso/core'
import { bench, describe } from 'vitest'
import { planRank } from '../src/index.js'
import { additiveDataset, additiveMethodology } from './fixtures/additive.js'

const compiled = createEngine().compile(additiveMethodology())
const dataset = additiveDataset()
const card = compiled.evaluate(dataset, { trace: false })
const unit = card.units.find((u) => u.rank !== null && u.rank >= 40)!.unit
const check = planRank(compiled, dataset, { unit, target: { kind: 'rise', ranks: 10 } })
if (check.status !== 'optimal' || !check.verified)
  throw new Error(`expected an optimal verified plan, got ${check.status}`)

describe('planner: 88 leaves × 63 units, rise 10 ranks', () => {
  bench('baseline: one exact evaluation (63 units)', () => {
    compiled.evaluate(dataset, { trace: false })
  })
  bench('planRank (optimal, verified)', () => {
    planRank(compiled, dataset, { unit, target: { kind: 'rise', ranks: 10 } })
  })
})
