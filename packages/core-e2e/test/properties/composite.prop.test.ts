// Properties of composite methodologies such as PCI or DDCI, checked end to end through the engine: random
// trees (≤ 3 levels, ≤ 4 children) of weighted means over indicators rescaled by min-max, ≤ 8 units.

import { createEngine, type Dec, dec, type NodeResult } from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { leavesOf, scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const RUNS = propertyRuns(100)
const engine = createEngine()
const SIZE = { kind: 'composite', maxDepth: 3, maxChildren: 4, data: { units: { min: 1, max: 8 } } } as const

const d = (text: string | null): Dec => dec(text ?? 'NaN')

function between(value: Dec, values: ReadonlyArray<Dec>): boolean {
  const low = values.reduce((a, b) => (b.lt(a) ? b : a))
  const high = values.reduce((a, b) => (b.gt(a) ? b : a))
  return value.gte(low) && value.lte(high)
}

describe('composite trees', () => {
  it("a weighted mean lies between its children's smallest and largest value (with and without min-max)", () => {
    const cases = fc.oneof(scoredCaseArb(SIZE), scoredCaseArb({ ...SIZE, normalise: false }))
    fc.assert(
      fc.property(cases, ({ methodology, dataset }) => {
        const card = engine.compile(methodology).evaluate(dataset, { trace: false })
        const scale = d(methodology.result.type === 'composite' ? methodology.result.scale : '1')
        for (const unit of card.units) {
          const codes = Object.keys(unit.nodes)
          const childrenOf = (parent: string | null): NodeResult[] =>
            codes
              .filter((code) =>
                parent === null
                  ? !code.includes('.')
                  : code.startsWith(`${parent}.`) && !code.slice(parent.length + 1).includes('.'),
              )
              .map((code) => unit.nodes[code]!)
              .filter((child) => child.status === 'ok')
          for (const [code, result] of Object.entries(unit.nodes)) {
            const present = childrenOf(code)
            if (result.status !== 'ok' || present.length === 0) continue
            expect(
              between(
                d(result.score),
                present.map((child) => d(child.score)),
              ),
            ).toBe(true)
          }
          if (unit.score !== null) {
            const top = childrenOf(null).map((child) => d(child.score).times(scale))
            expect(between(d(unit.score), top)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })

  it('min-max output lies in [l, u] and keeps the order of the raw values (reversed for direction −1)', () => {
    fc.assert(
      fc.property(scoredCaseArb(SIZE), ({ methodology, dataset }) => {
        const card = engine.compile(methodology).evaluate(dataset, { trace: false })
        for (const leaf of leavesOf(methodology)) {
          const { l, u } = leaf.normalise!.with as { l: string; u: string }
          const direction = leaf.direction ?? 1
          const points = card.units.flatMap((unit) => {
            const result = unit.nodes[leaf.code]!
            if (result.status !== 'ok') return []
            const raw = dataset.observations.find((o) => o.unit === unit.unit && o.node === leaf.code)!
              .value as string
            return [{ raw: dec(raw), out: d(result.score) }]
          })
          for (const a of points) {
            expect(a.out.gte(l) && a.out.lte(u)).toBe(true)
            for (const b of points) {
              // Equal raw values give equal outputs; otherwise the order is kept (direction 1) or reversed (−1).
              const expected = a.raw.eq(b.raw) ? 0 : a.raw.comparedTo(b.raw) * direction
              expect(a.out.comparedTo(b.out)).toBe(expected)
            }
          }
        }
      }),
      RUNS,
    )
  })
})
