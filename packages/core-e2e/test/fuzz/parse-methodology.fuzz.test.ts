// Fuzz: parseMethodology, compile and fingerprint on mutated methodologies — wrong types, missing and extra
// fields, duplicated nodes, documents that contain themselves, absurd depths and sizes, hostile numbers.
// Every failure must be a located ChisoError; nothing else may escape.

import * as core from '@chiso/core'
import { createEngine, fingerprint, parseMethodology } from '@chiso/core'
import {
  chisoOracle,
  fuzzTally,
  fuzzTimeout,
  jsonMutationsArb,
  mutateJson,
  propertyRuns,
} from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { seedMethodologyArb } from './seed-methodologies.js'
import { attackTree, treeAttackArb } from './tree-attacks.js'

const { chisoOrResult } = chisoOracle(core)

const parameters = propertyRuns(150)
const engine = createEngine()
const tally = fuzzTally('methodology parser')

describe('methodology parser fuzz', () => {
  test.prop([seedMethodologyArb, treeAttackArb, jsonMutationsArb({ max: 3 })], parameters)(
    `parseMethodology, compile and fingerprint fail only with located ChisoErrors (${parameters.numRuns} cases)`,
    (seed, attack, mutations) => {
      const input = attackTree(mutateJson(seed, mutations), attack)
      tally('case')
      const parsed = chisoOrResult(() => parseMethodology(input))
      const compiled = chisoOrResult(() => engine.compile(input))
      tally(compiled ? 'compiled' : parsed ? 'parsed, refused by compile' : 'refused by the parser')
      // compile parses first: it accepts exactly what the parser accepts, or refuses with its own checks.
      if (parsed === undefined) expect(compiled).toBeUndefined()
      if (parsed !== undefined) expect(fingerprint(parsed)).toMatch(/^sha256:[0-9a-f]{64}$/)
    },
    fuzzTimeout(parameters, 60),
  )

  test.prop([seedMethodologyArb], propertyRuns(20))('the seeds themselves parse and compile', (seed) => {
    expect(engine.compile(seed).methodology.id).toBe(seed.id)
  })
})
