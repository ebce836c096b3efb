import type { MethodologyInput } from '../../schema/methodology.js'

const NINH_THUAN_2022 = 'https://sonv.ninhthuan.gov.vn/portal/pages/print.aspx?p=31918'

/**
 * `par-index.province@2022.0.0` — the provincial PAR INDEX (*Chỉ số cải cách hành chính cấp tỉnh*) under
 * 876/QĐ-BNV at component level: appraisal (max 61.5) and impact of PAR (max 38.5 = SIPAS satisfaction survey
 * 10 + leaders and managers survey 22 + socio-economic development 6.5). Index = points ÷ 100 × 100, 2-decimal
 * display, ranks on exact values, bands A ≥ 90, B 80 – < 90, C 70 – < 80. The 8 areas, 37 criteria and 88
 * sub-criteria are not public as a table, so they are not encoded (`coverage: components`).
 *
 * @example
 * ```ts
 * parIndexProvince2022.tree.map((node) => [node.code, node.max]) // [['appraisal', '61.5'], ['impact', '38.5']]
 * ```
 */
export const parIndexProvince2022 = {
  id: 'par-index.province',
  version: '2022.0.0',
  title: {
    vi: 'Chỉ số cải cách hành chính cấp tỉnh (PAR INDEX)',
    en: 'Provincial Public Administration Reform Index (PAR INDEX)',
  },
  description: {
    vi:
      'PAR INDEX cấp tỉnh theo Quyết định 876/QĐ-BNV, ở cấp thành phần: điểm thẩm định (tối đa 61,5) và điểm ' +
      'đánh giá tác động của CCHC (tối đa 38,5 = khảo sát SIPAS 10 + khảo sát lãnh đạo, quản lý 22 + tác động ' +
      'đến phát triển kinh tế – xã hội 6,5). Chỉ số = điểm đạt được ÷ 100 × 100. Bộ tiêu chí đầy đủ (8 lĩnh ' +
      'vực, 37 tiêu chí, 88 tiêu chí thành phần) không có ở dạng bảng công khai nên không được mã hoá. Xếp loại ' +
      'A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 % (kết quả 2022); loại dưới 70 % chưa thấy nguồn công khai nào ' +
      'quy định nên không mã hoá (năm 2022 không tỉnh nào dưới 70 %).',
    en:
      'The provincial PAR INDEX under Decision 876/QĐ-BNV, at component level: appraisal (max 61.5) and impact ' +
      'of PAR (max 38.5 = SIPAS satisfaction survey 10 + leaders and managers survey 22 + socio-economic ' +
      'development 6.5). Index = points achieved ÷ 100 × 100. The full criteria set (8 areas, 37 criteria, 88 ' +
      'sub-criteria) is not public as a table and is not encoded. Bands A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 % ' +
      '(2022 results); no public source read establishes a band below 70 %, so none is encoded (no province ' +
      'scored below 70 % in 2022: 2 A + 56 B + 5 C = 63).',
  },
  status: 'official',
  coverage: 'components',
  basis: [
    {
      document: '876/QĐ-BNV',
      date: '2022-11-10',
      issuer: 'Bộ Nội vụ',
      source:
        'https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm',
      note: 'Provincial criteria: 8 areas, 37 criteria, 88 sub-criteria, 100 points, 32 of them from sociological surveys.',
    },
    {
      document: 'Kết quả Chỉ số PAR INDEX năm 2022 của tỉnh Ninh Thuận',
      issuer: 'Sở Nội vụ tỉnh Ninh Thuận',
      source: NINH_THUAN_2022,
      note:
        'The component split: appraisal 61.5; impact 38.5 = SIPAS 10 + leaders and managers survey 22 + ' +
        'socio-economic development 6.5. Published totals are computed from unrounded parts and rounded once.',
    },
    {
      document: 'Hội nghị triển khai Đề án Chỉ số CCHC',
      issuer: 'Bộ Nông nghiệp và Phát triển nông thôn',
      source: 'https://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx',
      note: 'Index = points achieved ÷ maximum × 100 %, at every level.',
    },
  ],
  unitKind: 'province',
  result: { type: 'points' },
  missing: 'zero',
  display: { decimals: 2, mode: 'half-up' },
  ranking: { method: 'competition', on: 'exact' },
  bands: [
    { code: 'A', label: { vi: 'Loại A', en: 'Band A' }, atLeast: '90' },
    { code: 'B', label: { vi: 'Loại B', en: 'Band B' }, atLeast: '80' },
    { code: 'C', label: { vi: 'Loại C', en: 'Band C' }, atLeast: '70' },
  ],
  tree: [
    {
      code: 'appraisal',
      title: { vi: 'Điểm thẩm định', en: 'Appraisal' },
      description: {
        vi: 'Điểm các tiêu chí, tiêu chí thành phần do Bộ Nội vụ thẩm định (công nhận hoặc điều chỉnh điểm tự đánh giá).',
        en: "Points of the criteria and sub-criteria appraised by the Ministry of Home Affairs (the province's self-assessment, confirmed or adjusted).",
      },
      max: '61.5',
      source: 'appraisal',
      rule: { use: 'chiso/points' },
    },
    {
      code: 'impact',
      title: { vi: 'Điểm đánh giá tác động của cải cách hành chính', en: 'Impact of PAR' },
      max: '38.5',
      children: [
        {
          code: 'impact.sipas',
          title: {
            vi: 'Khảo sát sự hài lòng của người dân, tổ chức (SIPAS)',
            en: 'Satisfaction survey of citizens and organisations (SIPAS)',
          },
          max: '10',
          source: 'survey',
          rule: { use: 'chiso/points' },
        },
        {
          code: 'impact.leaders_managers_survey',
          title: { vi: 'Khảo sát lãnh đạo, quản lý', en: 'Survey of leaders and managers' },
          max: '22',
          source: 'survey',
          rule: { use: 'chiso/points' },
        },
        {
          code: 'impact.socio_economic_development',
          title: {
            vi: 'Tác động của cải cách hành chính đến phát triển kinh tế – xã hội',
            en: 'Impact of PAR on socio-economic development',
          },
          max: '6.5',
          rule: { use: 'chiso/points' },
        },
      ],
    },
  ],
} satisfies MethodologyInput
