// Ranking properties: unit order never matters, and equal exact scores share a rank (competition and dense),
// both for `rankUnits` alone and through the engine.

import { createEngine, dec, type RankMethod, rankUnits, type Scorecard } from '@chiso/core'
// The SDK's arbitraries, from source: core cannot depend on @chiso/sdk (which depends on core).
import { type ScoredCase, scoredCaseArb } from '@chiso/sdk/testing'
import { propertyRuns } from '@chiso/test-support'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const RUNS = propertyRuns(100)
const engine = createEngine()
const SIZE = { maxDepth: 3, maxChildren: 4, data: { units: { min: 1, max: 8 } } } as const
const POINTS = scoredCaseArb(SIZE)
const COMPOSITE = scoredCaseArb({ kind: 'composite', ...SIZE })

function score({ methodology, dataset }: ScoredCase): Scorecard {
  return engine.compile(methodology).evaluate(dataset, { trace: false })
}

/** A case and the same case with units and observations shuffled. */
const shuffledCase = fc.oneof(POINTS, COMPOSITE).chain((scored) =>
  fc
    .tuple(
      fc.shuffledSubarray([...scored.dataset.units], { minLength: scored.dataset.units.length }),
      fc.shuffledSubarray([...scored.dataset.observations], {
        minLength: scored.dataset.observations.length,
      }),
    )
    .map(([units, observations]) => ({
      scored,
      shuffled: { ...scored, dataset: { units, observations } },
    })),
)

/** Expected ranks: competition = 1 + how many are strictly better; dense = 1 + how many distinct better keys. */
function expectedRank(key: string, keys: ReadonlyArray<string>, method: RankMethod): number {
  const better = keys.filter((other) => dec(other).gt(key))
  if (method === 'competition') return better.length + 1
  return new Set(better.map((other) => dec(other).toFixed())).size + 1
}

describe('ranking', () => {
  it('unit order never changes scores, ranks, bands or diagnostics (points and composite)', () => {
    fc.assert(
      fc.property(shuffledCase, ({ scored, shuffled }) => {
        const a = score(scored)
        const b = score(shuffled)
        expect(b.units).toEqual(a.units)
        expect(b.diagnostics).toEqual(a.diagnostics)
      }),
      RUNS,
    )
  })

  it('rankUnits: equal keys share a rank; competition and dense count the better keys; order does not matter', () => {
    // Keys from a small pool, so ties are frequent; some units unranked (null).
    const entries = fc
      .array(fc.option(fc.constantFrom('90.1', '90.10', '90.09', '85', '100', '0'), { freq: 6, nil: null }), {
        minLength: 1,
        maxLength: 8,
      })
      .map((keys) => keys.map((key, i) => ({ code: `U${i}`, key })))
    fc.assert(
      fc.property(
        entries,
        fc.constantFrom<RankMethod>('competition', 'dense'),
        fc.nat(),
        (list, method, seed) => {
          const ranks = rankUnits(
            list.map((entry) => ({ code: entry.code, key: entry.key === null ? null : dec(entry.key) })),
            method,
          )
          const keys = list.flatMap((entry) => (entry.key === null ? [] : [entry.key]))
          list.forEach((entry, i) => {
            if (entry.key === null) expect(ranks[i]).toBeNull()
            else expect(ranks[i]).toBe(expectedRank(entry.key, keys, method))
          })
          // The same entries in another order get the same rank each.
          const order = list
            .map((_, i) => i)
            .sort((x, y) => ((x * 7919 + seed) % 13) - ((y * 7919 + seed) % 13) || x - y)
          const again = rankUnits(
            order.map((i) => ({
              code: list[i]!.code,
              key: list[i]!.key === null ? null : dec(list[i]!.key!),
            })),
            method,
          )
          order.forEach((i, position) => {
            expect(again[position]).toBe(ranks[i])
          })
        },
      ),
      RUNS,
    )
  })

  it('engine: units with equal exact indexes share a rank, better units rank strictly higher (competition, dense)', () => {
    // Copies of some units (same observations under a new code) guarantee exact ties.
    const withTies = POINTS.chain((scored) =>
      fc
        .tuple(
          fc.subarray(scored.dataset.units.map((unit) => unit.code)),
          fc.constantFrom<RankMethod>('competition', 'dense'),
        )
        .map(([copied, method]) => {
          const copies = copied.map((code) => ({ code: `${code}-copy`, name: `copy of ${code}` }))
          const observations = scored.dataset.observations.flatMap((o) =>
            copied.includes(o.unit) ? [o, { ...o, unit: `${o.unit}-copy` }] : [o],
          )
          return {
            methodology: { ...scored.methodology, ranking: { ...scored.methodology.ranking, method } },
            dataset: { units: [...scored.dataset.units, ...copies], observations },
            copied,
            method,
          }
        }),
    )
    fc.assert(
      fc.property(withTies, ({ copied, method, ...scored }) => {
        const card = score(scored)
        const ranked = card.units.filter((unit) => unit.index !== null)
        const keys = ranked.map((unit) => unit.index!)
        for (const unit of card.units) {
          if (unit.index === null) expect(unit.rank).toBeNull()
          else expect(unit.rank).toBe(expectedRank(unit.index, keys, method))
        }
        for (const code of copied) {
          const original = card.units.find((unit) => unit.unit === code)!
          const copy = card.units.find((unit) => unit.unit === `${code}-copy`)!
          expect(copy.index).toBe(original.index)
          expect(copy.rank).toBe(original.rank)
        }
      }),
      RUNS,
    )
  })
})
