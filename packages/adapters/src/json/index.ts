// Public API of @chiso/adapters/json: curated named exports only, no logic here.
export { datasetImportReport, readDatasetJson, writeDatasetJson } from './dataset-json.js'
