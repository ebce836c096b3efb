/**
 * The words of data diagnostics (*vấn đề về số liệu*) in the CLI's output and reports: the summary line, where a
 * problem lies, and one plain sentence per diagnostic code. Core writes each diagnostic's `message` in English
 * with its values; in Vietnamese the sentence of its code is shown instead, and core's message only for a code
 * without a sentence here (a plugin's own code). English output keeps core's message, which carries the values.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_MESSAGES.vi.severity.warning  // 'cảnh báo'
 * DIAGNOSTIC_MESSAGES.vi.codes.MISSING_ZERO // 'không có số liệu: tính là 0 điểm'
 * ```
 */
export const DIAGNOSTIC_MESSAGES = {
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    unit: (unit: string) => `đơn vị ${unit}`,
    node: (node: string) => `tiêu chí ${node}`,
    summary: (total: number, errors: number, warnings: number, infos: number) =>
      `${total} vấn đề về số liệu (${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin):`,
    more: (more: number) => `… và ${more} vấn đề khác (xem đầy đủ bằng --format json)`,
    codes: {
      MISSING_VALUE: 'không có số liệu, nên đơn vị không được xếp hạng',
      MISSING_SKIPPED: 'không có số liệu: bỏ qua tiêu chí này, điểm tối đa của đơn vị giảm tương ứng',
      MISSING_ZERO: 'không có số liệu: tính là 0 điểm',
      UNKNOWN_UNIT: 'số liệu của một đơn vị không có trong danh sách đơn vị: không dùng',
      UNKNOWN_NODE: 'số liệu của một tiêu chí không có trong bộ chỉ số: không dùng',
      NOT_A_LEAF: 'số liệu ghi cho một tiêu chí được cộng từ các tiêu chí con: không dùng',
      UNUSED_FIELD: 'một trường số liệu mà cách chấm điểm của tiêu chí không dùng: bỏ qua',
      DUPLICATE_OBSERVATION: 'số liệu bị ghi hai lần: dùng giá trị ghi trước',
      INPUT_TYPE: 'số liệu sai kiểu (ví dụ chữ ở chỗ cần một con số)',
      INPUT_RANGE: 'số liệu nằm ngoài khoảng cho phép (ví dụ số âm, tỷ lệ lớn hơn 1, tổng bằng 0)',
      APPRAISAL_CHANGED: 'kết quả thẩm định khác kết quả tự đánh giá: dùng kết quả thẩm định',
      UNDECLARED_ROUND: 'số liệu thuộc một vòng đánh giá không được khai báo: bỏ qua',
      ROUND_CHANGED: 'vòng đánh giá sau đã thay đổi giá trị: dùng giá trị của vòng sau',
      ROUND_EMPTY: 'vòng đánh giá sau để trống: giữ giá trị của vòng trước',
      CLAIM_WITHOUT_EVIDENCE: 'kết quả tự đánh giá không có tài liệu kiểm chứng: tính là 0 điểm',
      RULE_FAILED: 'không chấm được điểm tiêu chí này cho đơn vị',
      RULE_NOT_DECIMAL: 'cách chấm điểm của tiêu chí không cho ra một con số',
      RULE_OUT_OF_BOUNDS: 'điểm vượt ra ngoài khoảng từ 0 đến điểm tối đa: đã đưa về trong khoảng',
      PLUGIN_TIMEOUT: 'phần mở rộng chấm điểm chạy quá lâu: tiêu chí được coi là lỗi',
      NORMALISER_FAILED: 'không quy đổi được số liệu của tiêu chí sang thang điểm chung',
      NO_SPREAD: 'mọi đơn vị có cùng một giá trị, nên không so sánh được: dùng giá trị thay thế',
      AGGREGATOR_FAILED: 'không gộp được điểm của các tiêu chí con',
      AGGREGATOR_DOMAIN: 'có giá trị bằng 0 hoặc âm mà cách gộp điểm không dùng được',
      ZERO_WEIGHTS: 'mọi tiêu chí con có số liệu đều có trọng số bằng 0',
      CAPPED_AT_MAX: 'tổng điểm các tiêu chí con vượt điểm tối đa: chỉ tính bằng điểm tối đa',
      DENOMINATOR_MISSING: 'thiếu mẫu số hoặc mẫu số bằng 0: coi như không có số liệu',
      IMPUTED: 'số liệu còn thiếu đã được ước tính bổ sung',
      SCREENED_OUT: 'đơn vị có quá ít số liệu nên không được xếp hạng',
      BELOW_MIN_PRESENT: 'quá ít tiêu chí con có số liệu: coi như không có số liệu',
      TREATED: 'giá trị quá lớn hoặc quá nhỏ so với các đơn vị khác đã được điều chỉnh',
      TREATMENT_FAILED: 'quá ít giá trị để điều chỉnh giá trị bất thường: giữ nguyên',
      UNRANKED: 'đơn vị không có chỉ số (do lỗi hoặc không có tiêu chí áp dụng) nên không được xếp hạng',
      NO_BAND: 'chỉ số của đơn vị thấp hơn mọi mức xếp loại',
    },
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    unit: (unit: string) => `unit ${unit}`,
    node: (node: string) => `node ${node}`,
    summary: (total: number, errors: number, warnings: number, infos: number) =>
      `${total} diagnostic${total === 1 ? '' : 's'} ` +
      `(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info):`,
    more: (more: number) => `… and ${more} more (--format json lists them all)`,
    codes: {
      MISSING_VALUE: 'no value, so the unit cannot be ranked',
      MISSING_SKIPPED: 'no value: the criterion is left out and the unit’s maximum shrinks',
      MISSING_ZERO: 'no value: counted as zero',
      UNKNOWN_UNIT: 'a value for a unit the unit list does not have: ignored',
      UNKNOWN_NODE: 'a value for a node the methodology does not have: ignored',
      NOT_A_LEAF: 'a value for a node computed from its children: ignored',
      UNUSED_FIELD: 'a field the node’s rule does not read: ignored',
      DUPLICATE_OBSERVATION: 'a value given twice: the first is used',
      INPUT_TYPE: 'a value of the wrong type (text where a number is expected)',
      INPUT_RANGE: 'a value outside what the rule accepts (a negative count, a share above 1, a zero total)',
      APPRAISAL_CHANGED: 'the appraisal differs from the self-assessment: the appraised value is used',
      UNDECLARED_ROUND: 'a value of an undeclared assessment round: ignored',
      ROUND_CHANGED: 'a later assessment round changed the value: the later value is used',
      ROUND_EMPTY: 'a later assessment round left the value empty: the earlier value stands',
      CLAIM_WITHOUT_EVIDENCE: 'a self-assessed claim without evidence: counted as zero',
      RULE_FAILED: 'the node could not be scored for the unit',
      RULE_NOT_DECIMAL: 'the node’s rule did not return a number',
      RULE_OUT_OF_BOUNDS: 'points outside 0 to the maximum: clamped',
      PLUGIN_TIMEOUT: 'a plugin took too long: the node counts as an error',
      NORMALISER_FAILED: 'the node’s values could not be rescaled',
      NO_SPREAD: 'every unit has the same value, so none can be told apart: the fallback is used',
      AGGREGATOR_FAILED: 'the children’s points could not be combined',
      AGGREGATOR_DOMAIN: 'a zero or negative value the aggregation cannot use',
      ZERO_WEIGHTS: 'every child with a value has weight zero',
      CAPPED_AT_MAX: 'the children earned more than the maximum: capped at the maximum',
      DENOMINATOR_MISSING: 'the denominator is missing or zero: counted as missing',
      IMPUTED: 'missing values were estimated',
      SCREENED_OUT: 'the unit has too little data and is not ranked',
      BELOW_MIN_PRESENT: 'too few children have a value: counted as missing',
      TREATED: 'values far from the other units’ were adjusted',
      TREATMENT_FAILED: 'too few values to adjust outliers: left as they are',
      UNRANKED: 'the unit has no index (errors, or nothing applies) and is not ranked',
      NO_BAND: 'the unit’s index is below every band',
    },
  },
} as const
