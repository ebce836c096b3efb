// Generates the ILLUSTRATIVE DDCI methodologies of this example, their survey specs, and SYNTHETIC survey
// microdata (one row per responding firm) for Thanh Hóa's 27 district-level units and 20 departments. Run from
// the repository root:
//
//   pnpm exec tsx examples/ddci-thanh-hoa/scripts/generate.ts
//
// What is public (VCCI's DDCI framework): 10 core components for districts and 5 for departments; indicators
// from a firm survey, rescaled to 1–10 between the lowest and highest unit of the year (reversed where lower
// is better); components as means of indicators; the index as a weighted combination of components. Everything
// else here — component and indicator titles, questions, weights, group thresholds — is INVENTED for the
// demonstration, and every answer is drawn from a seeded PRNG: no real firm answered. Same seed → same files.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, isMap, isScalar, visit } from 'yaml'

/** The PRNG seed: change it and every generated file changes. */
export const SEED = 20240451

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')

// ---------------------------------------------------------------------------------------------------------
// The indicators: each is one survey question and one statistic of its answers.

type Kind =
  /** Có / Không: the share of one answer. */
  | 'yes-no'
  /** A 1–5 agreement scale: its mean, or the share who agree (4 or 5). */
  | 'likert-mean'
  | 'likert-agree'
  /** A number of days: its median. */
  | 'days'

interface IndicatorSpec {
  vi: string
  en: string
  /** The question as asked. */
  qvi: string
  qen: string
  kind: Kind
  /** For yes/no: whether "Có" is the good answer (the share counts "Có" either way). */
  direction: 1 | -1
  /** Share of respondents who answer the question (the others skip it), per mille. Default 970. */
  answered?: number
  /** The fewest respondents a unit needs for this indicator, when it differs from the survey's. */
  minimumSample?: number
}

interface ComponentSpec {
  vi: string
  en: string
  /** ILLUSTRATIVE weight (the official weights are not public). */
  weight: string
  indicators: IndicatorSpec[]
}

const ind = (
  kind: Kind,
  direction: 1 | -1,
  vi: string,
  en: string,
  qvi: string,
  qen: string,
  extra: Partial<IndicatorSpec> = {},
): IndicatorSpec => ({ kind, direction, vi, en, qvi, qen, ...extra })

