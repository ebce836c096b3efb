/**
 * The words `chiso import survey` prints on stderr: what happened to the respondent rows and answers, the
 * indicators made, and the checks before scoring. The English lines are what the command always printed (a
 * test checks the checks against the adapters' `formatSurveyChecks`, word for word); Vietnamese counts
 * without plural forms (`3 đơn vị`), as the language does.
 *
 * @example
 * ```ts
 * IMPORT_SURVEY_MESSAGES.vi.answers(1884, 6, 2, 1) // '  câu trả lời: 1884 dùng, 6 không trả lời, 2 bị loại; bỏ qua 1 cột'
 * ```
 */
export const IMPORT_SURVEY_MESSAGES = {
  vi: {
    respondents: (
      where: string,
      headerRow: number,
      total: number,
      used: number,
      ignored: number,
      rejected: number,
    ) =>
      `${where}: dòng tiêu đề ${headerRow}; ${total} người trả lời: ${used} dùng, ${ignored} bỏ qua, ${rejected} bị loại`,
    answers: (used: number, noAnswer: number, rejected: number, columnsIgnored: number) =>
      `  câu trả lời: ${used} dùng, ${noAnswer} không trả lời, ${rejected} bị loại; bỏ qua ${columnsIgnored} cột`,
    indicators: (indicators: number, units: number, tooSmall: number) =>
      `  ${indicators} chỉ tiêu × ${units} đơn vị; ${tooSmall} giá trị để thiếu vì mẫu quá nhỏ`,
    checksClean: (percent: string) =>
      `kiểm tra khảo sát: chỉ tiêu nào cũng đủ người trả lời và có chênh lệch giữa các đơn vị; không đơn vị nào thiếu quá ${percent} % số chỉ tiêu`,
    checks: 'kiểm tra khảo sát (trước khi chấm điểm):',
    tooFewRespondents: (indicator: string, count: number, units: string) =>
      `  quá ít người trả lời: chỉ tiêu ${indicator} bị thiếu ở ${count} đơn vị: ${units}`,
    unitMissesMany: (unit: string, missing: number, of: number, percent: string) =>
      `  đơn vị ${unit} thiếu ${missing} trên ${of} chỉ tiêu (quá ${percent} %)`,
    tooFewValues: (indicator: string, values: number) =>
      `  không có chênh lệch: chỉ tiêu ${indicator} chỉ có giá trị ở ${values} đơn vị`,
    sameValue: (indicator: string, value: string, values: number) =>
      `  không có chênh lệch: chỉ tiêu ${indicator} bằng ${value} ở cả ${values} đơn vị (chuẩn hoá min-max cho mỗi đơn vị điểm giữa thang)`,
  },
  en: {
    respondents: (
      where: string,
      headerRow: number,
      total: number,
      used: number,
      ignored: number,
      rejected: number,
    ) =>
      `${where}: header row ${headerRow}; ${total} respondents: ${used} used, ${ignored} ignored, ${rejected} rejected`,
    answers: (used: number, noAnswer: number, rejected: number, columnsIgnored: number) =>
      `  answers: ${used} used, ${noAnswer} no answer, ${rejected} rejected; ${columnsIgnored} column(s) ignored`,
    indicators: (indicators: number, units: number, tooSmall: number) =>
      `  ${indicators} indicators × ${units} units; ${tooSmall} missing for too small a sample`,
    checksClean: (percent: string) =>
      `survey checks: every indicator has enough respondents and some spread; no unit misses more than ${percent} % of them`,
    checks: 'survey checks (before scoring):',
    tooFewRespondents: (indicator: string, count: number, units: string) =>
      `  too few respondents: ${indicator} is missing for ${count} unit(s): ${units}`,
    unitMissesMany: (unit: string, missing: number, of: number, percent: string) =>
      `  unit ${unit} misses ${missing} of ${of} indicators (more than ${percent} %)`,
    tooFewValues: (indicator: string, values: number) =>
      `  no spread: ${indicator} has a value for ${values} unit(s) only`,
    sameValue: (indicator: string, value: string, values: number) =>
      `  no spread: ${indicator} is ${value} for all ${values} units (min-max gives each the middle)`,
  },
} as const
