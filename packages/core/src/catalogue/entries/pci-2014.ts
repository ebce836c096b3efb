import type { MethodologyInput } from '../../schema/methodology.js'

// PCI at the level of its ten sub-indices, valid for PCI 2014–2021. The weights are derived from the published
// tables (they reproduce every published composite 2014–2021 within ±0.03, the 2-decimal display rounding);
// VCCI does not publish them as text, and PCI 2022–2023 composites do not fit them. Leaf codes are those of
// examples/pci-2021 and of the published tables' columns.
const subIndex = (code: string, vi: string, en: string, weight: string) => ({
  code,
  title: { vi, en },
  weight,
  rule: { use: 'chiso/value' },
})

/**
 * `pci@2014.0.0` — VCCI's Provincial Competitiveness Index (*Chỉ số Năng lực Cạnh tranh cấp tỉnh*) at the level
 * of its ten sub-indices, valid for PCI 2014–2021: composite = weighted mean × 10 of the sub-indices (weights
 * 20 % transparency, business support, labour policy; 10 % informal charges; 5 % each of the other six —
 * derived, see `basis`). Component level: the indicators below the sub-indices are not encoded.
 *
 * @example
 * ```ts
 * pci2014.tree.map((node) => node.code) // ['entry_costs', 'access_to_land', 'transparency', …]
 * ```
 */
export const pci2014 = {
  id: 'pci',
  version: '2014.0.0',
  title: { vi: 'Chỉ số Năng lực Cạnh tranh cấp tỉnh (PCI)', en: 'Provincial Competitiveness Index (PCI)' },
  description: {
    vi:
      'PCI của VCCI ở cấp 10 chỉ số thành phần (thang 10 điểm), áp dụng cho PCI 2014–2021; điểm tổng hợp là ' +
      'trung bình có trọng số × 10 (tối đa 100). Cấp chỉ tiêu không được mã hoá. Trọng số là trọng số suy ra ' +
      'từ các bảng đã công bố, không phải do VCCI công bố thành văn bản; không áp dụng cho PCI 2022–2023. ' +
      'Ngưỡng xếp nhóm (Rất tốt, Tốt, Khá…) chưa biết nên không mã hoá.',
    en:
      "VCCI's PCI at the level of its ten sub-indices (10-point scale), valid for PCI 2014–2021; the composite " +
      'is their weighted mean × 10 (maximum 100). The indicator level is not encoded. The weights are derived ' +
      'from the published tables, not published by VCCI as text; not valid for PCI 2022–2023. The tier ' +
      'thresholds (Rất tốt, Tốt, Khá…) are not known, so no bands are encoded.',
  },
  status: 'official',
  coverage: 'components',
  basis: [
    {
      document: 'PCI — Provincial Competitiveness Index (Chỉ số Năng lực Cạnh tranh cấp tỉnh)',
      issuer: 'VCCI (Liên đoàn Thương mại và Công nghiệp Việt Nam)',
      source: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam',
      note:
        'Ten sub-indices on a 10-point scale; composite = weighted mean × 10. Weights derived: they reproduce ' +
        'every published composite 2014–2021 within ±0.03 (2-decimal display rounding); PCI 2022–2023 ' +
        'composites do not fit them.',
    },
  ],
  unitKind: 'province',
  result: { type: 'composite', scale: '10' },
  aggregate: { use: 'chiso/mean' },
  display: { decimals: 2, mode: 'half-up' },
  ranking: { method: 'competition', on: 'exact' },
  tree: [
    subIndex('entry_costs', 'Gia nhập thị trường', 'Entry costs', '5'),
    subIndex('access_to_land', 'Tiếp cận đất đai', 'Access to land', '5'),
    subIndex('transparency', 'Tính minh bạch', 'Transparency', '20'),
    subIndex('time_costs', 'Chi phí thời gian', 'Time costs', '5'),
    subIndex('informal_charges', 'Chi phí không chính thức', 'Informal charges', '10'),
    subIndex('policy_bias', 'Cạnh tranh bình đẳng', 'Policy bias (equal competition)', '5'),
    subIndex('proactivity', 'Tính năng động', 'Proactivity of provincial leadership', '5'),
    subIndex('business_support', 'Chính sách hỗ trợ doanh nghiệp', 'Business support services', '20'),
    subIndex('labor_policy', 'Đào tạo lao động', 'Labour policy', '20'),
    subIndex('law_and_order', 'Thiết chế pháp lý', 'Legal institutions (law and order)', '5'),
  ],
} satisfies MethodologyInput
