// Fuzz: the engine on schema-valid but strange methodologies (zero weights, bands out of order, zero and huge
// maxima, degenerate normalisers, every aggregator) and hostile datasets (units with no data, unknown units and
// nodes, duplicates, out-of-range and non-numeric values). A failure must be a located ChisoError; a result
// must be a well-formed scorecard (finite decimal strings, ranks 1..n or null); an incremental session must
// agree with a fresh evaluation.

import type { Methodology } from '@chiso/core'
import * as core from '@chiso/core'
import { createEngine, type Dataset, type Observation, parseDataset } from '@chiso/core'
import { chisoOracle, fuzzTally, fuzzTimeout, propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { mutate, mutationsArb } from '../methodology-mutations.js'
import { applyEngineEdits, engineEditsArb } from './engine-edits.js'
import { hostileDatasetArb } from './hostile-dataset.js'
import { seedMethodologyArb } from './seed-methodologies.js'

const { chisoOrResult, expectWellFormedScorecard } = chisoOracle(core)

const parameters = propertyRuns(200)
const engine = createEngine()
const tally = fuzzTally('engine')

const caseArb = fc
  .tuple(seedMethodologyArb, mutationsArb(3), engineEditsArb)
  .map(([seed, mutations, edits]) => applyEngineEdits(mutate(seed, mutations) as Methodology, edits))
  .chain((methodology) =>
    fc.tuple(fc.constant(methodology), hostileDatasetArb(methodology), fc.boolean(), fc.nat(1_000)),
  )

describe('engine fuzz', () => {
  test.prop([caseArb], parameters)(
    `compile and evaluate fail only with located ChisoErrors, and scorecards are well-formed (${parameters.numRuns} cases)`,
    ([methodology, data, trace, pick]) => {
      tally('case')
      const compiled = chisoOrResult(() => engine.compile(methodology))
      if (compiled === undefined) return
      tally('compiled')
      const card = chisoOrResult(() => compiled.evaluate(data, { trace }))
      const dataset = chisoOrResult(() => parseDataset(data))
      // evaluate parses the data first: it refuses exactly the datasets the parser refuses.
      expect(card === undefined).toBe(dataset === undefined)
      if (card === undefined || dataset === undefined) return
      tally(card.units.some((unit) => unit.rank !== null) ? 'ranked' : 'scored, none ranked')
      expectWellFormedScorecard(
        card,
        dataset.units.map((unit) => unit.code),
      )
      // Changing one observation in a session gives what evaluating the changed dataset gives: the dataset the
      // session says it holds and, when the observation was not duplicated, the dataset changed by hand.
      const observation = dataset.observations[pick % Math.max(1, dataset.observations.length)]
      if (observation === undefined) return
      const change = {
        unit: observation.unit,
        node: observation.node,
        field: observation.field,
        value: 'NA' as const,
      }
      const session = chisoOrResult(() => compiled.session(dataset))
      if (session === undefined) return
      const after = chisoOrResult(() => session.apply([change]))
      if (after === undefined) return
      expect(after).toEqual(compiled.evaluate(session.dataset()))
      const same = (o: Observation) =>
        o.unit === change.unit && o.node === change.node && o.field === change.field
      if (dataset.observations.filter(same).length === 1) {
        const changed: Dataset = {
          ...dataset,
          observations: dataset.observations.map((o) => (same(o) ? { ...o, value: 'NA' } : o)),
        }
        expect(after).toEqual(compiled.evaluate(changed))
        tally('session checked')
      } else tally('session checked (duplicated observation)')
    },
    fuzzTimeout(parameters, 30),
  )
})