const DISTRICT: ComponentSpec[] = [
  {
    vi: 'Tính minh bạch và tiếp cận thông tin',
    en: 'Transparency and access to information',
    weight: '15',
    indicators: [
      ind(
        'yes-no',
        1,
        'Tiếp cận được tài liệu quy hoạch, kế hoạch của huyện',
        'Access to the district’s planning documents',
        'Doanh nghiệp có tiếp cận được các tài liệu quy hoạch, kế hoạch của huyện khi cần không?',
        'Could your firm obtain the district’s planning documents when it needed them?',
      ),
      ind(
        'likert-mean',
        1,
        'Thông tin trên cổng thông tin điện tử của huyện hữu ích',
        'The district’s web portal is useful',
        'Thông tin trên cổng thông tin điện tử của huyện hữu ích cho doanh nghiệp (1–5).',
        'The information on the district’s web portal is useful to firms (1–5).',
      ),
      ind(
        'yes-no',
        -1,
        'Cần “mối quan hệ” để có tài liệu của huyện',
        'Needs “connections” to obtain district documents',
        'Doanh nghiệp có cần “mối quan hệ” để có được tài liệu của huyện không?',
        'Did your firm need “connections” to obtain the district’s documents?',
      ),
    ],
  },
  {
    vi: 'Tính năng động của chính quyền',
    en: 'Proactivity of the authorities',
    weight: '10',
    indicators: [
      ind(
        'likert-mean',
        1,
        'Lãnh đạo huyện linh hoạt trong khuôn khổ pháp luật',
        'District leaders are flexible within the law',
        'Lãnh đạo huyện linh hoạt trong khuôn khổ pháp luật để tạo môi trường kinh doanh thuận lợi (1–5).',
        'District leaders are flexible within the law to create a good business environment (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Huyện xử lý kịp thời vướng mắc của doanh nghiệp',
        'The district resolves firms’ problems promptly',
        'Huyện xử lý kịp thời các vướng mắc của doanh nghiệp (1–5).',
        'The district resolves firms’ problems promptly (1–5).',
      ),
      ind(
        'likert-agree',
        -1,
        'Chủ trương tốt của tỉnh chưa được huyện thực hiện tốt',
        'Good provincial policies are poorly carried out',
        'Các chủ trương, chính sách tốt của tỉnh chưa được huyện thực hiện tốt (1–5).',
        'Good provincial policies are not carried out well by the district (1–5).',
      ),
    ],
  },
  {
    vi: 'Chi phí thời gian',
    en: 'Time costs',
    weight: '10',
    indicators: [
      ind(
        'days',
        -1,
        'Số ngày giải quyết thủ tục tại Bộ phận một cửa (trung vị)',
        'Days to complete a procedure at the one-stop shop (median)',
        'Thủ tục gần nhất của doanh nghiệp tại Bộ phận một cửa của huyện mất bao nhiêu ngày?',
        'How many days did your firm’s latest procedure at the district’s one-stop shop take?',
        { answered: 700, minimumSample: 20 },
      ),
      ind(
        'yes-no',
        1,
        'Nhận kết quả thủ tục đúng hẹn',
        'Results of procedures received on time',
        'Doanh nghiệp có nhận kết quả thủ tục đúng hẹn không?',
        'Did your firm receive the results of its procedures on time?',
      ),
      ind(
        'likert-agree',
        -1,
        'Thanh tra, kiểm tra chồng chéo',
        'Overlapping inspections',
        'Các cuộc thanh tra, kiểm tra của huyện chồng chéo, trùng lặp (1–5).',
        'The district’s inspections overlap and repeat (1–5).',
      ),
    ],
  },
  {
    vi: 'Chi phí không chính thức',
    en: 'Informal charges',
    weight: '10',
    indicators: [
      ind(
        'yes-no',
        -1,
        'Phải trả chi phí không chính thức',
        'Paid informal charges',
        'Trong năm, doanh nghiệp có phải trả chi phí không chính thức cho cán bộ của huyện không?',
        'Did your firm pay informal charges to district officials this year?',
      ),
      ind(
        'likert-agree',
        -1,
        'Cán bộ huyện lợi dụng quy định để trục lợi',
        'Officials use rules to extract rents',
        'Cán bộ huyện lợi dụng các quy định để trục lợi (1–5).',
        'District officials use the rules to extract rents (1–5).',
      ),
      ind(
        'yes-no',
        -1,
        'Công việc chỉ được giải quyết sau khi trả chi phí',
        'Work done only after a payment',
        'Công việc của doanh nghiệp có chỉ được giải quyết sau khi trả chi phí không chính thức không?',
        'Was your firm’s matter settled only after an informal payment?',
      ),
    ],
  },
  {
    vi: 'Cạnh tranh bình đẳng',
    en: 'Fair competition',
    weight: '10',
    indicators: [
      ind(
        'likert-agree',
        -1,
        'Huyện ưu ái doanh nghiệp lớn, doanh nghiệp có quan hệ',
        'The district favours large or connected firms',
        'Huyện ưu ái các doanh nghiệp lớn hoặc có quan hệ (1–5).',
        'The district favours large or well-connected firms (1–5).',
      ),
      ind(
        'likert-mean',
        -1,
        'Hợp đồng, đất đai dễ dàng hơn cho doanh nghiệp thân quen',
        'Contracts and land go to connected firms',
        'Hợp đồng, đất đai và nguồn lực dễ dàng hơn đối với doanh nghiệp thân quen (1–5).',
        'Contracts, land and resources go more easily to connected firms (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Huyện đối xử bình đẳng với mọi doanh nghiệp',
        'The district treats all firms equally',
        'Huyện đối xử bình đẳng với mọi doanh nghiệp (1–5).',
        'The district treats all firms equally (1–5).',
      ),
    ],
  },
  {
    vi: 'Hỗ trợ doanh nghiệp',
    en: 'Business support',
    weight: '10',
    indicators: [
      ind(
        'yes-no',
        1,
        'Đã sử dụng dịch vụ hỗ trợ của huyện',
        'Used the district’s support services',
        'Doanh nghiệp đã sử dụng dịch vụ hỗ trợ doanh nghiệp của huyện chưa?',
        'Has your firm used the district’s business support services?',
      ),
      ind(
        'likert-mean',
        1,
        'Hài lòng với dịch vụ hỗ trợ',
        'Satisfaction with support services',
        'Mức độ hài lòng với dịch vụ hỗ trợ của huyện (1–5).',
        'Satisfaction with the district’s support services (1–5).',
        { answered: 800, minimumSample: 20 },
      ),
      ind(
        'yes-no',
        1,
        'Được mời đối thoại với lãnh đạo huyện',
        'Invited to a dialogue with district leaders',
        'Doanh nghiệp có được mời đối thoại với lãnh đạo huyện trong năm không?',
        'Was your firm invited to a dialogue with the district’s leaders this year?',
      ),
    ],
  },
  {
    vi: 'Thiết chế pháp lý và an ninh trật tự',
    en: 'Legal institutions, law and order',
    weight: '5',
    indicators: [
      ind(
        'likert-agree',
        1,
        'Tin tưởng việc giải quyết khiếu nại của huyện',
        'Trust in the district’s handling of complaints',
        'Doanh nghiệp tin tưởng việc giải quyết khiếu nại của huyện (1–5).',
        'Your firm trusts the district’s handling of complaints (1–5).',
      ),
      ind(
        'yes-no',
        -1,
        'Bị mất cắp, mất trật tự',
        'Suffered theft or disorder',
        'Trong năm, doanh nghiệp có bị mất cắp hoặc bị gây rối trật tự không?',
        'Did your firm suffer theft or disorder this year?',
      ),
      ind(
        'likert-mean',
        1,
        'Công an huyện xử lý hiệu quả',
        'The district police respond effectively',
        'Công an huyện xử lý hiệu quả các vụ việc của doanh nghiệp (1–5).',
        'The district police handle firms’ cases effectively (1–5).',
      ),
    ],
  },
  {
    vi: 'Tiếp cận đất đai',
    en: 'Access to land',
    weight: '10',
    indicators: [
      ind(
        'yes-no',
        1,
        'Có giấy chứng nhận quyền sử dụng đất',
        'Holds a land-use certificate',
        'Doanh nghiệp có giấy chứng nhận quyền sử dụng đất cho mặt bằng kinh doanh không?',
        'Does your firm hold a land-use certificate for its premises?',
      ),
      ind(
        'days',
        -1,
        'Số ngày hoàn thành thủ tục đất đai (trung vị)',
        'Days to complete land procedures (median)',
        'Thủ tục đất đai gần nhất của doanh nghiệp mất bao nhiêu ngày?',
        'How many days did your firm’s latest land procedure take?',
        { answered: 380, minimumSample: 15 },
      ),
      ind(
        'likert-agree',
        1,
        'Rủi ro bị thu hồi đất thấp',
        'Low risk of land revocation',
        'Rủi ro doanh nghiệp bị thu hồi đất là thấp (1–5).',
        'The risk that your firm’s land is revoked is low (1–5).',
      ),
    ],
  },
  {
    vi: 'Vai trò người đứng đầu',
    en: 'Role of the leader',
    weight: '15',
    indicators: [
      ind(
        'likert-mean',
        1,
        'Chủ tịch huyện quyết tâm cải thiện môi trường kinh doanh',
        'The chair is committed to the business environment',
        'Chủ tịch UBND huyện quyết tâm cải thiện môi trường kinh doanh (1–5).',
        'The chair of the district committee is committed to improving the business environment (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Lãnh đạo huyện phản hồi kiến nghị của doanh nghiệp',
        'Leaders answer firms’ petitions',
        'Lãnh đạo huyện phản hồi kiến nghị của doanh nghiệp (1–5).',
        'District leaders answer firms’ petitions (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Lãnh đạo huyện cởi mở, dễ gặp',
        'Leaders are open and easy to meet',
        'Lãnh đạo huyện cởi mở, doanh nghiệp dễ dàng gặp gỡ (1–5).',
        'District leaders are open and easy to meet (1–5).',
      ),
    ],
  },
  {
    vi: 'Thủ tục hành chính và dịch vụ công trực tuyến',
    en: 'Administrative procedures and online services',
    weight: '5',
    indicators: [
      ind(
        'yes-no',
        1,
        'Đã sử dụng dịch vụ công trực tuyến của huyện',
        'Used the district’s online public services',
        'Doanh nghiệp đã sử dụng dịch vụ công trực tuyến của huyện chưa?',
        'Has your firm used the district’s online public services?',
      ),
      ind(
        'likert-mean',
        1,
        'Hài lòng với Bộ phận một cửa',
        'Satisfaction with the one-stop shop',
        'Mức độ hài lòng với Bộ phận một cửa của huyện (1–5).',
        'Satisfaction with the district’s one-stop shop (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Thủ tục đơn giản, rõ ràng',
        'Procedures are simple and clear',
        'Thủ tục hành chính của huyện đơn giản, rõ ràng (1–5).',
        'The district’s procedures are simple and clear (1–5).',
      ),
    ],
  },
]

