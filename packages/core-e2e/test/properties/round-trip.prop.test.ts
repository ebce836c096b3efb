// Everything chiso reads or writes survives a trip through JSON: parse(serialise(x)) = x for methodologies,
// datasets and scorecards (with traces), so files written by one version read back unchanged.

import { createEngine, parseDataset, parseMethodology, parseScorecard } from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const RUNS = propertyRuns(100)
const engine = createEngine()
const SIZE = { maxDepth: 3, maxChildren: 4, data: { units: { min: 1, max: 8 } } } as const
const CASES = fc.oneof(scoredCaseArb(SIZE), scoredCaseArb({ kind: 'composite', ...SIZE }))
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('JSON round trip', () => {
  it('methodology and dataset', () => {
    fc.assert(
      fc.property(CASES, ({ methodology, dataset }) => {
        expect(parseMethodology(viaJson(methodology))).toEqual(methodology)
        expect(parseDataset(viaJson(dataset))).toEqual(dataset)
      }),
      RUNS,
    )
  })

  it('scorecard, with traces and diagnostics', () => {
    fc.assert(
      fc.property(CASES, ({ methodology, dataset }) => {
        const card = engine.score(methodology, dataset, { trace: true })
        expect(parseScorecard(viaJson(card))).toEqual(card)
      }),
      RUNS,
    )
  })
})
