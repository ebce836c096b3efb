// Public API of @chiso/scenarios/node: curated named exports only, no logic here.
export type { WorkerSimulateOptions } from './simulate-in-workers.js'
export { simulateInput, simulateInWorkers, WORKER_THRESHOLD_MS } from './simulate-in-workers.js'
export { closeSimulationWorkers } from './simulation-worker-pool.js'