const DEPARTMENT: ComponentSpec[] = [
  {
    vi: 'Tính minh bạch',
    en: 'Transparency',
    weight: '25',
    indicators: [
      ind(
        'yes-no',
        1,
        'Tiếp cận được văn bản, quy định của sở',
        'Access to the department’s documents and rules',
        'Doanh nghiệp có tiếp cận được văn bản, quy định của sở khi cần không?',
        'Could your firm obtain the department’s documents and rules when it needed them?',
      ),
      ind(
        'likert-mean',
        1,
        'Cổng thông tin của sở đầy đủ, cập nhật',
        'The department’s portal is complete and current',
        'Cổng thông tin điện tử của sở đầy đủ, cập nhật (1–5).',
        'The department’s web portal is complete and up to date (1–5).',
      ),
      ind(
        'yes-no',
        -1,
        'Cần “mối quan hệ” để có thông tin',
        'Needs “connections” to obtain information',
        'Doanh nghiệp có cần “mối quan hệ” để có thông tin của sở không?',
        'Did your firm need “connections” to obtain the department’s information?',
      ),
      ind(
        'likert-agree',
        1,
        'Được tham vấn khi sở xây dựng chính sách',
        'Consulted on the department’s policies',
        'Doanh nghiệp được tham vấn khi sở xây dựng chính sách (1–5).',
        'Firms are consulted when the department drafts policies (1–5).',
      ),
    ],
  },
  {
    vi: 'Tính năng động và vai trò người đứng đầu',
    en: 'Proactivity and the role of the leader',
    weight: '25',
    indicators: [
      ind(
        'likert-mean',
        1,
        'Lãnh đạo sở linh hoạt trong khuôn khổ pháp luật',
        'Leaders are flexible within the law',
        'Lãnh đạo sở linh hoạt trong khuôn khổ pháp luật (1–5).',
        'The department’s leaders are flexible within the law (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Sở xử lý kịp thời vướng mắc',
        'Problems resolved promptly',
        'Sở xử lý kịp thời các vướng mắc của doanh nghiệp (1–5).',
        'The department resolves firms’ problems promptly (1–5).',
      ),
      ind(
        'likert-agree',
        1,
        'Lãnh đạo sở phản hồi kiến nghị',
        'Leaders answer petitions',
        'Lãnh đạo sở phản hồi kiến nghị của doanh nghiệp (1–5).',
        'The department’s leaders answer firms’ petitions (1–5).',
      ),
      ind(
        'likert-agree',
        -1,
        'Sở né tránh trách nhiệm',
        'The department avoids responsibility',
        'Sở né tránh, đùn đẩy trách nhiệm (1–5).',
        'The department avoids or shifts responsibility (1–5).',
      ),
    ],
  },
  {
    vi: 'Chi phí thời gian',
    en: 'Time costs',
    weight: '20',
    indicators: [
      ind(
        'days',
        -1,
        'Số ngày giải quyết thủ tục (trung vị)',
        'Days to complete a procedure (median)',
        'Thủ tục gần nhất của doanh nghiệp tại sở mất bao nhiêu ngày?',
        'How many days did your firm’s latest procedure at the department take?',
        { answered: 750, minimumSample: 20 },
      ),
      ind(
        'yes-no',
        1,
        'Nhận kết quả đúng hẹn',
        'Results received on time',
        'Doanh nghiệp có nhận kết quả thủ tục đúng hẹn không?',
        'Did your firm receive its results on time?',
      ),
      ind(
        'likert-agree',
        -1,
        'Phải đi lại nhiều lần',
        'Many trips needed',
        'Doanh nghiệp phải đi lại nhiều lần để hoàn thành thủ tục (1–5).',
        'Your firm had to come back several times to complete a procedure (1–5).',
      ),
      ind(
        'likert-mean',
        1,
        'Cán bộ sở giải quyết công việc hiệu quả',
        'Officials work efficiently',
        'Cán bộ sở giải quyết công việc hiệu quả (1–5).',
        'The department’s officials work efficiently (1–5).',
      ),
    ],
  },
  {
    vi: 'Chi phí không chính thức',
    en: 'Informal charges',
    weight: '15',
    indicators: [
      ind(
        'yes-no',
        -1,
        'Phải trả chi phí không chính thức',
        'Paid informal charges',
        'Trong năm, doanh nghiệp có phải trả chi phí không chính thức cho cán bộ của sở không?',
        'Did your firm pay informal charges to the department’s officials this year?',
      ),
      ind(
        'likert-agree',
        -1,
        'Cán bộ sở nhũng nhiễu',
        'Officials harass firms',
        'Cán bộ sở gây nhũng nhiễu khi giải quyết thủ tục (1–5).',
        'The department’s officials harass firms during procedures (1–5).',
      ),
      ind(
        'yes-no',
        -1,
        'Công việc chỉ được giải quyết sau khi trả chi phí',
        'Work done only after a payment',
        'Công việc có chỉ được giải quyết sau khi trả chi phí không chính thức không?',
        'Was your firm’s matter settled only after an informal payment?',
      ),
      ind(
        'likert-mean',
        -1,
        'Chi phí không chính thức là phổ biến',
        'Informal charges are common',
        'Chi phí không chính thức là phổ biến trong lĩnh vực của sở (1–5).',
        'Informal charges are common in the department’s field (1–5).',
      ),
    ],
  },
  {
    vi: 'Hỗ trợ doanh nghiệp',
    en: 'Business support',
    weight: '15',
    indicators: [
      ind(
        'yes-no',
        1,
        'Đã nhận hỗ trợ của sở',
        'Received the department’s support',
        'Doanh nghiệp đã nhận được hỗ trợ của sở trong năm chưa?',
        'Has your firm received support from the department this year?',
      ),
      ind(
        'likert-mean',
        1,
        'Hài lòng với hỗ trợ của sở',
        'Satisfaction with the support',
        'Mức độ hài lòng với hỗ trợ của sở (1–5).',
        'Satisfaction with the department’s support (1–5).',
        { answered: 820, minimumSample: 20 },
      ),
      ind(
        'yes-no',
        1,
        'Được mời đối thoại với sở',
        'Invited to a dialogue',
        'Doanh nghiệp có được mời đối thoại với sở trong năm không?',
        'Was your firm invited to a dialogue with the department this year?',
      ),
      ind(
        'likert-agree',
        1,
        'Chính sách hỗ trợ phù hợp với doanh nghiệp',
        'Support policies fit firms’ needs',
        'Chính sách hỗ trợ của sở phù hợp với nhu cầu doanh nghiệp (1–5).',
        'The department’s support policies fit firms’ needs (1–5).',
      ),
    ],
  },
]

