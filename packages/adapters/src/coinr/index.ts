// Public API of @chiso/adapters/coinr: curated named exports only, no logic here.
export type { CoinrImport, CoinrOptions } from './import-coinr.js'
export { importCoinr } from './import-coinr.js'
