import type { Language } from '../messages/language.js'
import { REPORT_MESSAGES } from '../messages/report.js'

/**
 * The language of a report's own words (headings, column names, notes); the methodology's titles follow it
 * too, through their `vi`/`en` texts. The same as the CLI's {@link Language}.
 *
 * @example
 * ```ts
 * const language: ReportLanguage = 'vi'
 * ```
 */
export type ReportLanguage = Language

/**
 * Every word a report writes around the data, in Vietnamese and English: the report's table of the message
 * catalogue (`messages/report.ts`), under the name the report's sections use.
 *
 * @example
 * ```ts
 * REPORT_LABELS.en.ranking // 'Ranking'
 * ```
 */
export const REPORT_LABELS = REPORT_MESSAGES

/**
 * The words of one report language.
 *
 * @example
 * ```ts
 * const labels: ReportLabels = REPORT_LABELS.vi
 * ```
 */
export type ReportLabels = (typeof REPORT_LABELS)[ReportLanguage]
