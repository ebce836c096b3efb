import { ChisoError } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_RUNS, parseSimulationSpec, sensitivity, simulate } from '../src/index.js'
import { simulateInWorkers } from '../src/node/index.js'
import { compiledComposite, compositeDataset } from './fixtures/composite.js'

const compiled = compiledComposite()
const dataset = compositeDataset()
const spec = parseSimulationSpec({ unit: 'U05', weights: { noise: '0.2' } })

function refusal(run: () => unknown): ChisoError {
  try {
    run()
  } catch (error) {
    if (error instanceof ChisoError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('the simulation run limit', () => {
  it('refuses more runs than the default before doing any work', () => {
    const error = refusal(() => simulate(compiled, dataset, { runs: DEFAULT_MAX_RUNS + 1, seed: 1, spec }))
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(error.path).toEqual(['runs'])
    expect(error.message).toContain(`maxRuns = ${DEFAULT_MAX_RUNS}`)
    expect(error.hint).toMatch(/--max-runs/)
  })

  it('refuses sensitivity samples above a lowered limit, and accepts them at the limit', () => {
    const error = refusal(() => sensitivity(compiled, dataset, { samples: 11, seed: 1, spec, maxRuns: 10 }))
    expect([error.code, error.path]).toEqual(['LIMIT_EXCEEDED', ['samples']])
    expect(sensitivity(compiled, dataset, { samples: 10, seed: 1, spec, maxRuns: 10 }).samples).toBe(10)
  })

  it('holds for worker simulations too, and a raised limit lets the runs through', async () => {
    await expect(
      simulateInWorkers(compiled, dataset, { runs: 6, seed: 1, spec, maxRuns: 5 }),
    ).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['runs'],
    })
    const result = await simulateInWorkers(compiled, dataset, { runs: 6, seed: 1, spec, maxRuns: 6 })
    expect(result.runs).toBe(6)
  })
})
