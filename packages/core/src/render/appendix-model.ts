/**
 * Text in both languages of the appendix (*phụ lục*): Vietnamese and English.
 *
 * @example
 * ```ts
 * const text: BilingualText = { vi: 'Có: 1 điểm; không: 0 điểm.', en: 'Yes: 1 point; no: 0 points.' }
 * ```
 *
 * @category Rendering
 */
export interface BilingualText {
  vi: string
  en: string
}

/**
 * One row of the appendix table: one node of the criteria tree.
 *
 * @example
 * ```ts
 * const row: AppendixRow = {
 *   stt: '1.1', code: '1.1', level: 'criterion', depth: 2,
 *   title: { vi: 'Kế hoạch CCHC năm', en: 'Annual PAR plan' }, max: '1', weight: null,
 *   guidance: { vi: 'Có: 1 điểm; không: 0 điểm.', en: 'Yes: 1 point; no: 0 points.' },
 *   source: { vi: 'Thẩm định', en: 'Appraisal' },
 * }
 * ```
 *
 * @category Rendering
 */
export interface AppendixRow {
  /** The running number (*số thứ tự*): Roman numerals for areas, then 1, 1.1, … within each area. */
  stt: string
  /** The node's code in the methodology. */
  code: string
  /** area (*lĩnh vực*), criterion (*tiêu chí*), sub-criterion (*tiêu chí thành phần*), or deeper. */
  level: 'area' | 'criterion' | 'sub-criterion' | 'deeper'
  /** 1 for areas. */
  depth: number
  title: BilingualText
  /** Maximum points (decimal string), or null when the node declares none. */
  max: string | null
  /** Relative weight among siblings (composite methodologies), or null. */
  weight: string | null
  /** How the points are given, generated from the rule and its options, then the node's own description. */
  guidance: BilingualText
  /** Where the points come from (appraisal, survey…), or null when the methodology does not say. */
  source: BilingualText | null
}

/**
 * The methodology as the familiar appendix table (*phụ lục*) a province attaches to its decision, in both
 * languages: a header (title, version, fingerprint, legal basis, status) and one row per node. Build it with
 * {@link buildAppendix}, print it with {@link appendixToMarkdown} or {@link appendixToHtml}.
 *
 * @example
 * ```ts
 * const table: AppendixTable = buildAppendix(resolveMethodology('par-index.province@2022'))
 * table.rows.map((row) => [row.stt, row.max]) // [['I', '61.5'], ['II', '38.5'], ['1', '10'], …]
 * ```
 *
 * @category Rendering
 */
export interface AppendixTable {
  id: string
  version: string
  fingerprint: string
  title: BilingualText
  /** `points` methodologies show maxima; `composite` ones show weights. */
  kind: 'points' | 'composite'
  status: 'official' | 'illustrative' | 'draft'
  coverage: 'full' | 'components'
  /** One line per legal document: number, date, issuer. */
  basis: string[]
  /** Warnings to print above the table (illustrative, draft, component level). */
  notes: BilingualText[]
  rows: AppendixRow[]
  /** The sum of the top-level maxima (points methodologies), or null. */
  total: string | null
}
