import type { SurveyChecks, SurveyResult } from '@chiso/adapters/survey'
import { dec } from '@chiso/core'
import { IMPORT_SURVEY_MESSAGES } from '../messages/import-survey.js'
import type { Language } from '../messages/language.js'

/**
 * The checks of a survey's indicators before scoring, as lines in a language (empty findings left out; a
 * clean survey says so). English gives the adapters' `formatSurveyChecks` lines.
 *
 * @example
 * ```ts
 * surveyChecksLines({ tooFewRespondents: [], unitsMissingMany: [], noSpread: [], maxMissingShare: '0.2' }, 'vi')
 * // ['kiểm tra khảo sát: chỉ tiêu nào cũng đủ người trả lời …; không đơn vị nào thiếu quá 20 % số chỉ tiêu']
 * ```
 */
export function surveyChecksLines(checks: SurveyChecks, language: Language): string[] {
  const words = IMPORT_SURVEY_MESSAGES[language]
  const percent = dec(checks.maxMissingShare).times(100).toFixed()
  if (checks.tooFewRespondents.length + checks.unitsMissingMany.length + checks.noSpread.length === 0)
    return [words.checksClean(percent)]
  return [
    words.checks,
    ...checks.tooFewRespondents.map(({ indicator, units }) =>
      words.tooFewRespondents(indicator, units.length, units.join(', ')),
    ),
    ...checks.unitsMissingMany.map(({ unit, missing, of }) =>
      words.unitMissesMany(unit, missing, of, percent),
    ),
    ...checks.noSpread.map(({ indicator, values, value }) =>
      value === undefined ? words.tooFewValues(indicator, values) : words.sameValue(indicator, value, values),
    ),
  ]
}

/**
 * What `chiso import survey` says on stderr: the respondent rows and answers (used, ignored, rejected), the
 * indicators made and those missing for too small a sample, then the checks.
 *
 * @example
 * ```ts
 * formatSurveySummary('khao-sat.csv', result, checks, 'en')
 * // 'khao-sat.csv: header row 1; 1890 respondents: 1890 used, 0 ignored, 0 rejected\n  answers: …'
 * ```
 */
export function formatSurveySummary(
  survey: string,
  result: SurveyResult,
  checks: SurveyChecks,
  indicators: number,
  language: Language,
): string {
  const words = IMPORT_SURVEY_MESSAGES[language]
  const { report } = result
  const r = report.respondents
  const a = report.answers
  const where = `${survey}${report.sheet === undefined ? '' : `!${report.sheet}`}`
  return [
    words.respondents(where, report.headerRow, r.total, r.used, r.ignored, r.rejected),
    words.answers(a.used, a.noAnswer, a.rejected, report.columns.ignored.length),
    words.indicators(indicators, result.dataset.units.length, result.diagnostics.length),
    ...surveyChecksLines(checks, language),
    '',
  ].join('\n')
}
