// Test support shared by chiso's test suites (private; never published). Isomorphic: no Node types here (the
// ASEM fixture reader is `@chiso/test-support/asem`).

export { datasetOf, pointsLeaf, pointsMethodology } from './builders.js'
export { fuzzTally } from './fuzz-tally.js'
export { hostileNumberArb, hostileValueArb } from './hostile-values.js'
export { MESSY_FILES, type MessyFile } from './messy-files.js'
export { cloneJson, jsonMutationsArb, mutateJson } from './mutate-json.js'
export { chisoOracle, describeThrown, type OracleCore } from './oracle.js'
export {
  CI_SEED,
  FUZZ_RUNS_VARIABLE,
  FUZZ_SEED_VARIABLE,
  fuzzTimeout,
  type PropertyRuns,
  propertyRuns,
} from './property-runs.js'
export * from './text-mutations.js'
export { atTwoTimes, TWO_TIMES } from './time-gap.js'
