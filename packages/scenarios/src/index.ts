// Public API of @chiso/scenarios: curated named exports only, no logic here.
export type { ObservationChange } from './observation-change.js'
export { applyChanges } from './observation-change.js'
export type { LeafCost, PlanCosts } from './plan/costs.js'
export { LeafCostSchema, PlanCostsSchema, parsePlanCosts } from './plan/costs.js'
export type { IndexTarget, PlanRankOptions } from './plan/plan-rank.js'
export { planRank } from './plan/plan-rank.js'
export type { PeerProjection, PlanOutcome, PlanStep, RankPlan } from './plan/plan-types.js'
export type {
  PlanTargetsOptions,
  TargetsPlan,
  ValueOutcome,
  ValueTarget,
  WholeIndexOutcome,
} from './plan/plan-values.js'
export { planTargets } from './plan/plan-values.js'
export type { RankTarget } from './plan/target.js'
export type { KernelData, KernelNode } from './simulate/kernel.js'
export type {
  RunChunk,
  SimulateOptions,
  SimulationInput,
  SimulationResult,
  UnitDistribution,
} from './simulate/monte-carlo.js'
export { prepareSimulation, replayRun, runRange, simulate, summarise } from './simulate/monte-carlo.js'
export { checkRunLimit, DEFAULT_MAX_RUNS } from './simulate/run-limit.js'
export type { RunParameters } from './simulate/sampling.js'
export type { FactorSensitivity, SensitivityOptions, SensitivityResult } from './simulate/sensitivity.js'
export { sensitivity, sensitivityOf } from './simulate/sensitivity.js'
export type { SimulationSpec } from './simulate/spec.js'
export { parseSimulationSpec, SimulationSpecSchema } from './simulate/spec.js'
export type { NodeDelta, UnitDelta, WhatIfChanges, WhatIfOptions, WhatIfResult } from './what-if/what-if.js'
export { diffScorecards, whatIf, withWeights } from './what-if/what-if.js'
