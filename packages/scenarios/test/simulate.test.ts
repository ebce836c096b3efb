import { createEngine, type MethodologyInput, parseDataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, prepareSimulation, replayRun, sensitivity, simulate } from '../src/index.js'
import { simulateInWorkers } from '../src/node/index.js'
import { compiledComposite, compositeDataset, compositeMethodology } from './fixtures/composite.js'

const compiled = compiledComposite()
const dataset = compositeDataset()
const spec = parseSimulationSpec({
  unit: 'U05',
  targetRank: 3,
  weights: { noise: '0.3' },
  peers: { distribution: 'normal', mean: '0', sd: '2' },
  alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/z-score' }] }],
})

describe('simulate', () => {
  it('gives identical output for the same seed on 1, 2 and 4 worker threads', async () => {
    const one = await simulateInWorkers(compiled, dataset, { runs: 300, seed: 7, spec, workers: 1 })
    const two = await simulateInWorkers(compiled, dataset, { runs: 300, seed: 7, spec, workers: 2 })
    const four = await simulateInWorkers(compiled, dataset, { runs: 300, seed: 7, spec, workers: 4 })
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
    expect(JSON.stringify(four)).toBe(JSON.stringify(one))
    // …and the calling-thread (browser) version agrees.
    expect(JSON.stringify(simulate(compiled, dataset, { runs: 300, seed: 7, spec }))).toBe(
      JSON.stringify(one),
    )
    // A different seed gives different draws.
    const other = simulate(compiled, dataset, { runs: 300, seed: 8, spec })
    expect(JSON.stringify(other.units)).not.toBe(JSON.stringify(one.units))
  })

  it('ranks within groups when the methodology does, in every run', () => {
    const grouped = createEngine().compile({
      ...compositeMethodology,
      ranking: { within: 'group' },
    } as MethodologyInput)
    const withGroups = {
      ...dataset,
      units: dataset.units.map((unit, u) =>
        u % 3 === 2 ? unit : { ...unit, group: u % 3 === 0 ? 'east' : 'west' },
      ),
    }
    const exact = grouped.evaluate(withGroups, { trace: false })
    const still = parseSimulationSpec({ unit: 'U05', weights: { noise: '0' } })
    const nominal = simulate(grouped, withGroups, { runs: 20, seed: 1, spec: still })
    expect(nominal.nominal).toEqual({ matchesExact: true, mismatched: [] })
    for (const unit of nominal.units) {
      const rank = exact.units.find((u) => u.unit === unit.unit)!.rank!
      expect([unit.nominalRank, unit.median, unit.p5, unit.p95]).toEqual([rank, rank, rank, rank])
    }
    // With noise, ranks stay within each group's size: four units each in east, west and ungrouped.
    const noisy = simulate(grouped, withGroups, { runs: 200, seed: 3, spec })
    const worstRank = (units: typeof noisy.units) =>
      Math.max(
        ...units.map((unit) => unit.counts.reduce((worst, count, r) => (count > 0 ? r + 1 : worst), 0)),
      )
    expect(worstRank(noisy.units)).toBe(4)
    expect(worstRank(simulate(compiled, withGroups, { runs: 200, seed: 3, spec }).units)).toBeGreaterThan(4)
  })

  it('with zero perturbation every run equals the nominal exact ranking', () => {
    const exact = compiled.evaluate(dataset, { trace: false })
    const still = parseSimulationSpec({ unit: 'U05', weights: { noise: '0' } })
    const result = simulate(compiled, dataset, { runs: 50, seed: 1, spec: still })
    expect(result.arithmetic).toBe('float64')
    expect(result.nominal).toEqual({ matchesExact: true, mismatched: [] })
    for (const unit of result.units) {
      const rank = exact.units.find((u) => u.unit === unit.unit)!.rank!
      expect(unit.counts[rank - 1]).toBe(50)
      expect([unit.median, unit.p5, unit.p95]).toEqual([rank, rank, rank])
    }
  })

  it('returns the sampled parameters, and replaying a run gives its ranks', () => {
    const input = prepareSimulation(compiled, dataset, spec)
    const result = simulate(compiled, dataset, { runs: 40, seed: 3, spec })
    expect(result.parameters).toHaveLength(40)
    const run = result.parameters[17]!
    expect(Object.keys(run.weights).sort()).toEqual(['P1', 'P2', 'a', 'b', 'c', 'd'])
    for (const factor of Object.values(run.weights)) expect(factor).toBeGreaterThanOrEqual(0.7)
    const replayed = replayRun(input, run)
    const again = replayRun(input, run)
    expect([...replayed.ranks]).toEqual([...again.ranks])
    // The replayed run is one of the 40 the distribution counted for the unit.
    const u05 = input.data.units.indexOf('U05')
    const counted = result.units.find((u) => u.unit === 'U05')!.counts[replayed.ranks[u05]! - 1]!
    expect(counted).toBeGreaterThan(0)
  })

  it('reports the probability of reaching the target rank', () => {
    const result = simulate(compiled, dataset, { runs: 200, seed: 5, spec })
    for (const unit of result.units) {
      const reached = unit.counts.slice(0, 3).reduce((a, b) => a + b, 0)
      expect(unit.probability).toBe(reached / 200)
    }
  })

  it('rejects a bad spec with located errors', () => {
    expect(() => parseSimulationSpec({ weights: { noise: 'lots' } })).toThrow(/weights\.noise/)
    expect(() => parseSimulationSpec({ survey: { n: 10, se: '0.1' } })).toThrow(/survey/)
    expect(() =>
      simulate(compiled, dataset, { runs: 1, seed: 1, spec: parseSimulationSpec({ unit: 'nowhere' }) }),
    ).toThrow(/nowhere/)
  })
})