/** The 27 district-level units of Thanh Hóa before the 2025 reorganisation: 2 cities, 2 towns, 23 districts. */
const DISTRICTS: Array<[string, string]> = [
  ['tp-thanh-hoa', 'Thành phố Thanh Hóa'],
  ['tp-sam-son', 'Thành phố Sầm Sơn'],
  ['tx-bim-son', 'Thị xã Bỉm Sơn'],
  ['tx-nghi-son', 'Thị xã Nghi Sơn'],
  ['ba-thuoc', 'Huyện Bá Thước'],
  ['cam-thuy', 'Huyện Cẩm Thủy'],
  ['dong-son', 'Huyện Đông Sơn'],
  ['ha-trung', 'Huyện Hà Trung'],
  ['hau-loc', 'Huyện Hậu Lộc'],
  ['hoang-hoa', 'Huyện Hoằng Hóa'],
  ['lang-chanh', 'Huyện Lang Chánh'],
  ['muong-lat', 'Huyện Mường Lát'],
  ['nga-son', 'Huyện Nga Sơn'],
  ['ngoc-lac', 'Huyện Ngọc Lặc'],
  ['nhu-thanh', 'Huyện Như Thanh'],
  ['nhu-xuan', 'Huyện Như Xuân'],
  ['nong-cong', 'Huyện Nông Cống'],
  ['quan-hoa', 'Huyện Quan Hóa'],
  ['quan-son', 'Huyện Quan Sơn'],
  ['quang-xuong', 'Huyện Quảng Xương'],
  ['thach-thanh', 'Huyện Thạch Thành'],
  ['thieu-hoa', 'Huyện Thiệu Hóa'],
  ['tho-xuan', 'Huyện Thọ Xuân'],
  ['thuong-xuan', 'Huyện Thường Xuân'],
  ['trieu-son', 'Huyện Triệu Sơn'],
  ['vinh-loc', 'Huyện Vĩnh Lộc'],
  ['yen-dinh', 'Huyện Yên Định'],
]

