import type { Dataset } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { parseSimulationSpec, planRank, simulate } from '../../src/index.js'
import { simulateInWorkers } from '../../src/node/index.js'
import { compiledComposite, compositeDataset } from '../fixtures/composite.js'

// Determinism of plans and seeded simulations: byte-identical across repeated runs and worker counts, and
// the order of units in the input changes nothing but presentation order.
const compiled = compiledComposite()
const dataset = compositeDataset()

/** The dataset with its units and observations in a seeded random order. */
function shuffled(data: Dataset, seed: number): Dataset {
  let state = seed
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state
  }
  const permute = <T>(items: ReadonlyArray<T>): T[] => {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = next() % (i + 1)
      ;[out[i], out[j]] = [out[j]!, out[i]!]
    }
    return out
  }
  return { ...data, units: permute(data.units), observations: permute(data.observations) }
}

const byUnit = <T extends { unit: string }>(items: ReadonlyArray<T>) =>
  [...items].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))

describe('plans are deterministic', () => {
  it.each([1, 2, 3, 4, 5])('the same plan for any unit order (shuffle %i)', (seed) => {
    const options = { unit: 'U05', target: { kind: 'rise', ranks: 3 } } as const
    const plan = planRank(compiled, dataset, options)
    expect(JSON.stringify(planRank(compiled, dataset, options))).toBe(JSON.stringify(plan))
    const other = planRank(compiled, shuffled(dataset, seed), options)
    expect(JSON.stringify(other)).toBe(JSON.stringify(plan))
  })
})

describe('seeded simulations are deterministic', () => {
  const spec = parseSimulationSpec({
    unit: 'U05',
    targetRank: 3,
    weights: { noise: '0.2' },
    peers: { distribution: 'normal', mean: '0', sd: '1' },
  })

  it('byte-identical across repeated runs and worker counts', async () => {
    const once = simulate(compiled, dataset, { runs: 200, seed: 11, spec })
    expect(JSON.stringify(simulate(compiled, dataset, { runs: 200, seed: 11, spec }))).toBe(
      JSON.stringify(once),
    )
    for (const workers of [1, 3]) {
      const spread = await simulateInWorkers(compiled, dataset, { runs: 200, seed: 11, spec, workers })
      expect(JSON.stringify(spread)).toBe(JSON.stringify(once))
    }
  })

  it.each([1, 2, 3])('the same per-unit distributions for any unit order (shuffle %i)', (seed) => {
    const once = simulate(compiled, dataset, { runs: 200, seed: 11, spec })
    const other = simulate(compiled, shuffled(dataset, seed), { runs: 200, seed: 11, spec })
    expect(JSON.stringify({ ...other, units: byUnit(other.units) })).toBe(
      JSON.stringify({ ...once, units: byUnit(once.units) }),
    )
  })
})
