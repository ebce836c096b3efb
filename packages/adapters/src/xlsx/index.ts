// Public API of @chiso/adapters/xlsx: curated named exports only, no logic here.
export { sheetCellText } from './cell-text.js'
export { fixZipTimes } from './fixed-zip-times.js'
export type { ReadXlsxOptions } from './read-xlsx.js'
export { readXlsx } from './read-xlsx.js'
export { datasetToXlsx, scorecardToXlsx, tablesToXlsx } from './write-xlsx.js'
export { checkZipSize } from './zip-guard.js'
