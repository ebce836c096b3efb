import { APPENDIX_MESSAGES } from './appendix.js'
import { APPENDIX_REASON_MESSAGES } from './appendix-reasons.js'
import { APPRAISAL_MESSAGES } from './appraisal.js'
import { COMMAND_HELP_MESSAGES } from './command-help.js'
import { DIAGNOSTIC_MESSAGES } from './diagnostics.js'
import { ERROR_REASON_MESSAGES } from './error-reasons.js'
import { ERROR_MESSAGES } from './errors.js'
import { EXPLAIN_MESSAGES } from './explain.js'
import { HELP_MESSAGES } from './help.js'
import { IMPORT_MESSAGES } from './import.js'
import { IMPORT_REASON_MESSAGES } from './import-reasons.js'
import { IMPORT_SURVEY_MESSAGES } from './import-survey.js'
import { METHOD_NAMES } from './method-names.js'
import { NOTES_MESSAGES } from './notes.js'
import { OWNERS_MESSAGES } from './owners.js'
import { PANEL_MESSAGES } from './panel.js'
import { PLAN_MESSAGES } from './plan.js'
import { PROGRESS_MESSAGES } from './progress.js'
import { RANKING_MESSAGES } from './ranking.js'
import { REPORT_MESSAGES } from './report.js'
import { SIMULATE_MESSAGES } from './simulate.js'
import { TREND_MESSAGES } from './trend.js'
import { VALIDATE_MESSAGES } from './validate.js'
import { VERSIONING_MESSAGES } from './versioning.js'

/**
 * The one message catalogue of the CLI: every area's table of words, by area. Each table is
 * `{ vi: {...}, en: {...} }` with the same keys in both languages; a value is a string, a function of
 * parameters returning a string, or a nested group of these. A new area adds its file beside this one and one
 * line here; `catalogue.test.ts` walks every table (missing keys, empty or untranslated values, Vietnamese
 * without diacritics).
 *
 * @example
 * ```ts
 * MESSAGE_CATALOGUE.ranking.vi.rank // 'Hạng'
 * Object.keys(MESSAGE_CATALOGUE)    // ['appraisal', 'diagnostics', 'errors', 'help', 'notes', 'owners', …]
 * ```
 */
export const MESSAGE_CATALOGUE = {
  appendix: APPENDIX_MESSAGES,
  appendixReasons: APPENDIX_REASON_MESSAGES,
  appraisal: APPRAISAL_MESSAGES,
  commandHelp: COMMAND_HELP_MESSAGES,
  diagnostics: DIAGNOSTIC_MESSAGES,
  errors: ERROR_MESSAGES,
  errorReasons: ERROR_REASON_MESSAGES,
  explain: EXPLAIN_MESSAGES,
  help: HELP_MESSAGES,
  import: IMPORT_MESSAGES,
  importReasons: IMPORT_REASON_MESSAGES,
  importSurvey: IMPORT_SURVEY_MESSAGES,
  methodNames: METHOD_NAMES,
  notes: NOTES_MESSAGES,
  owners: OWNERS_MESSAGES,
  panel: PANEL_MESSAGES,
  plan: PLAN_MESSAGES,
  progress: PROGRESS_MESSAGES,
  ranking: RANKING_MESSAGES,
  report: REPORT_MESSAGES,
  simulate: SIMULATE_MESSAGES,
  trend: TREND_MESSAGES,
  validate: VALIDATE_MESSAGES,
  versioning: VERSIONING_MESSAGES,
} as const

/**
 * One area of the {@link MESSAGE_CATALOGUE}.
 *
 * @example
 * ```ts
 * const area: MessageArea = 'plan'
 * ```
 */
export type MessageArea = keyof typeof MESSAGE_CATALOGUE
