// Properties of rebase: under an identical methodology it changes nothing, and a crosswalk that only renames
// codes re-scores to identical results.

import type { Methodology, MethodologyNode } from '@chiso/core'
import { createEngine, leafCodes, rebase } from '@chiso/core'
import { scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import { test } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect } from 'vitest'

const engine = createEngine()
const SIZE = { maxDepth: 3, maxChildren: 4, data: { units: { min: 1, max: 6 } } } as const
const CASES = fc.oneof(scoredCaseArb(SIZE), scoredCaseArb({ kind: 'composite', ...SIZE }))
const ref = (m: Methodology) => `${m.id}@${m.version}`

function renamed(m: Methodology, prefix: string): Methodology {
  const visit = (node: MethodologyNode): MethodologyNode => ({
    ...node,
    code: `${prefix}${node.code}`,
    ...(node.children ? { children: node.children.map(visit) } : {}),
  })
  return { ...m, version: '2.0.0', tree: m.tree.map(visit) }
}

describe('rebase', () => {
  test.prop([CASES], propertyRuns(100))(
    'under an identical methodology changes nothing',
    ({ methodology, dataset }) => {
      const result = rebase(
        dataset,
        { from: ref(methodology), to: ref(methodology) },
        { from: methodology, to: methodology },
      )
      expect(result.dataset).toEqual(dataset)
      expect(result.problems).toEqual([])
    },
  )

  test.prop([CASES], propertyRuns(100))(
    'a rename-only crosswalk re-scores to identical results',
    ({ methodology, dataset }) => {
      const next = renamed(methodology, 'r')
      const crosswalk = {
        from: ref(methodology),
        to: ref(next),
        entries: [...leafCodes(methodology)].map((code) => ({ from: code, to: `r${code}` })),
      }
      const result = rebase(dataset, crosswalk, { from: methodology, to: next })
      expect(result.problems).toEqual([])
      const before = engine.score(methodology, dataset, { trace: false })
      const after = engine.score(next, result.dataset, { trace: false })
      const summary = (card: typeof before, prefix: string) =>
        card.units.map((unit) => ({
          unit: unit.unit,
          score: unit.score,
          index: unit.index,
          rank: unit.rank,
          band: unit.band,
          nodes: Object.fromEntries(
            Object.entries(unit.nodes).map(([code, node]) => [
              code.startsWith(prefix) ? code.slice(prefix.length) : code,
              [node.status, node.score, node.max, node.index],
            ]),
          ),
        }))
      expect(summary(after, 'r')).toEqual(summary(before, ''))
    },
  )
})