/**
 * 20 provincial departments and agencies. PLACEHOLDER list: the usual departments of a province before 2025
 * plus Ban Dân tộc, not checked against the list Thanh Hóa ranked.
 */
export const DEPARTMENTS: Array<[string, string]> = [
  ['so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư'],
  ['so-tai-chinh', 'Sở Tài chính'],
  ['so-cong-thuong', 'Sở Công Thương'],
  ['so-xay-dung', 'Sở Xây dựng'],
  ['so-giao-thong-van-tai', 'Sở Giao thông vận tải'],
  ['so-tai-nguyen-moi-truong', 'Sở Tài nguyên và Môi trường'],
  ['so-nong-nghiep-ptnt', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['so-lao-dong-tbxh', 'Sở Lao động – Thương binh và Xã hội'],
  ['so-tu-phap', 'Sở Tư pháp'],
  ['so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ'],
  ['so-thong-tin-truyen-thong', 'Sở Thông tin và Truyền thông'],
  ['so-van-hoa-the-thao-du-lich', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['so-y-te', 'Sở Y tế'],
  ['so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo'],
  ['so-noi-vu', 'Sở Nội vụ'],
  ['so-ngoai-vu', 'Sở Ngoại vụ'],
  ['thanh-tra-tinh', 'Thanh tra tỉnh'],
  ['van-phong-ubnd-tinh', 'Văn phòng UBND tỉnh'],
  ['ban-dan-toc', 'Ban Dân tộc'],
  ['ban-quan-ly-kkt-nghi-son', 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp'],
]

// ---------------------------------------------------------------------------------------------------------
// The methodologies.

const LIKERT_VI = ['Hoàn toàn không đồng ý', 'Không đồng ý', 'Bình thường', 'Đồng ý', 'Hoàn toàn đồng ý']

const itemName = (component: number, indicator: number) => `c${component + 1}_${indicator + 1}`
const codeOf = (component: number, indicator: number) => `${component + 1}.${indicator + 1}`

function statisticWords(spec: IndicatorSpec): { vi: string; en: string } {
  switch (spec.kind) {
    case 'yes-no':
      return { vi: 'tỷ lệ % trả lời “Có”', en: 'share (%) answering “yes”' }
    case 'likert-mean':
      return { vi: 'điểm trung bình (1–5)', en: 'mean score (1–5)' }
    case 'likert-agree':
      return { vi: 'tỷ lệ % đồng ý hoặc hoàn toàn đồng ý', en: 'share (%) agreeing or strongly agreeing' }
    case 'days':
      return { vi: 'trung vị số ngày', en: 'median number of days' }
  }
}

function methodology(level: 'district' | 'department', components: ComponentSpec[]) {
  const vi = level === 'district' ? 'cấp huyện' : 'sở, ban, ngành'
  const en = level === 'district' ? 'district level' : 'departments'
  const count = components.reduce((sum, c) => sum + c.indicators.length, 0)
  return {
    id: `ddci.${level}.illustrative`,
    version: '0.1.0',
    title: {
      vi: `Chỉ số năng lực cạnh tranh ${vi} (DDCI) — ví dụ minh họa, không phải bộ chỉ số chính thức`,
      en: `Competitiveness index, ${en} (DDCI) — illustrative example, not an official methodology`,
    },
    description: {
      vi:
        `Ví dụ MINH HỌA. Theo khung DDCI của VCCI: ${components.length} chỉ số thành phần cốt lõi ${vi}; mỗi chỉ tiêu ` +
        'lấy từ khảo sát doanh nghiệp, chuẩn hóa về thang 1–10 giữa đơn vị thấp nhất và cao nhất trong năm (đảo chiều ' +
        'khi thấp hơn là tốt hơn); chỉ số thành phần là trung bình các chỉ tiêu; chỉ số chung là trung bình có trọng ' +
        `số × 10. Tên chỉ số thành phần, ${count} chỉ tiêu, câu hỏi, trọng số và ngưỡng xếp nhóm đều được đặt ra để ` +
        'minh họa: trọng số và ngưỡng chính thức không được công bố.',
      en:
        `An ILLUSTRATIVE example. After VCCI’s DDCI framework: ${components.length} core components (${en}); each ` +
        'indicator comes from a firm survey and is rescaled to 1–10 between the lowest and highest unit of the year ' +
        '(reversed where lower is better); components are means of their indicators; the index is their weighted ' +
        `mean × 10. The component titles, the ${count} indicators, their questions, the weights and the group ` +
        'thresholds are invented for the demonstration: the official weights and thresholds are not public.',
    },
    status: 'illustrative',
    coverage: 'full',
    basis: [
      {
        document: '4511/QĐ-UBND',
        issuer: 'UBND tỉnh Thanh Hóa',
        note:
          'Sets up Thanh Hóa’s DDCI (2021). Cited as context only: its component weights and group thresholds are ' +
          'not public, and nothing in this file is taken from it.',
      },
    ],
    unitKind: level,
    result: { type: 'composite', scale: '10' },
    missing: 'skip',
    display: { decimals: 2, mode: 'half-up' },
    ranking: { method: 'competition', on: 'exact' },
    bands: [
      { code: 'tot', label: { vi: 'Tốt', en: 'Good' }, atLeast: '65' },
      { code: 'kha', label: { vi: 'Khá', en: 'Fair' }, atLeast: '50' },
      { code: 'trung-binh', label: { vi: 'Trung bình', en: 'Average' }, atLeast: '0' },
    ],
    tree: components.map((component, c) => ({
      code: String(c + 1),
      title: { vi: component.vi, en: component.en },
      weight: component.weight,
      aggregate: { use: 'chiso/mean' },
      children: component.indicators.map((spec, i) => {
        const words = statisticWords(spec)
        return {
          code: codeOf(c, i),
          title: { vi: spec.vi, en: spec.en },
          description: {
            vi: `Câu hỏi (${itemName(c, i)}): ${spec.qvi} Chỉ tiêu: ${words.vi}.`,
            en: `Question (${itemName(c, i)}): ${spec.qen} Indicator: ${words.en}.`,
          },
          source: 'survey',
          ...(spec.direction === -1 ? { direction: -1 } : {}),
          rule: { use: 'chiso/value' },
          normalise: { use: 'chiso/min-max', with: { l: '1', u: '10' } },
        }
      }),
    })),
  }
}

function surveySpec(
  level: 'district' | 'department',
  components: ComponentSpec[],
  units: Array<[string, string]>,
) {
  const labelled = level === 'department'
  const items: Record<string, unknown> = {}
  const indicators: unknown[] = []
  components.forEach((component, c) => {
    component.indicators.forEach((spec, i) => {
      const name = itemName(c, i)
      const question = { vi: spec.qvi, en: spec.qen }
      if (spec.kind === 'yes-no')
        items[name] = {
          question,
          answers: ['1', '2'],
          ...(labelled ? { labels: { Có: '1', Không: '2' } } : {}),
        }
      else if (spec.kind === 'days') items[name] = { question, min: '0', max: '365' }
      else
        items[name] = {
          question,
          min: '1',
          max: '5',
          ...(labelled
            ? { labels: Object.fromEntries(LIKERT_VI.map((label, k) => [label, String(k + 1)])) }
            : {}),
        }
      indicators.push({
        code: codeOf(c, i),
        item: name,
        statistic: spec.kind === 'likert-mean' ? 'mean' : spec.kind === 'days' ? 'median' : 'share',
        ...(spec.kind === 'yes-no'
          ? { count: ['1'] }
          : spec.kind === 'likert-agree'
            ? { count: ['4', '5'] }
            : {}),
        ...(spec.direction === -1 ? { direction: -1 } : {}),
        ...(spec.minimumSample === undefined ? {} : { minimumSample: spec.minimumSample }),
      })
    })
  })
  return {
    description:
      `ILLUSTRATIVE survey spec of the ${level} DDCI example: how the SYNTHETIC firm survey becomes its indicators. ` +
      (labelled
        ? 'This file is a labelled export: answers are written as their labels (Có, Đồng ý…), mapped back to codes here.'
        : 'Yes/no items are coded 1 = Có (yes), 2 = Không (no); 9 = does not know / no answer.'),
    unit: 'don_vi',
    weight: 'trong_so',
    respondent: 'ma_phieu',
    units: units.map(([code, name]) => ({ code, name, group: level })),
    minimumSample: level === 'district' ? 30 : 25,
    decimals: 2,
    confidence: '0.95',
    noAnswer: labelled ? ['Không trả lời'] : ['9'],
    items,
    indicators,
  }
}

// ---------------------------------------------------------------------------------------------------------
// The synthetic answers.

/** mulberry32: a tiny seeded 32-bit PRNG (public domain). Returns integers, never floats. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const next = mulberry32(SEED)
/** A uniform integer in [lo, hi]. */
const int = (lo: number, hi: number): number => lo + (next() % (hi - lo + 1))
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))

/** Survey weights by firm size stratum (illustrative). */
const WEIGHTS = ['0.8', '1', '1', '1', '1.25', '1.5']

/** One answer, as a code (or a label for labelled exports), from the unit's quality in per mille. */
function answer(spec: IndicatorSpec, quality: number, labelled: boolean): string {
  if (int(1, 1000) > (spec.answered ?? 970))
    return labelled ? (int(0, 1) === 0 ? '' : 'Không trả lời') : int(0, 1) === 0 ? '' : '9'
  switch (spec.kind) {
    case 'yes-no': {
      // The good answer is "yes" for direction 1 and "no" for direction −1.
      const good = int(1, 1000) <= clamp(quality + int(-120, 120), 30, 970)
      const yes = spec.direction === 1 ? good : !good
      return labelled ? (yes ? 'Có' : 'Không') : yes ? '1' : '2'
    }
    case 'likert-mean':
    case 'likert-agree': {
      // Hundredths: the good end of the scale is reached more often by better units.
      const score = clamp(Math.round((130 + (quality * 330) / 1000 + int(-160, 160)) / 100), 1, 5)
      const value = spec.direction === 1 ? score : 6 - score
      return labelled ? LIKERT_VI[value - 1]! : String(value)
    }
    case 'days': {
      const typical = spec.en.includes('land') ? 60 - (quality * 45) / 1000 : 14 - (quality * 10) / 1000
      return String(clamp(Math.round(typical + int(-6, 6) * (typical / 20)), 1, 365))
    }
  }
}

function surveyCsv(
  level: 'district' | 'department',
  components: ComponentSpec[],
  units: Array<[string, string]>,
  sizes: (code: string) => number,
): string {
  const labelled = level === 'department'
  const names = components.flatMap((component, c) => component.indicators.map((_, i) => itemName(c, i)))
  const specs = components.flatMap((component) => component.indicators)
  const lines = [
    `# SYNTHETIC survey microdata — NOT real answers. ILLUSTRATIVE ${level} DDCI example, generated by scripts/generate.ts (mulberry32, seed ${SEED}).`,
    ['ma_phieu', 'don_vi', 'trong_so', 'nganh_nghe', ...names].join(','),
  ]
  const sectors = ['cong-nghiep', 'xay-dung', 'thuong-mai', 'dich-vu', 'nong-nghiep']
  let id = 0
  for (const [code] of units) {
    // The unit's latent quality (per mille) and a tilt per component, so components do not all agree.
    const quality = int(250, 800)
    const tilts = components.map(() => int(-150, 150))
    const n = sizes(code)
    for (let r = 0; r < n; r++) {
      id++
      const cells = [
        `${level === 'district' ? 'H' : 'S'}${String(id).padStart(5, '0')}`,
        code,
        WEIGHTS[int(0, WEIGHTS.length - 1)]!,
        sectors[int(0, 4)]!,
      ]
      let k = 0
      components.forEach((component, c) => {
        for (const _ of component.indicators) {
          cells.push(answer(specs[k]!, clamp(quality + tilts[c]!, 50, 950), labelled))
          k++
        }
      })
      lines.push(cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(','))
    }
  }
  return `${lines.join('\n')}\n`
}

// ---------------------------------------------------------------------------------------------------------
// Writing the files.

function yamlOf(value: unknown, firstLines: string[]): string {
  const doc = new Document(value)
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isMap(pair.value)) return
      const key = pair.key.value
      const oneLine = JSON.stringify(pair.value.toJSON()).length
      if (
        (key === 'title' ||
          key === 'label' ||
          key === 'rule' ||
          key === 'normalise' ||
          key === 'aggregate') &&
        oneLine <= 90
      )
        pair.value.flow = true
    },
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.length > 90 && !scalar.value.startsWith('http'))
        scalar.type = 'BLOCK_FOLDED'
    },
  })
  return `${firstLines.map((line) => `# ${line}`).join('\n')}\n${doc.toString({ lineWidth: 110, flowCollectionPadding: true })}`
}

