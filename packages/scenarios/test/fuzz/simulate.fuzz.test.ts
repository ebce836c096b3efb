// Fuzz: the simulation spec parser, Monte Carlo simulate and sensitivity with weird specs (mutated: hostile
// noise, sample sizes, peer distributions, alternatives naming unknown nodes or plugin items) and weird run
// counts and seeds. A failure is a located ChisoError; a result is well-formed: every unit's ranks lie in
// 1..n, probabilities in [0, 1], sensitivity indices finite or null.

import * as core from '@chiso/core'
import {
  chisoOracle,
  fuzzTally,
  fuzzTimeout,
  jsonMutationsArb,
  mutateJson,
  propertyRuns,
} from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseSimulationSpec, sensitivity, simulate } from '../../src/index.js'
import { scenarioCaseArb, weirdCountArb } from './scenario-cases.js'

const { chisoOrResult } = chisoOracle(core)

const parameters = propertyRuns(100)
const tally = fuzzTally('simulator')

const specDocuments = [
  { unit: 'U1', targetRank: 2, weights: { noise: '0.25' } },
  { unit: 'U2', survey: { n: 300 }, peers: { distribution: 'normal', mean: '0.5', sd: '1' } },
  { peers: { distribution: 'uniform', min: '-1', max: '2' }, weights: { noise: '0.1', nodes: 'leaves' } },
  {
    unit: 'U1',
    alternatives: [
      { nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/z-score' }, null] },
      { nodes: 'inner', aggregate: [{ use: 'chiso/mean' }, { use: 'chiso/geometric-mean' }] },
    ],
  },
  { unit: 'U1', survey: { se: '0.05', nodes: ['1', '1.1'] }, weights: { noise: '0', nodes: ['1'] } },
]

const specArb = fc
  .tuple(
    fc.constantFrom(...specDocuments),
    fc.option(jsonMutationsArb({ cycles: false, max: 2 }), { nil: undefined }),
  )
  .map(([document, edits]) => (edits ? mutateJson(document, edits) : document))

const runsArb = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  weirdCountArb.filter((n) => !(n > 1_000)),
)

describe('simulator fuzz', () => {
  test.prop([scenarioCaseArb, specArb, runsArb, weirdCountArb, fc.boolean()], parameters)(
    `simulate and sensitivity fail only with located ChisoErrors and return well-formed results (${parameters.numRuns} cases)`,
    (scenario, document, runs, seed, analyse) => {
      tally('case')
      const spec = chisoOrResult(() => parseSimulationSpec(document))
      if (spec === undefined) {
        tally('spec refused')
        return
      }
      const n = scenario.units.length
      if (analyse) {
        const result = chisoOrResult(() =>
          sensitivity(scenario.compiled, scenario.dataset, { spec, seed, samples: runs, bootstrap: 20 }),
        )
        tally(result ? 'sensitivity' : 'sensitivity refused')
        if (result) expect(JSON.parse(JSON.stringify(result))).toBeDefined()
        return
      }
      const result = chisoOrResult(() => simulate(scenario.compiled, scenario.dataset, { spec, seed, runs }))
      if (result === undefined) {
        tally('simulate refused')
        return
      }
      tally('simulated')
      for (const unit of result.units) {
        const shown = JSON.stringify(unit)
        for (const rank of [unit.nominalRank, unit.median, unit.p5, unit.p95])
          if (rank !== null) expect(Number.isInteger(rank) && rank >= 1 && rank <= n, shown).toBe(true)
        if (unit.mean !== null) expect(unit.mean >= 1 && unit.mean <= n, shown).toBe(true)
        if (unit.probability !== null)
          expect(unit.probability >= 0 && unit.probability <= 1, shown).toBe(true)
        expect(
          unit.counts.every((count) => Number.isInteger(count) && count >= 0),
          shown,
        ).toBe(true)
      }
    },
    fuzzTimeout(parameters, 300),
  )
})
