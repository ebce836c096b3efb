// Fuzz: planRank with weird targets (negative, zero, fractional, NaN, infinite, huge ranks; units that do not
// exist), costs files that are broken or hostile, locks on unknown or every node, caps and peer projections
// with hostile decimals, on generated and edited methodologies. A failure is a located ChisoError; a plan is
// well-formed (a known status, decimal-string costs, ranks ≥ 1) and, when it claims success, verified.

import * as core from '@chiso/core'
import { type ChisoError, dec, isDecimalString } from '@chiso/core'
import {
  chisoOracle,
  fuzzTally,
  fuzzTimeout,
  hostileNumberArb,
  jsonMutationsArb,
  mutateJson,
  propertyRuns,
} from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  type PeerProjection,
  parsePlanCosts,
  planRank,
  type RankPlan,
  type RankTarget,
} from '../../src/index.js'
import { scenarioCaseArb, weirdCountArb } from './scenario-cases.js'

const { chisoOrResult, expectLocatedChisoError } = chisoOracle(core)

const parameters = propertyRuns(100)
const tally = fuzzTally('planner')

const costsDocument = {
  default: { perPoint: '1', perStep: '2' },
  nodes: { '1': { perStep: '3', step: '0.5', upTo: '9' } },
  lock: [],
  maxCost: '50',
}

const optionsArb = fc.record({
  unitPick: fc.nat(20),
  // Each hostile part comes up in about one case in four, so most cases get past the first check.
  target: fc.oneof(
    {
      arbitrary: fc.integer({ min: 1, max: 3 }).map((ranks): RankTarget => ({ kind: 'rise', ranks })),
      weight: 2,
    },
    {
      arbitrary: fc.integer({ min: 1, max: 3 }).map((rank): RankTarget => ({ kind: 'rank', rank })),
      weight: 2,
    },
    {
      arbitrary: fc.constantFrom('U1', 'U2', 'U3').map((unit): RankTarget => ({ kind: 'overtake', unit })),
      weight: 1,
    },
    {
      arbitrary: fc.oneof(
        weirdCountArb.map((ranks): RankTarget => ({ kind: 'rise', ranks })),
        weirdCountArb.map((rank): RankTarget => ({ kind: 'rank', rank })),
        fc.constantFrom('nobody', '').map((unit): RankTarget => ({ kind: 'overtake', unit })),
      ),
      weight: 1,
    },
  ),
  costs: fc.option(
    jsonMutationsArb({ cycles: false, max: 2 }).map((edits) => mutateJson(costsDocument, edits)),
    { nil: undefined },
  ),
  lock: fc.option(
    fc.array(fc.constantFrom('1', '1.1', '2', '2.1', '1.1.1', 'nothing', ''), { maxLength: 4 }),
    { nil: undefined },
  ),
  maxCost: fc.option(fc.oneof(fc.constantFrom('0', '1', '1000'), hostileNumberArb.map(String)), {
    nil: undefined,
  }),
  peers: fc.option(
    fc.oneof(
      fc.constant<PeerProjection>({ kind: 'fixed' }),
      fc
        .oneof(fc.constantFrom('0', '0.5', '-2'), hostileNumberArb.map(String))
        .map((improvement): PeerProjection => ({ kind: 'uniform', improvement })),
    ),
    { nil: undefined },
  ),
})

describe('planner fuzz', () => {
  test.prop([scenarioCaseArb, optionsArb], parameters)(
    `planRank fails only with located ChisoErrors and returns well-formed plans (${parameters.numRuns} cases)`,
    (scenario, options) => {
      tally('case')
      const costs =
        options.costs === undefined ? undefined : chisoOrResult(() => parsePlanCosts(options.costs))
      if (options.costs !== undefined && costs === undefined) tally('costs refused')
      const unit =
        options.unitPick % 10 === 9 ? 'nobody' : scenario.units[options.unitPick % scenario.units.length]!
      const lock = options.lock?.map((pick) =>
        typeof pick === 'number' ? scenario.leaves[pick % scenario.leaves.length]! : pick,
      )
      let plan: RankPlan
      try {
        plan = planRank(scenario.compiled, scenario.dataset, {
          unit,
          target: options.target,
          ...(costs ? { costs } : {}),
          ...(lock ? { lock } : {}),
          ...(options.maxCost !== undefined ? { maxCost: options.maxCost } : {}),
          ...(options.peers ? { peers: options.peers } : {}),
        })
      } catch (error) {
        expectLocatedChisoError(error)
        tally(`refused (${(error as ChisoError).code})`)
        return
      }
      tally(`plan ${plan.status}`)
      expect(['met', 'optimal', 'best-found', 'unreachable']).toContain(plan.status)
      expect(isDecimalString(plan.cost)).toBe(true)
      expect(dec(plan.cost).gte(0)).toBe(true)
      expect(Number.isInteger(plan.targetRank) && plan.targetRank >= 1).toBe(true)
      expect(Number.isInteger(plan.before.rank) && plan.before.rank >= 1).toBe(true)
      if (plan.after) expect(Number.isInteger(plan.after.rank) && plan.after.rank >= 1).toBe(true)
      for (const step of plan.steps) {
        expect(isDecimalString(step.cost) && isDecimalString(step.pointsGained)).toBe(true)
      }
      if (plan.status === 'optimal' || plan.status === 'best-found') {
        // A plan that claims success was verified by re-scoring, reaches its target and keeps to the cap.
        expect(plan.verified).toBe(true)
        expect(plan.after).not.toBeNull()
        if (options.target.kind !== 'overtake') expect(plan.after!.rank).toBeLessThanOrEqual(plan.targetRank)
        if (options.maxCost !== undefined) expect(dec(plan.cost).lte(dec(options.maxCost.trim()))).toBe(true)
      }
    },
    fuzzTimeout(parameters, 200),
  )
})