describe('sensitivity', () => {
  it('gives a dummy input (the weight of an only child) zero indices within the bootstrap interval', () => {
    const result = sensitivity(compiled, dataset, {
      samples: 300,
      seed: 11,
      spec: parseSimulationSpec({
        unit: 'U05',
        weights: { noise: '0.5' },
        peers: { distribution: 'uniform', min: '-3', max: '3' },
      }),
      output: 'index',
    })
    const dummy = result.factors.find((f) => f.factor === 'weights:P2')!
    // f(A) and f(A_B) differ only by float64 rounding (w·x / w), so ST is 0 up to that rounding.
    expect(Math.abs(dummy.total)).toBeLessThan(1e-20)
    expect(dummy.totalInterval[0]).toBeLessThan(1e-20)
    expect(dummy.firstInterval[0]).toBeLessThanOrEqual(0)
    expect(dummy.firstInterval[1]).toBeGreaterThanOrEqual(0)
    // The weights inside pillar 1 do move the unit's index.
    const moving = result.factors.find((f) => f.factor === 'weights:P1')!
    expect(moving.total).toBeGreaterThan(0)
    expect(moving.totalInterval[0]).toBeGreaterThan(0)
    expect(result.evaluations).toBe(300 * (result.factors.length + 2))
  })
})

describe('the float64 kernel', () => {
  const normalisers = [
    { use: 'chiso/min-max', with: { l: '1', u: '10' } },
    { use: 'chiso/z-score', with: { mean: '10', sd: '2' } },
    { use: 'chiso/rank' },
    { use: 'chiso/percentile-rank' },
    { use: 'chiso/goalposts', with: { lower: '0', upper: '100' } },
    { use: 'chiso/distance-to-target', with: { target: '120' } },
  ]
  const aggregators = [
    { use: 'chiso/mean' },
    { use: 'chiso/geometric-mean' },
    { use: 'chiso/harmonic-mean' },
    { use: 'chiso/generalised-mean', with: { p: '2' } },
    { use: 'chiso/min' },
  ]
  const dataset = compositeDataset(15)

  it.each(
    normalisers.flatMap((normalise) =>
      aggregators.map((aggregate) => [normalise.use, aggregate.use, normalise, aggregate]),
    ),
  )(
    '%s + %s: the nominal run matches the exact engine (indexes to 1e-9, ranks equal)',
    (_n, _a, normalise, aggregate) => {
      const tree = compositeMethodology.tree.map((pillar) => ({
        ...pillar,
        aggregate,
        children: pillar.children!.map((leaf) => ({ ...leaf, normalise })),
      }))
      const methodology = { ...compositeMethodology, aggregate, tree } as MethodologyInput
      const compiled = createEngine().compile(methodology)
      const exact = compiled.evaluate(dataset, { trace: false })
      const input = prepareSimulation(compiled, dataset, parseSimulationSpec({}))
      const run = replayRun(input, { weights: {}, alternatives: [], peers: {}, survey: {} })
      const check = simulate(compiled, dataset, { runs: 1, seed: 1, spec: parseSimulationSpec({}) }).nominal
      input.data.units.forEach((code, u) => {
        const unit = exact.units.find((x) => x.unit === code)!
        const index = unit.index
        if (index === null) {
          expect(Number.isNaN(run.index[u]!)).toBe(true)
          return
        }
        expect(Math.abs(run.index[u]! - Number(index))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(Number(index))),
        )
        // Two indexes equal in exact arithmetic can differ in the engine's last digits (e.g. 375/7 reached
        // two ways); the engine ranks on 34 significant digits, so it ties them as the float kernel does.
        expect(run.ranks[u]).toBe(unit.rank ?? 0)
      })
      expect(check.matchesExact).toBe(true)
    },
  )
})

describe('weight noise that would move nothing', () => {
  const points = createEngine().compile({
    id: 'test.sum',
    version: '1.0.0',
    title: 'Illustrative sums',
    status: 'illustrative',
    result: { type: 'points' },
    tree: [
      { code: '1', title: 'a', max: '2', rule: { use: 'chiso/points' } },
      { code: '2', title: 'b', max: '2', rule: { use: 'chiso/points' } },
    ],
  })
  const data = parseDataset({
    units: [{ code: 'A' }, { code: 'B' }],
    observations: [
      { unit: 'A', node: '1', value: '1' },
      { unit: 'A', node: '2', value: '2' },
      { unit: 'B', node: '1', value: '2' },
      { unit: 'B', node: '2', value: '0' },
    ],
  })

  it('is refused when every node it applies to is summed', () => {
    const noisy = parseSimulationSpec({ weights: { noise: '0.2' } })
    expect(() => simulate(points, data, { runs: 10, seed: 1, spec: noisy })).toThrow(
      expect.objectContaining({ code: 'INVALID_SIMULATION_SPEC', path: ['weights'] }),
    )
  })

  it('is refused, at its place in the list, for a node named under a sum', () => {
    const named = parseSimulationSpec({ weights: { noise: '0.2', nodes: ['2'] } })
    expect(() => simulate(points, data, { runs: 10, seed: 1, spec: named })).toThrow(
      expect.objectContaining({
        code: 'INVALID_SIMULATION_SPEC',
        path: ['weights', 'nodes', 0],
        message: expect.stringContaining('weight noise on "2" moves nothing'),
      }),
    )
  })
})
