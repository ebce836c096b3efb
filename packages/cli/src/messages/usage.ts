/**
 * The words of the usage errors (exit 2) the commands find themselves: options that do not go together, an
 * option that does nothing for this input, a workbook without `--out`.
 *
 * @example
 * ```ts
 * USAGE_MESSAGES.vi.needsOut('--format xlsx', 'FILE.xlsx') // '--format xlsx ghi ra một sổ Excel: chỉ tệp cần ghi bằng --out FILE.xlsx'
 * ```
 */
export const USAGE_MESSAGES = {
  vi: {
    needsOut: (option: string, file: string) =>
      `${option} ghi ra một sổ Excel: chỉ tệp cần ghi bằng --out ${file}`,
    docxNeedsOut: '--format docx ghi ra một tài liệu Word: chỉ tệp cần ghi bằng --out FILE.docx',
    docxNotFile: (out: string) =>
      `--format docx ghi ra tài liệu Word, không phải ${out}: dùng --format html hoặc một tệp .docx`,
    htmlNotFile: (out: string) =>
      `--format html ghi ra HTML, không phải ${out}: dùng --format docx hoặc một tệp .html`,
    unitRecordOnly: '--unit chỉ dùng với --report record',
    rankByPanel: '--rank-by xếp hạng số liệu của một kỳ; tệp này có nhiều kỳ',
    periodAsOfPanel:
      '--period và --as-of dùng cho số liệu một kỳ; tệp này đã ghi các kỳ của nó (dùng --compare)',
    weightNeedsRegistry: '--weight cần --registry (trọng số lấy từ danh mục đơn vị)',
    compareTwoPeriods: (periods: string) =>
      `--compare cần hai kỳ khác nhau của số liệu, dạng TỪ:ĐẾN (các kỳ có: ${periods})`,
    periodMapNeedsPanel: 'một bảng kỳ → bộ chỉ số cần tệp DỮ-LIỆU có nhiều kỳ (một cột kỳ)',
    asOfTogether:
      '--as-of biểu diễn lại một kỳ cho các đơn vị về sau: dùng cùng lúc --period, --as-of và --registry',
    needsPanel: (options: string) => `${options} cần tệp DỮ-LIỆU có nhiều kỳ (một cột kỳ)`,
    unitsNeeded: 'chỉ danh sách đơn vị bằng --units UNITS.csv (hoặc các vòng trước bằng --data FILE)',
    sheetForWorkbooks: (file: string) => `--sheet dùng cho sổ Excel: ${file} không phải tệp .xlsx`,
    notAnOption: (options: string, command: string) => `${options} không phải tuỳ chọn của ${command}`,
    surveySpec: '(tệp mô tả khảo sát quy định cách đọc khảo sát)',
    missingData: 'thiếu tham số <data>',
    rounds: (rounds: string, table: string) =>
      `số liệu khai báo các vòng ${rounds}, mà ${table === 'sheet' ? 'một trang tính' : 'một tệp CSV'} không ghi được: ghi ra JSON (--to json), hoặc khai báo các vòng trong bộ chỉ số`,
  },
  en: {
    needsOut: (option: string, file: string) =>
      `${option} writes a workbook: give the file with --out ${file}`,
    docxNeedsOut: '--format docx writes a Word document: give the file with --out FILE.docx',
    docxNotFile: (out: string) =>
      `--format docx writes a Word document, not ${out}: use --format html or a .docx file`,
    htmlNotFile: (out: string) => `--format html writes HTML, not ${out}: use --format docx or an .html file`,
    unitRecordOnly: '--unit applies to --report record only',
    rankByPanel: "--rank-by ranks one period's data; this file holds several periods",
    periodAsOfPanel:
      "--period and --as-of are for one period's data; this file names its periods (use --compare)",
    weightNeedsRegistry: "--weight needs --registry (the weights are the registry's)",
    compareTwoPeriods: (periods: string) =>
      `--compare expects two different periods of the data as FROM:TO (the periods are ${periods})`,
    periodMapNeedsPanel:
      'a period → methodology map needs a DATA file with several periods (a period column)',
    asOfTogether:
      '--as-of re-expresses one period for later units: give --period, --as-of and --registry together',
    needsPanel: (options: string) =>
      `${options} ${String(options).includes(',') ? 'need' : 'needs'} a DATA file with several periods (a period column)`,
    unitsNeeded: 'give the units with --units UNITS.csv (or the earlier rounds with --data FILE)',
    sheetForWorkbooks: (file: string) => `--sheet is for workbooks: ${file} is not an .xlsx file`,
    notAnOption: (options: string, command: string) => `${options} is not an option of ${command}`,
    surveySpec: '(the spec says how the survey is read)',
    missingData: "missing required argument 'data'",
    rounds: (rounds: string, table: string) =>
      `the data declares the rounds ${rounds}, which a ${table === 'sheet' ? 'sheet' : 'CSV'} cannot hold: write JSON (--to json), or declare the rounds in the methodology`,
  },
} as const