const GENERATED = 'generated by scripts/generate.ts — edit the script, not this file'
writeFileSync(
  join(root, 'ddci.district.methodology.yaml'),
  yamlOf(methodology('district', DISTRICT), [
    `ILLUSTRATIVE methodology, not an official one: DDCI, district level (10 components); ${GENERATED}`,
    'Titles, indicators, questions, weights and group thresholds are invented; only the framework’s shape is public.',
  ]),
)
writeFileSync(
  join(root, 'ddci.department.methodology.yaml'),
  yamlOf(methodology('department', DEPARTMENT), [
    `ILLUSTRATIVE methodology, not an official one: DDCI, departments (5 components); ${GENERATED}`,
    'Titles, indicators, questions, weights and group thresholds are invented; only the framework’s shape is public.',
  ]),
)
writeFileSync(
  join(root, 'survey-districts.spec.yaml'),
  yamlOf(surveySpec('district', DISTRICT, DISTRICTS), [
    `ILLUSTRATIVE survey spec for SYNTHETIC data; ${GENERATED}`,
  ]),
)
writeFileSync(
  join(root, 'survey-departments.spec.yaml'),
  yamlOf(surveySpec('department', DEPARTMENT, DEPARTMENTS), [
    `ILLUSTRATIVE survey spec for SYNTHETIC data; ${GENERATED}`,
  ]),
)
// Mountain districts with few firms get small samples (Mường Lát falls below the land indicator's minimum).
const small: Record<string, number> = { 'muong-lat': 34, 'quan-son': 36, 'quan-hoa': 38, 'lang-chanh': 40 }
writeFileSync(
  join(root, 'survey-districts-2024.synthetic.csv'),
  surveyCsv('district', DISTRICT, DISTRICTS, (code) => small[code] ?? int(55, 95)),
)
writeFileSync(
  join(root, 'survey-departments-2024.synthetic.csv'),
  surveyCsv('department', DEPARTMENT, DEPARTMENTS, () => int(40, 80)),
)
