import { type LocalizedText, localize } from '@chiso/core'

/**
 * The language of a template's headings.
 *
 * @example
 * ```ts
 * const language: TemplateLanguage = 'vi'
 * ```
 *
 * @category Templates
 */
export type TemplateLanguage = 'vi' | 'en'

/**
 * The fixed headings of a template, in Vietnamese and English.
 *
 * @example
 * ```ts
 * TEMPLATE_HEADINGS.max.vi // 'Điểm tối đa'
 * ```
 *
 * @category Templates
 */
export const TEMPLATE_HEADINGS = {
  stt: { vi: 'STT', en: 'No.' },
  code: { vi: 'Mã', en: 'Code' },
  title: { vi: 'Nội dung tiêu chí', en: 'Criterion' },
  max: { vi: 'Điểm tối đa', en: 'Maximum' },
  guidance: { vi: 'Hướng dẫn chấm điểm', en: 'Scoring guidance' },
  prior: { vi: 'Kết quả vòng trước (chỉ đọc)', en: 'Earlier round (read-only)' },
  priorNotes: {
    vi: 'Tài liệu, giải trình, ý kiến vòng trước (chỉ đọc)',
    en: 'Earlier evidence and notes (read-only)',
  },
  explanation: { vi: 'Giải trình', en: 'Explanation' },
  comment: { vi: 'Ý kiến thẩm định', en: 'Appraiser’s comment' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  round: { vi: 'Vòng', en: 'Round' },
  unitsInColumns: { vi: 'Đơn vị: theo cột', en: 'Units: one group of columns each' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  notApplicable: { vi: 'KAD', en: 'NA' },
  fields: {
    value: { vi: 'Điểm / giá trị', en: 'Score / value' },
    done: { vi: 'Số đã thực hiện', en: 'Done' },
    total: { vi: 'Tổng số', en: 'Total' },
  } as Record<string, { vi: string; en: string }>,
  evidence: {
    kind: { vi: 'Loại tài liệu', en: 'Evidence: kind' },
    number: { vi: 'Số hiệu văn bản', en: 'Document number' },
    date: { vi: 'Ngày ban hành (dd/mm/yyyy)', en: 'Date (dd/mm/yyyy)' },
    title: { vi: 'Trích yếu', en: 'Document title' },
    link: { vi: 'Đường dẫn', en: 'Link' },
    file: { vi: 'Tệp đính kèm', en: 'File' },
    page: { vi: 'Trang', en: 'Page' },
  },
  rounds: {
    self: { vi: 'Tự đánh giá', en: 'Self-assessment' },
    appraisal: { vi: 'Thẩm định', en: 'Appraisal' },
    're-appraisal': { vi: 'Phúc tra', en: 'Re-appraisal' },
  } as Record<string, { vi: string; en: string }>,
} as const

/**
 * A round's name in a template: its title in the methodology, else the usual name of `self`, `appraisal`,
 * `re-appraisal`, else its code; "Kết quả" / "Result" without rounds.
 *
 * @example
 * ```ts
 * roundLabel('appraisal', undefined, 'vi') // 'Thẩm định'
 * ```
 *
 * @category Templates
 */
export function roundLabel(
  code: string | undefined,
  title: LocalizedText | undefined,
  language: TemplateLanguage,
): string {
  if (title !== undefined) return localize(title, language)
  if (code === undefined) return language === 'vi' ? 'Kết quả' : 'Result'
  return TEMPLATE_HEADINGS.rounds[code]?.[language] ?? code
}
