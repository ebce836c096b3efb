// Public API of @chiso/adapters: curated named exports only, no logic here. Format readers and writers
// live in the subpaths (`/csv`, `/xlsx`, `/json`, `/coinr`), so exceljs loads only where it is needed.
export { neutraliseFormula, restoreNeutralised } from './cell/neutralise.js'
export type { NumberFormat } from './cell/number-text.js'
export { canonicalDecimal, numberToPlainDecimal, parseNumberText } from './cell/number-text.js'
export type { CellReading } from './cell/read-cell.js'
export { CellRejection, cellRejection, readCell, rejectionAt } from './cell/read-cell.js'
export { columnHeader, datasetGrid, noteCells, valueText } from './export/dataset-grid.js'
export { levelRows, nodeLevels, rankingRows } from './export/scorecard-rows.js'
export type { ColumnTarget, ImportMapping } from './mapping/mapping.js'
export { parseMapping } from './mapping/mapping.js'
export type { PanelImport } from './panel/read-panel-table.js'
export { readPanelTable } from './panel/read-panel-table.js'
export type { PeriodSplit } from './panel/split-by-period.js'
export { splitByPeriod } from './panel/split-by-period.js'
export type { HeaderErrorReasonCode } from './report/header-reason.js'
export type {
  CellRange,
  CellWarning,
  IgnoredCells,
  ImportReport,
  ImportResult,
  RejectedCell,
  UsedCells,
} from './report/import-report.js'
export { cellFate } from './report/import-report.js'
export type { ImportLimits } from './report/limits.js'
export { checkLimit, DEFAULT_LIMITS } from './report/limits.js'
export type { CodedReason, Reason, ReasonCode } from './report/reason-code.js'
export { codedReason, reasoned, reasonOf, withReasonCode } from './report/reason-code.js'
export type { CellPlace, ReasonParams, ReasonParamsOf, Respondent } from './report/reason-text.js'
export { REASON_SENTENCES } from './report/reason-text.js'
export type { ColumnRole } from './table/headers.js'
export { columnRoles, headerKey, isUnitHeader } from './table/headers.js'
export type { NoteCell, NoteKind, NoteTarget } from './table/note-columns.js'
export { attachNotes, isoDate, parseNoteHeader, placeOf } from './table/note-columns.js'
export { isLongHeader, readLongTable } from './table/read-long.js'
export type { TableReadOptions } from './table/read-wide.js'
export { readWideTable } from './table/read-wide.js'
export type { Locator, Table } from './table/table.js'
export { columnLetters, locator, transposeTable } from './table/table.js'
export type { TextEncodingName } from './text/decode-text.js'
export { decodeText } from './text/decode-text.js'
