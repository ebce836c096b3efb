import type { MethodologyInput } from '../../schema/methodology.js'

const DECISION_766 =
  'https://baocaotaichinh.vn/thu-vien/quyet-dinh-766-qd-ttg-2022-phe-duyet-bo-chi-so-chi-dao--dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan--doanh-nghiep-2108502745-126270'

/**
 * `service-index.766@2022.0.0` — the index of direction, management and service quality for citizens and
 * businesses in administrative procedures and public services (Decision 766/QĐ-TTg, 23/6/2022) at group level:
 * five groups of 18 / 20 / 22 / 22 / 18 points (100). The indicators inside each group are not encoded
 * (`coverage: components`).
 *
 * @example
 * ```ts
 * serviceIndex766.tree.map((node) => node.max) // ['18', '20', '22', '22', '18']
 * ```
 */
export const serviceIndex766 = {
  id: 'service-index.766',
  version: '2022.0.0',
  title: {
    vi: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (766/QĐ-TTg)',
    en: 'Index of service quality for citizens and businesses in administrative procedures and public services (766/QĐ-TTg)',
  },
  description: {
    vi:
      'Bộ chỉ số theo Quyết định 766/QĐ-TTg ở cấp 5 nhóm, 100 điểm: công khai, minh bạch 18; tiến độ, kết ' +
      'quả giải quyết 20; số hoá hồ sơ 22; cung cấp dịch vụ trực tuyến 22; mức độ hài lòng 18. Các chỉ số ' +
      'trong từng nhóm không được mã hoá.',
    en:
      'The index of Decision 766/QĐ-TTg at the level of its 5 groups, 100 points: publicity and transparency 18; ' +
      'progress and results 20; digitisation of dossiers 22; online public services 22; satisfaction 18. The ' +
      'indicators inside each group are not encoded.',
  },
  status: 'official',
  coverage: 'components',
  basis: [
    {
      document: '766/QĐ-TTg',
      date: '2022-06-23',
      issuer: 'Thủ tướng Chính phủ',
      source: DECISION_766,
      note:
        'Five groups, 100 points. Satisfaction uses three rates (complaints handled on time; satisfaction with ' +
        'complaint handling; satisfaction with procedures, up to 6 of the 18).',
    },
  ],
  result: { type: 'points' },
  missing: 'zero',
  display: { decimals: 2, mode: 'half-up' },
  ranking: { method: 'competition', on: 'exact' },
  tree: [
    {
      code: '1',
      title: { vi: 'Công khai, minh bạch', en: 'Publicity and transparency' },
      max: '18',
      rule: { use: 'chiso/points' },
    },
    {
      code: '2',
      title: { vi: 'Tiến độ, kết quả giải quyết', en: 'Progress and results' },
      max: '20',
      rule: { use: 'chiso/points' },
    },
    {
      code: '3',
      title: { vi: 'Số hóa hồ sơ', en: 'Digitisation of dossiers' },
      max: '22',
      rule: { use: 'chiso/points' },
    },
    {
      code: '4',
      title: { vi: 'Cung cấp dịch vụ trực tuyến', en: 'Online public services' },
      max: '22',
      rule: { use: 'chiso/points' },
    },
    {
      code: '5',
      title: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
      max: '18',
      rule: { use: 'chiso/points' },
    },
  ],
} satisfies MethodologyInput
