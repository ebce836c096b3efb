// Public API of @chiso/adapters/survey: curated named exports only, no logic here.

export { aggregateSurvey } from './aggregate-survey.js'
export type { ReadSurveyOptions } from './read-survey.js'
export { readSurveyCsv, readSurveyXlsx } from './read-survey.js'
export type { SurveyChecks } from './survey-checks.js'
export { checkSurveyIndicators, formatSurveyChecks } from './survey-checks.js'
export type {
  SurveyDiagnostic,
  SurveyIndicatorRow,
  SurveyReport,
  SurveyResult,
} from './survey-result.js'
export type { SurveyIndicator, SurveyItem, SurveySpec } from './survey-spec.js'
export { parseSurveySpec, SurveySpecSchema } from './survey-spec.js'
export type { AnswerWeight, SurveyEstimate } from './survey-statistics.js'
export { surveyStatistic } from './survey-statistics.js'
export type { SurveyError } from './survey-table.js'
export { readSurveyErrors, surveyEstimatesCsv } from './survey-table.js'
