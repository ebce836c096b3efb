import { afterEach, describe, expect, it, vi } from 'vitest'
import { CI_SEED, propertyRuns } from '../src/property-runs.js'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('propertyRuns', () => {
  it('gives the CI size and the fixed seed in a test run', () => {
    vi.stubEnv('CHISO_FUZZ_RUNS', '')
    vi.stubEnv('CHISO_FUZZ_SEED', '')
    expect(propertyRuns(40)).toEqual({ numRuns: 40, seed: CI_SEED })
  })

  it('gives CHISO_FUZZ_RUNS cases from a seed that is not the CI seed in a sized run', () => {
    vi.stubEnv('CHISO_FUZZ_RUNS', '5000')
    vi.stubEnv('CHISO_FUZZ_SEED', '')
    const runs = propertyRuns(40)
    expect(runs.numRuns).toBe(5000)
    expect(Number.isInteger(runs.seed)).toBe(true)
    expect(runs.seed).not.toBe(CI_SEED)
  })

  it('replays CHISO_FUZZ_SEED, at either size', () => {
    vi.stubEnv('CHISO_FUZZ_SEED', '-123')
    vi.stubEnv('CHISO_FUZZ_RUNS', '')
    expect(propertyRuns(40)).toEqual({ numRuns: 40, seed: -123 })
    vi.stubEnv('CHISO_FUZZ_RUNS', '7')
    expect(propertyRuns(40)).toEqual({ numRuns: 7, seed: -123 })
  })

  it('refuses a size or a seed that is not an integer', () => {
    vi.stubEnv('CHISO_FUZZ_RUNS', 'many')
    expect(() => propertyRuns(40)).toThrow(/CHISO_FUZZ_RUNS must be a positive integer/)
    vi.stubEnv('CHISO_FUZZ_RUNS', '0')
    expect(() => propertyRuns(40)).toThrow(RangeError)
    vi.stubEnv('CHISO_FUZZ_RUNS', '')
    vi.stubEnv('CHISO_FUZZ_SEED', '1.5')
    expect(() => propertyRuns(40)).toThrow(/CHISO_FUZZ_SEED must be an integer/)
  })
})
