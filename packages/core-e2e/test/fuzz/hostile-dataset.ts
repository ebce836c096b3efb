// Hostile datasets for a methodology (test-only): units with no data, unknown units and nodes, duplicate and
// contradictory observations, values out of range or of the wrong kind, numbers no binary float can hold.

import type { Methodology, MethodologyNode } from '@chiso/core'
import { hostileNumberArb } from '@chiso/test-support'
import * as fc from 'fast-check'

const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -20, max: 120 }).map(String), weight: 6 },
  { arbitrary: fc.constantFrom<unknown>('NA', null, true, false, '0', '-0', '0.5'), weight: 3 },
  { arbitrary: hostileNumberArb, weight: 2 },
)

/** A dataset (as plain input, not yet parsed) aimed at the methodology's leaves, with hostile parts. */
export function hostileDatasetArb(methodology: unknown): fc.Arbitrary<unknown> {
  const leaves = leafCodes(methodology)
  const nodeArb = fc.oneof(
    { arbitrary: leaves.length > 0 ? fc.constantFrom(...leaves) : fc.constant('1'), weight: 8 },
    { arbitrary: fc.constantFrom('unknown', 'x.1', '1'), weight: 1 },
  )
  return fc
    .record({
      units: fc.uniqueArray(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'), { maxLength: 8 }),
      observations: fc.array(
        fc.record({
          unit: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'nobody'),
          node: nodeArb,
          field: fc.constantFrom('value', 'value', 'value', 'done', 'total', 'other'),
          value: valueArb,
          source: fc.constantFrom(undefined, 'self', 'survey', 'appraisal'),
        }),
        { maxLength: 60 },
      ),
      groups: fc.boolean(),
    })
    .map(({ units, observations, groups }) => ({
      units: units.map((code, i) => (groups ? { code, group: i % 2 === 0 ? 'g1' : 'g2' } : { code })),
      observations: observations.map(({ source, ...o }) => (source === undefined ? o : { ...o, source })),
    }))
}

function leafCodes(methodology: unknown): string[] {
  const out: string[] = []
  const visit = (node: MethodologyNode) => {
    if (Array.isArray(node.children)) node.children.forEach(visit)
    else if (typeof node.code === 'string') out.push(node.code)
  }
  const tree = (methodology as Methodology | undefined)?.tree
  if (Array.isArray(tree)) tree.forEach(visit)
  return out
}
