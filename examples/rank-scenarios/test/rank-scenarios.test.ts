import { dec } from '@chiso/core'
import { describe, expect, it } from 'vitest'
import { runScenarios } from '../src/main.js'

describe('rank scenarios example', () => {
  const { plan, what, before, after, cautious, probabilityBefore, probabilityAfter, probabilityCautious } =
    runScenarios()

  it('plans a verified rise of 10 ranks that respects the lock and the costs', () => {
    expect(plan.status).toMatch(/^(optimal|best-found)$/)
    expect(plan.verified).toBe(true)
    expect(plan.after!.rank).toBeLessThanOrEqual(plan.before.rank - 10)
    expect(plan.steps.some((step) => step.node === '4.1.2')).toBe(false)
    expect(plan.excluded).toContainEqual({ node: '4.1.2', why: 'locked' })
    // Area 1 costs 0.5 per point gained.
    for (const step of plan.steps.filter((s) => s.node.startsWith('1.')))
      expect(dec(step.cost).eq(dec(step.pointsGained).times('0.5'))).toBe(true)
  })

  it('replays the plan as a what-if with the same result', () => {
    const unit = what.units.find((u) => u.unit === plan.unit)!
    expect(unit.rankAfter).toBe(plan.after!.rank)
    expect(unit.rankDelta).toBe(plan.before.rank - plan.after!.rank)
  })

  it('simulates with the same seed on both datasets, and the plan raises the odds of rank 15', () => {
    expect(before.nominal.matchesExact).toBe(true)
    expect(after.nominal.matchesExact).toBe(true)
    expect(probabilityAfter).toBeGreaterThan(probabilityBefore)
  })

  it('a plan that allows for improving peers costs more and holds more often', () => {
    expect(cautious.verified).toBe(true)
    expect(dec(cautious.cost).gt(plan.cost)).toBe(true)
    expect(probabilityCautious).toBeGreaterThan(probabilityAfter)
  })
})
