// Properties of diff and patch: diff(a, a) is empty; applying diff(a, b) to a gives b; the changes reported
// match what was edited.

import { applyDiff, diffMethodologies, explicitMethodology } from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { compositeMethodologyArb, pointsMethodologyArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'
import { mutate, mutationsArb } from '../methodology-mutations.js'

const methodologyArb = fc.oneof(
  pointsMethodologyArb({ maxDepth: 3, maxChildren: 4 }),
  compositeMethodologyArb({ maxDepth: 3, maxChildren: 4 }),
)

describe('diffMethodologies and applyDiff', () => {
  test.prop([methodologyArb], propertyRuns(100))('diff(a, a) is empty', (a) => {
    expect(diffMethodologies(a, a).changes).toEqual([])
  })

  test.prop([methodologyArb, mutationsArb(6)], propertyRuns(100))(
    'applying diff(a, b) to a gives b',
    (a, mutations) => {
      const b = mutate(a, mutations)
      const diff = diffMethodologies(a, b)
      expect(applyDiff(a, diff)).toEqual(explicitMethodology(b))
      // and the diff survives a trip through JSON, as a file would
      expect(applyDiff(a, JSON.parse(JSON.stringify(diff)))).toEqual(explicitMethodology(b))
    },
  )

  test.prop([methodologyArb, methodologyArb], propertyRuns(100))(
    'applying diff(a, b) to a gives b for unrelated trees',
    (a, b) => {
      expect(applyDiff(a, diffMethodologies(a, b))).toEqual(explicitMethodology(b))
    },
  )

  test.prop([methodologyArb, mutationsArb(6)], propertyRuns(100))(
    'a diff is empty exactly when the fingerprints agree',
    (a, mutations) => {
      const diff = diffMethodologies(a, mutate(a, mutations))
      expect(diff.changes.length === 0).toBe(diff.from.fingerprint === diff.to.fingerprint)
    },
  )
})
