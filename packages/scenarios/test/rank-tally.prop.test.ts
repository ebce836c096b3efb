import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseSimulationSpec, prepareSimulation, type RunChunk, summarise } from '../src/index.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

// summarise counts each unit's ranks instead of sorting them (rank-tally.ts). The reference below is the
// sorting summary it replaced; both must give the same numbers for any ranks, any target and any chunk order.
// Checked to fail: taking the quantile at ⌈p·n⌉ instead of ⌈p·n⌉ − 1 (position), or counting `r + 1 < target`,
// turns this red.
const dataset = compositeDataset(7)
const input = prepareSimulation(
  compiledComposite(),
  dataset,
  parseSimulationSpec({ weights: { noise: '0.2' } }),
)
const size = input.data.units.length

function reference(chunks: ReadonlyArray<RunChunk>, target: number | null, runs: number) {
  const ordered = [...chunks].sort((a, b) => a.from - b.from)
  return input.data.units.map((_, u) => {
    const ranks: number[] = []
    let unranked = 0
    for (const chunk of ordered)
      for (let r = 0; r < chunk.to - chunk.from; r++) {
        const rank = chunk.ranks[r * size + u]!
        if (rank === 0) unranked++
        else ranks.push(rank)
      }
    ranks.sort((a, b) => a - b)
    const counts = new Array<number>(size).fill(0)
    for (const rank of ranks) counts[rank - 1]! += 1
    const quantile = (p: number) =>
      ranks.length === 0 ? null : ranks[Math.max(0, Math.ceil(p * ranks.length) - 1)]!
    return {
      median: quantile(0.5),
      p5: quantile(0.05),
      p95: quantile(0.95),
      mean: ranks.length === 0 ? null : ranks.reduce((a, b) => a + b, 0) / ranks.length,
      probability:
        target === null || runs === 0 ? null : ranks.filter((rank) => rank <= target).length / runs,
      counts,
      unranked,
    }
  })
}

// Runs of ranks 0 (unranked) … size, cut into chunks of random lengths, handed over in a random order.
const caseArb = fc
  .record({
    ranks: fc.array(fc.array(fc.integer({ min: 0, max: size }), { minLength: size, maxLength: size }), {
      maxLength: 60,
    }),
    cuts: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
    target: fc.option(fc.integer({ min: 1, max: size }), { nil: null }),
    order: fc.array(fc.nat(), { maxLength: 60 }),
  })
  .map(({ ranks, cuts, target, order }) => {
    const chunks: RunChunk[] = []
    for (let from = 0, c = 0; from < ranks.length; c++) {
      const to = Math.min(ranks.length, from + cuts[c % cuts.length]!)
      chunks.push({
        from,
        to,
        ranks: Int32Array.from(ranks.slice(from, to).flat()),
        index: new Float64Array((to - from) * size),
        parameters: ranks
          .slice(from, to)
          .map(() => ({ weights: {}, alternatives: [], peers: {}, survey: {} })),
      })
      from = to
    }
    const shuffled = [...chunks].sort(
      (a, b) => (order[a.from % (order.length || 1)] ?? 0) - (order[b.from % (order.length || 1)] ?? 0),
    )
    return { chunks: shuffled, target, runs: ranks.length }
  })

describe('rank distributions counted, not sorted', () => {
  test.prop([caseArb], propertyRuns(200))(
    'give the numbers of the sorted ranks',
    ({ chunks, target, runs }) => {
      const spec = { ...input.spec, ...(target === null ? {} : { targetRank: target }) }
      const result = summarise({ ...input, spec }, 1, chunks)
      expect(result.runs).toBe(runs)
      const expected = reference(chunks, target, runs)
      for (const unit of result.units) {
        const u = input.data.units.indexOf(unit.unit)
        const { unit: _, nominalRank: __, ...counted } = unit
        expect(counted).toEqual(expected[u])
      }
    },
  )
})
