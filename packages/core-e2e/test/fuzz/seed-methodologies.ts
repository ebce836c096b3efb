// Valid methodologies fuzz cases start from (test-only): the catalogue's published ones and generated trees.

import type { Methodology } from '@chiso/core'
import { resolveMethodology } from '@chiso/core'
import { compositeMethodologyArb, pointsMethodologyArb } from '@chiso/sdk/testing'
import * as fc from 'fast-check'

/** The catalogue methodologies: real trees with bands, tie-breakers, survey leaves and plugin options. */
export const CATALOGUE_SEEDS: ReadonlyArray<Methodology> = [
  'pci@2014',
  'par-index.province@2022',
  'service-index.766@2022',
].map((reference) => resolveMethodology(reference))

/** A valid methodology: one from the catalogue, or a small generated points or composite tree. */
export const seedMethodologyArb: fc.Arbitrary<Methodology> = fc.oneof(
  fc.constantFrom(...CATALOGUE_SEEDS),
  pointsMethodologyArb({ maxDepth: 3, maxChildren: 4 }),
  compositeMethodologyArb({ maxDepth: 3, maxChildren: 4 }),
)
