import { DIAGNOSTIC_MESSAGES } from './diagnostics.js'
import { PLAN_MESSAGES } from './plan.js'
import { RANKING_MESSAGES } from './ranking.js'
import { REPORT_MESSAGES } from './report.js'

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
 * Object.keys(MESSAGE_CATALOGUE)    // ['diagnostics', 'plan', 'ranking', 'report']
 * ```
 */
export const MESSAGE_CATALOGUE = {
  diagnostics: DIAGNOSTIC_MESSAGES,
  plan: PLAN_MESSAGES,
  ranking: RANKING_MESSAGES,
  report: REPORT_MESSAGES,
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
