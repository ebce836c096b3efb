// Fuzz: parseMethodology, compile and fingerprint on mutated methodologies — wrong types, missing and extra
// fields, duplicated nodes, documents that contain themselves, absurd depths and sizes, hostile numbers.
// Every failure must be a located ChisoError; nothing else may escape.
import { test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { fuzzParameters, fuzzTimeout } from '../../../sdk/test/fuzz/fuzz-runs.js'
import { fuzzTally } from '../../../sdk/test/fuzz/fuzz-tally.js'
import { jsonMutationsArb, mutateJson } from '../../../sdk/test/fuzz/mutate-json.js'
import { chisoOrResult } from '../../../sdk/test/fuzz/oracle.js'
import { createEngine, fingerprint, parseMethodology } from '../../src/index.js'
import { seedMethodologyArb } from './seed-methodologies.js'
import { attackTree, treeAttackArb } from './tree-attacks.js'

const parameters = fuzzParameters(150)
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

  test.prop([seedMethodologyArb], { numRuns: 20 })('the seeds themselves parse and compile', (seed) => {
    expect(engine.compile(seed).methodology.id).toBe(seed.id)
  })
})
