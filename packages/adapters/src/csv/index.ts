// Public API of @chiso/adapters/csv: curated named exports only, no logic here.
export type { CsvDelimiter } from './detect-delimiter.js'
export { detectDelimiter } from './detect-delimiter.js'
export { parseCsvTable } from './parse-csv-table.js'
export type { ReadCsvOptions } from './read-csv.js'
export { readCsv } from './read-csv.js'
export { scorecardToCsv } from './scorecard-csv.js'
export { csvRecord, writeLongCsv, writeWideCsv } from './write-csv.js'
