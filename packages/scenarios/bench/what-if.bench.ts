// What-if: one changed observation re-scores and re-ranks 63 units (aim ≤ 16 ms, one frame), against one
// exact evaluation of the unchanged data measured in the same run.
import { createEngine } from '@chiso/core'
import { bench, describe } from 'vitest'
import { whatIf } from '../src/index.js'
import { additiveDataset, additiveMethodology } from './fixtures/additive.js'

const compiled = createEngine().compile(additiveMethodology())
const dataset = additiveDataset()
let flip = false

describe('what-if: one change, 63 units × 88 leaves', () => {
  bench('baseline: one exact evaluation (63 units)', () => {
    compiled.evaluate(dataset, { trace: false })
  })
  bench('whatIf: one observation changed (before + after scorecards, deltas)', () => {
    flip = !flip
    whatIf(compiled, dataset, { observations: [{ unit: 'unit-07', node: '3.4', value: flip ? '95' : '10' }] })
  })
})
