/**
 * The words of the assessment cycle's reports (`chiso appraisal`): the appraisal record, claims without
 * evidence, and the criteria the appraisal changed.
 *
 * @example
 * ```ts
 * APPRAISAL_MESSAGES.vi.record // 'Biên bản thẩm định'
 * APPRAISAL_MESSAGES.en.record // 'Appraisal record'
 * ```
 */
export const APPRAISAL_MESSAGES = {
  vi: {
    record: 'Biên bản thẩm định',
    code: 'Mã',
    title: 'Nội dung',
    max: 'Tối đa',
    difference: 'Chênh lệch',
    total: 'Tổng điểm',
    rank: 'Xếp hạng',
    evidence: 'tài liệu',
    explanation: 'giải trình',
    unevidenced: 'Tự chấm có điểm nhưng không có tài liệu kiểm chứng hay giải trình',
    unit: 'Đơn vị',
    points: 'Điểm tự chấm',
    cell: 'Ô',
    changes: 'Tiêu chí được điều chỉnh qua thẩm định',
    units: 'Số đơn vị',
    largest: 'Lớn nhất',
    none: '(không có)',
  },
  en: {
    record: 'Appraisal record',
    code: 'Code',
    title: 'Criterion',
    max: 'Max',
    difference: 'Difference',
    total: 'Total',
    rank: 'Rank',
    evidence: 'evidence',
    explanation: 'explanation',
    unevidenced: 'Points claimed with neither evidence nor explanation',
    unit: 'Unit',
    points: 'Points claimed',
    cell: 'Cell',
    changes: 'Criteria the appraisal changed',
    units: 'Units',
    largest: 'Largest',
    none: '(none)',
  },
} as const
