// Generates the ILLUSTRATIVE district CCHC methodology (district.methodology.yaml) and its SYNTHETIC dataset
// (districts-2023.synthetic.csv). Run from the repository root:
//
//   pnpm exec tsx examples/district-cchc/scripts/generate.ts
//
// The shape (7 areas, 40 criteria, 80 sub-criteria, 100 points) is the one the seed news item gives for Thanh
// Hóa's district CCHC index (not confirmed elsewhere; see the sources in README.md). Every title, point, rule and
// threshold below is INVENTED for demonstration: the official table is not public. The data are drawn from a
// seeded PRNG and are not real results. Same seed → byte-identical files.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, isMap, isScalar, type Node, visit, type visitor } from 'yaml'

/** The PRNG seed: change it and both generated files change. */
export const SEED = 20230600

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')

// ---------------------------------------------------------------------------------------------------------
// The tree. Each leaf says how it is scored (its rule) and how its synthetic data are drawn.

type Source = 'self' | 'appraisal' | 'survey' | 'statistic'

/** How a leaf is scored; the generator derives the rule call and the data columns from it. */
type LeafKind =
  /** chiso/yes-no; data `có`/`không` (or `1`/`0` with `numeric`). */
  | { rule: 'yes-no'; numeric?: boolean }
  /** chiso/bands over percent done/total; data `:done` and `:total`. */
  | { rule: 'bands-percent'; scheme: 'complete' | 'on-time'; total: [number, number] }
  /** chiso/bands over a value (a statistic); thresholds in the value's unit; data in tenths/hundredths. */
  | { rule: 'bands-value'; bands: Array<[string, string]>; range: [number, number]; decimals: number }
  /** chiso/proportional over share done/total (full points at `full`). */
  | { rule: 'proportional'; full?: string; total: [number, number] }
  /** chiso/deduction: `per` point(s) off per occurrence, from the node's maximum, floor 0. */
  | { rule: 'deduction'; per: string; often: number }
  /** chiso/survey: mean of answers on a 1–5 scale. */
  | { rule: 'survey-mean' }
  /** chiso/survey: share of respondents, counted (`:done` of `:total`). */
  | { rule: 'survey-share'; total: [number, number] }
  /** chiso/points: appraised points entered directly. */
  | { rule: 'points' }

interface LeafSpec {
  vi: string
  en: string
  max: string
  kind: LeafKind
  source?: Source
  /** Typical achievement of an average unit, per mille (default 900). */
  level?: number
}

interface CriterionSpec {
  vi: string
  en: string
  leaves: LeafSpec[]
}

interface AreaSpec {
  vi: string
  en: string
  max: string
  criteria: CriterionSpec[]
}

const yesNo = (vi: string, en: string, max: string, extra: Partial<LeafSpec> = {}): LeafSpec => ({
  vi,
  en,
  max,
  kind: { rule: 'yes-no' },
  ...extra,
})
const pct = (
  vi: string,
  en: string,
  max: string,
  scheme: 'complete' | 'on-time',
  total: [number, number],
  extra: Partial<LeafSpec> = {},
): LeafSpec => ({ vi, en, max, kind: { rule: 'bands-percent', scheme, total }, ...extra })
const prop = (
  vi: string,
  en: string,
  max: string,
  total: [number, number],
  extra: Partial<LeafSpec> & { full?: string } = {},
): LeafSpec => {
  const { full, ...rest } = extra
  return { vi, en, max, kind: { rule: 'proportional', total, ...(full ? { full } : {}) }, ...rest }
}
const deduct = (vi: string, en: string, max: string, per: string, often: number): LeafSpec => ({
  vi,
  en,
  max,
  kind: { rule: 'deduction', per, often },
})
const survey = (vi: string, en: string, max: string): LeafSpec => ({
  vi,
  en,
  max,
  kind: { rule: 'survey-mean' },
  source: 'survey',
  level: 900,
})
const appraised = (vi: string, en: string, max: string): LeafSpec => ({
  vi,
  en,
  max,
  kind: { rule: 'points' },
})

const AREAS: AreaSpec[] = [
  {
    vi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    en: 'Direction and management of PAR',
    max: '10',
    criteria: [
      {
        vi: 'Kế hoạch CCHC năm',
        en: 'Annual PAR plan',
        leaves: [
          yesNo('Ban hành kế hoạch CCHC năm kịp thời', 'Annual PAR plan issued on time', '1'),
          pct(
            'Mức độ hoàn thành kế hoạch CCHC năm',
            'Share of the annual plan’s tasks completed',
            '1',
            'complete',
            [20, 45],
          ),
        ],
      },
      {
        vi: 'Báo cáo CCHC',
        en: 'PAR reporting',
        leaves: [
          deduct(
            'Báo cáo CCHC định kỳ đầy đủ, đúng hạn (trừ điểm mỗi báo cáo trễ hạn)',
            'Periodic PAR reports complete and on time (deduction per late report)',
            '1',
            '0.25',
            12,
          ),
          appraised('Chất lượng báo cáo CCHC', 'Quality of PAR reports', '0.5'),
        ],
      },
      {
        vi: 'Kiểm tra CCHC',
        en: 'PAR inspection',
        leaves: [
          prop(
            'Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC trong năm (đủ điểm khi đạt 30 %)',
            'Share of offices and communes inspected in the year (full points at 30 %)',
            '1',
            [25, 45],
            { full: '0.3', level: 300 },
          ),
          pct(
            'Xử lý các vấn đề phát hiện qua kiểm tra',
            'Inspection findings followed up',
            '1',
            'complete',
            [4, 20],
          ),
        ],
      },
      {
        vi: 'Tuyên truyền CCHC',
        en: 'PAR communication',
        leaves: [
          yesNo('Ban hành kế hoạch tuyên truyền CCHC', 'PAR communication plan issued', '0.5'),
          appraised('Đa dạng hình thức tuyên truyền CCHC', 'Variety of PAR communication channels', '1'),
        ],
      },
      {
        vi: 'Sáng kiến và nhiệm vụ CCHC',
        en: 'PAR initiatives and assigned tasks',
        leaves: [
          yesNo(
            'Có sáng kiến, mô hình CCHC mới được công nhận',
            'A new PAR initiative or model recognised',
            '1.5',
            { level: 800 },
          ),
          pct(
            'Hoàn thành nhiệm vụ CCHC được UBND tỉnh giao',
            'PAR tasks assigned by the provincial People’s Committee completed',
            '1.5',
            'complete',
            [8, 30],
          ),
        ],
      },
    ],
  },
  {
    vi: 'Cải cách thể chế',
    en: 'Institutional reform (legal documents)',
    max: '8',
    criteria: [
      {
        vi: 'Ban hành văn bản quy phạm pháp luật',
        en: 'Issuing legal documents',
        leaves: [
          pct(
            'Thực hiện kế hoạch ban hành văn bản QPPL',
            'Legal documents issued as planned',
            '1',
            'complete',
            [3, 15],
          ),
          deduct(
            'Tuân thủ quy trình xây dựng văn bản QPPL (trừ điểm mỗi sai sót)',
            'Drafting procedure followed (deduction per irregularity)',
            '1',
            '0.5',
            8,
          ),
        ],
      },
      {
        vi: 'Rà soát, hệ thống hóa văn bản QPPL',
        en: 'Review and codification of legal documents',
        leaves: [
          yesNo('Ban hành kế hoạch rà soát văn bản QPPL', 'Review plan issued', '0.5'),
          prop('Xử lý kết quả rà soát văn bản QPPL', 'Review findings acted upon', '1', [2, 12]),
        ],
      },
      {
        vi: 'Kiểm tra, xử lý văn bản QPPL',
        en: 'Checking legal documents',
        leaves: [
          pct(
            'Kiểm tra văn bản do HĐND, UBND cấp xã ban hành',
            'Documents issued by commune councils and committees checked',
            '1',
            'complete',
            [20, 90],
          ),
          yesNo(
            'Xử lý văn bản trái pháp luật được phát hiện (KAD khi không phát hiện văn bản nào)',
            'Unlawful documents found were handled (not applicable when none were found)',
            '0.5',
          ),
        ],
      },
      {
        vi: 'Theo dõi thi hành pháp luật',
        en: 'Monitoring law enforcement',
        leaves: [
          yesNo('Ban hành kế hoạch theo dõi thi hành pháp luật', 'Monitoring plan issued', '0.5'),
          appraised('Kết quả theo dõi thi hành pháp luật', 'Results of monitoring', '1'),
        ],
      },
      {
        vi: 'Phổ biến, giáo dục pháp luật',
        en: 'Legal dissemination and education',
        leaves: [
          pct(
            'Hoàn thành kế hoạch phổ biến, giáo dục pháp luật',
            'Legal-education plan completed',
            '1',
            'complete',
            [10, 30],
          ),
          prop(
            'Tỷ lệ xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật',
            'Communes meeting the access-to-law standard',
            '0.5',
            [8, 40],
          ),
        ],
      },
    ],
  },
  {
    vi: 'Cải cách thủ tục hành chính',
    en: 'Administrative procedures',
    max: '15',
    criteria: [
      {
        vi: 'Công bố, công khai thủ tục hành chính',
        en: 'Publication of administrative procedures',
        leaves: [
          pct(
            'TTHC được công khai đầy đủ trên Cổng Dịch vụ công',
            'Procedures fully published on the public-service portal',
            '1',
            'on-time',
            [250, 420],
            { level: 975 },
          ),
          yesNo(
            'Niêm yết TTHC tại Bộ phận Một cửa đúng quy định',
            'Procedures posted at the one-stop shop as required',
            '1',
          ),
        ],
      },
      {
        vi: 'Rà soát, đơn giản hóa thủ tục hành chính',
        en: 'Review and simplification of procedures',
        leaves: [
          yesNo('Ban hành kế hoạch rà soát, đơn giản hóa TTHC', 'Simplification plan issued', '0.5'),
          appraised(
            'Phương án đơn giản hóa TTHC được đề xuất và chấp thuận',
            'Simplification proposals made and accepted',
            '1.5',
          ),
        ],
      },
      {
        vi: 'Cơ chế một cửa, một cửa liên thông',
        en: 'One-stop shop and inter-agency one-stop shop',
        leaves: [
          pct(
            'Tỷ lệ TTHC được tiếp nhận tại Bộ phận Một cửa',
            'Share of procedures received at the one-stop shop',
            '1',
            'on-time',
            [250, 420],
            { level: 975 },
          ),
          appraised('Cơ sở vật chất, trang thiết bị Bộ phận Một cửa', 'Facilities of the one-stop shop', '1'),
          yesNo(
            'Bố trí công chức làm việc tại Bộ phận Một cửa đúng quy định',
            'One-stop-shop staff assigned as required',
            '1',
          ),
        ],
      },
      {
        vi: 'Kết quả giải quyết thủ tục hành chính',
        en: 'Results of processing dossiers',
        leaves: [
          pct(
            'Tỷ lệ hồ sơ cấp huyện được giải quyết đúng hạn',
            'District-level dossiers settled on time',
            '2',
            'on-time',
            [2000, 25000],
            { level: 978 },
          ),
          prop(
            'Tỷ lệ hồ sơ cấp xã được giải quyết đúng hạn',
            'Commune-level dossiers settled on time',
            '2',
            [5000, 60000],
            { level: 980 },
          ),
        ],
      },
      {
        vi: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
        en: 'Digitisation of dossiers and results',
        leaves: [
          prop('Tỷ lệ hồ sơ được số hóa khi tiếp nhận', 'Dossiers digitised on receipt', '1', [2000, 25000], {
            level: 900,
          }),
          prop('Tỷ lệ kết quả giải quyết TTHC được số hóa', 'Results digitised', '1', [2000, 25000], {
            level: 930,
          }),
        ],
      },
      {
        vi: 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
        en: 'Handling feedback on administrative regulations',
        leaves: [
          pct(
            'Phản ánh, kiến nghị được xử lý đúng hạn',
            'Feedback handled on time',
            '1',
            'on-time',
            [5, 60],
            { level: 975 },
          ),
          yesNo(
            'Công khai kết quả xử lý phản ánh, kiến nghị',
            'Results of handling feedback published',
            '0.5',
          ),
        ],
      },
      {
        vi: 'Xin lỗi khi giải quyết hồ sơ trễ hạn',
        en: 'Apology for late dossiers',
        leaves: [
          deduct(
            'Hồ sơ trễ hạn không có văn bản xin lỗi (trừ điểm mỗi hồ sơ)',
            'Late dossiers without a written apology (deduction per dossier)',
            '0.5',
            '0.25',
            12,
          ),
        ],
      },
    ],
  },
  {
    vi: 'Cải cách tổ chức bộ máy và chế độ công vụ',
    en: 'Organisation of the apparatus and the civil service',
    max: '12',
    criteria: [
      {
        vi: 'Sắp xếp tổ chức bộ máy',
        en: 'Organisation of offices and units',
        leaves: [
          yesNo(
            'Cơ cấu tổ chức các phòng chuyên môn đúng quy định',
            'Specialised offices organised as required',
            '1',
          ),
          appraised('Sắp xếp đơn vị sự nghiệp công lập', 'Public service units restructured', '1'),
        ],
      },
      {
        vi: 'Quản lý biên chế',
        en: 'Staffing quota',
        leaves: [
          yesNo('Sử dụng biên chế không vượt số được giao', 'Headcount within the assigned quota', '1', {
            level: 975,
          }),
          prop('Thực hiện chỉ tiêu tinh giản biên chế', 'Downsizing target achieved', '1', [5, 30]),
        ],
      },
      {
        vi: 'Vị trí việc làm',
        en: 'Job positions',
        leaves: [
          yesNo('Bản mô tả vị trí việc làm được phê duyệt', 'Job descriptions approved', '0.5'),
          pct(
            'Bố trí công chức đúng vị trí việc làm',
            'Civil servants placed according to job positions',
            '1',
            'on-time',
            [60, 160],
            { level: 950 },
          ),
        ],
      },
      {
        vi: 'Tuyển dụng, bổ nhiệm',
        en: 'Recruitment and appointment',
        leaves: [
          deduct(
            'Tuyển dụng đúng quy định (trừ điểm mỗi sai phạm)',
            'Recruitment as regulated (deduction per irregularity)',
            '1',
            '0.5',
            6,
          ),
          yesNo('Bổ nhiệm lãnh đạo đúng quy định', 'Appointments as regulated', '0.5', { level: 950 }),
        ],
      },
      {
        vi: 'Đánh giá, xếp loại cán bộ, công chức',
        en: 'Performance appraisal of staff',
        leaves: [
          yesNo('Đánh giá, xếp loại đúng quy định, đúng hạn', 'Appraisal done on time, as regulated', '0.5'),
          pct(
            'Tỷ lệ CBCC hoàn thành tốt nhiệm vụ trở lên',
            'Staff rated “good” or better',
            '1',
            'complete',
            [60, 160],
            { level: 960 },
          ),
        ],
      },
      {
        vi: 'Đào tạo, bồi dưỡng',
        en: 'Training',
        leaves: [
          pct('Hoàn thành kế hoạch đào tạo, bồi dưỡng', 'Training plan completed', '1', 'complete', [10, 40]),
          prop(
            'Tỷ lệ công chức cấp xã đạt chuẩn',
            'Commune civil servants meeting the standard',
            '1',
            [200, 700],
            { level: 950 },
          ),
        ],
      },
      {
        vi: 'Kỷ luật, kỷ cương hành chính',
        en: 'Administrative discipline',
        leaves: [
          deduct(
            'CBCC bị kỷ luật trong năm (trừ điểm mỗi trường hợp)',
            'Staff disciplined in the year (deduction per case)',
            '1',
            '0.25',
            15,
          ),
          appraised('Kiểm tra công vụ', 'Public-service inspections', '0.5'),
        ],
      },
    ],
  },
  {
    vi: 'Cải cách tài chính công',
    en: 'Public finance',
    max: '8',
    criteria: [
      {
        vi: 'Quản lý, sử dụng ngân sách',
        en: 'Budget management',
        leaves: [
          pct(
            'Thực hiện dự toán thu ngân sách nhà nước',
            'State-budget revenue target met',
            '1.5',
            'complete',
            [150000, 2500000],
            { level: 975 },
          ),
          yesNo('Công khai ngân sách đúng quy định', 'Budget published as required', '1'),
        ],
      },
      {
        vi: 'Cơ chế tự chủ của đơn vị sự nghiệp công lập',
        en: 'Autonomy of public service units',
        leaves: [
          prop(
            'Tỷ lệ đơn vị sự nghiệp được giao quyền tự chủ tài chính',
            'Public service units granted financial autonomy',
            '1',
            [20, 90],
          ),
          yesNo('Ban hành quy chế chi tiêu nội bộ', 'Internal spending rules issued', '1'),
        ],
      },
      {
        vi: 'Giải ngân vốn đầu tư công',
        en: 'Public investment',
        leaves: [
          pct(
            'Tỷ lệ giải ngân vốn đầu tư công',
            'Public investment disbursed',
            '1.5',
            'complete',
            [50000, 900000],
            { level: 960 },
          ),
          deduct(
            'Dự án hoàn thành chậm quyết toán (trừ điểm mỗi dự án)',
            'Completed projects settled late (deduction per project)',
            '0.5',
            '0.25',
            12,
          ),
        ],
      },
      {
        vi: 'Quản lý tài sản công',
        en: 'Public assets',
        leaves: [
          appraised('Sắp xếp, xử lý tài sản công', 'Public assets rearranged and handled', '1'),
          yesNo(
            'Thực hiện kết luận thanh tra, kiểm toán (KAD khi không có cuộc thanh tra, kiểm toán)',
            'Inspection and audit conclusions implemented (not applicable when there was none)',
            '0.5',
          ),
        ],
      },
    ],
  },
  {
    vi: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    en: 'E-government and digital government',
    max: '15',
    criteria: [
      {
        vi: 'Hạ tầng và an toàn thông tin',
        en: 'Digital infrastructure and information security',
        leaves: [
          prop(
            'Tỷ lệ xã kết nối mạng truyền số liệu chuyên dùng',
            'Communes connected to the dedicated data network',
            '1',
            [8, 40],
            { level: 950 },
          ),
          yesNo('Phê duyệt hồ sơ an toàn thông tin theo cấp độ', 'Information-security plan approved', '1'),
        ],
      },
      {
        vi: 'Văn bản điện tử',
        en: 'Electronic documents',
        leaves: [
          pct(
            'Văn bản đi được ký số, gửi trên môi trường điện tử',
            'Outgoing documents signed digitally and sent electronically',
            '1.5',
            'on-time',
            [1500, 9000],
            { level: 980 },
          ),
          pct(
            'Hồ sơ công việc được xử lý trên môi trường mạng',
            'Work files processed online',
            '1.5',
            'on-time',
            [1500, 9000],
            { level: 960 },
          ),
        ],
      },
      {
        vi: 'Dịch vụ công trực tuyến',
        en: 'Online public services',
        leaves: [
          pct(
            'Tỷ lệ hồ sơ trực tuyến toàn trình',
            'Dossiers submitted fully online',
            '2',
            'complete',
            [2000, 25000],
            { level: 930 },
          ),
          prop(
            'Tỷ lệ hồ sơ thanh toán trực tuyến (đủ điểm khi đạt 50 %)',
            'Fees paid online (full points at 50 %)',
            '1',
            [1000, 15000],
            { full: '0.5', level: 450 },
          ),
          appraised('Cổng thông tin điện tử đúng quy định', 'Web portal as required', '1'),
        ],
      },
      {
        vi: 'Hệ thống thông tin báo cáo',
        en: 'Reporting information system',
        leaves: [
          prop(
            'Tỷ lệ báo cáo gửi qua Hệ thống thông tin báo cáo',
            'Reports sent through the reporting information system',
            '1',
            [20, 60],
          ),
          deduct(
            'Báo cáo điện tử trễ hạn (trừ điểm mỗi báo cáo)',
            'Electronic reports sent late (deduction per report)',
            '1',
            '0.25',
            15,
          ),
        ],
      },
      {
        vi: 'Chuyển đổi số',
        en: 'Digital transformation',
        leaves: [
          yesNo('Ban hành kế hoạch chuyển đổi số', 'Digital-transformation plan issued', '0.5'),
          appraised(
            'Mức độ hoàn thành các chỉ tiêu chuyển đổi số',
            'Digital-transformation targets met',
            '2',
          ),
        ],
      },
      {
        vi: 'Hệ thống quản lý chất lượng',
        en: 'Quality management system',
        leaves: [
          {
            ...yesNo(
              'Áp dụng, duy trì hệ thống quản lý chất lượng ISO 9001',
              'ISO 9001 applied and maintained',
              '1.5',
            ),
            kind: { rule: 'yes-no', numeric: true },
          },
        ],
      },
    ],
  },
  {
    vi: 'Tác động của cải cách hành chính',
    en: 'Impact of PAR (surveys and statistics)',
    max: '32',
    criteria: [
      {
        vi: 'Sự hài lòng của người dân, tổ chức (điều tra xã hội học)',
        en: 'Satisfaction of citizens and organisations (survey)',
        leaves: [
          survey('Tiếp cận dịch vụ', 'Access to the service', '2'),
          survey('Thủ tục hành chính', 'Administrative procedures', '2'),
          survey('Công chức giải quyết thủ tục hành chính', 'Civil servants handling the dossier', '3'),
          survey('Kết quả cung ứng dịch vụ', 'Result of the service', '3'),
        ],
      },
      {
        vi: 'Đánh giá của lãnh đạo, quản lý (điều tra xã hội học)',
        en: 'Assessment by leaders and managers (survey)',
        leaves: [
          survey('Chất lượng chỉ đạo, điều hành CCHC', 'Quality of PAR direction', '5'),
          survey('Chất lượng thực hiện các nhiệm vụ CCHC', 'Quality of PAR tasks', '5'),
        ],
      },
      {
        vi: 'Tác động đến phát triển kinh tế - xã hội',
        en: 'Socio-economic development',
        leaves: [
          {
            vi: 'Tốc độ tăng thu ngân sách trên địa bàn (%)',
            en: 'Growth of budget revenue in the district (%)',
            max: '2',
            source: 'statistic',
            kind: {
              rule: 'bands-value',
              bands: [
                ['15', '2'],
                ['10', '1.5'],
                ['5', '1'],
                ['0', '0.5'],
              ],
              range: [-30, 220],
              decimals: 1,
            },
          },
          {
            vi: 'Mức giảm tỷ lệ hộ nghèo (điểm phần trăm)',
            en: 'Reduction of the poor-household rate (percentage points)',
            max: '2',
            source: 'statistic',
            kind: {
              rule: 'bands-value',
              bands: [
                ['1.5', '2'],
                ['1', '1.5'],
                ['0.5', '1'],
              ],
              range: [20, 250],
              decimals: 2,
            },
          },
        ],
      },
      {
        vi: 'Sử dụng dịch vụ công trực tuyến (điều tra xã hội học)',
        en: 'Use of online public services (survey)',
        leaves: [
          survey('Hài lòng với dịch vụ công trực tuyến', 'Satisfaction with online public services', '1.5'),
          {
            vi: 'Tỷ lệ người được khảo sát đã sử dụng dịch vụ công trực tuyến',
            en: 'Respondents who have used online public services',
            max: '1.5',
            source: 'survey',
            level: 620,
            kind: { rule: 'survey-share', total: [150, 400] },
          },
        ],
      },
      {
        vi: 'Kết quả Chỉ số năng lực cạnh tranh cấp huyện (DDCI)',
        en: 'District competitiveness (DDCI) result',
        leaves: [
          appraised(
            'Điểm quy đổi từ kết quả DDCI của năm',
            'Points converted from the year’s DDCI result',
            '3',
          ),
        ],
      },
      {
        vi: 'Phản ánh về thái độ, hành vi của cán bộ, công chức',
        en: 'Complaints about the conduct of civil servants',
        leaves: [
          deduct(
            'Phản ánh có căn cứ về thái độ, hành vi của CBCC (trừ điểm mỗi phản ánh)',
            'Substantiated complaints about staff conduct (deduction per complaint)',
            '2',
            '0.5',
            10,
          ),
        ],
      },
    ],
  },
]

// ---------------------------------------------------------------------------------------------------------
// The methodology. Points are handled as integers of hundredths (every maximum here is a multiple of 0.25),
// so the script needs no decimal library and can run before the packages are built.

/** An integer n written with `decimals` places (1234, 2 → '12.34'). Integer arithmetic only, never a float. */
function scaled(n: number, decimals: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`${n} is not an integer`)
  if (decimals === 0) return String(n)
  const sign = n < 0 ? '-' : ''
  const digits = String(Math.abs(n)).padStart(decimals + 1, '0')
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`
}
/** '1.5' → 150. */
const hundredths = (text: string): number => {
  const [whole = '0', fraction = ''] = text.split('.')
  if (fraction.length > 2) throw new Error(`${text}: more than 2 decimals`)
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
}
/** 150 → '1.5' (plain decimal text, no trailing zeros). */
const points = (n: number): string => scaled(n, 2).replace(/\.?0+$/, '')

const ruleCall = (leaf: LeafSpec): Record<string, unknown> => {
  const kind = leaf.kind
  switch (kind.rule) {
    case 'yes-no':
      return { use: 'chiso/yes-no' }
    case 'bands-percent': {
      // Three bands, one step apart: 0.25 below a maximum of 1, else 0.5 (1 → 1/0.75/0.5; 2 → 2/1.5/1).
      const max = hundredths(leaf.max)
      const step = max >= 150 ? 50 : 25
      const thresholds = kind.scheme === 'complete' ? ['100', '90', '80'] : ['98', '95', '90']
      const bands = thresholds.map((atLeast, index) => ({ atLeast, points: points(max - index * step) }))
      return { use: 'chiso/bands', with: { over: 'percent', bands } }
    }
    case 'bands-value':
      return {
        use: 'chiso/bands',
        with: { over: 'value', bands: kind.bands.map(([atLeast, points]) => ({ atLeast, points })) },
      }
    case 'proportional':
      return kind.full
        ? { use: 'chiso/proportional', with: { full: kind.full } }
        : { use: 'chiso/proportional' }
    case 'deduction':
      return { use: 'chiso/deduction', with: { per: kind.per } }
    case 'survey-mean':
      return { use: 'chiso/survey', with: { mode: 'mean', scale: { min: '1', max: '5' } } }
    case 'survey-share':
      return { use: 'chiso/survey', with: { mode: 'share', over: 'counts' } }
    case 'points':
      return { use: 'chiso/points' }
  }
}

interface Leaf {
  code: string
  spec: LeafSpec
}

const leaves: Leaf[] = []

const tree = AREAS.map((area, a) => {
  const areaCode = String(a + 1)
  const criteria = area.criteria.map((criterion, c) => {
    const criterionCode = `${areaCode}.${c + 1}`
    const children = criterion.leaves.map((leaf, l) => {
      const code = `${criterionCode}.${l + 1}`
      leaves.push({ code, spec: leaf })
      return {
        code,
        title: { vi: leaf.vi, en: leaf.en },
        max: leaf.max,
        source: leaf.source ?? 'appraisal',
        rule: ruleCall(leaf),
      }
    })
    const max = criterion.leaves.reduce((sum, leaf) => sum + hundredths(leaf.max), 0)
    return {
      code: criterionCode,
      title: { vi: criterion.vi, en: criterion.en },
      max: points(max),
      children,
    }
  })
  const sum = criteria.reduce((total, criterion) => total + hundredths(criterion.max), 0)
  if (sum !== hundredths(area.max))
    throw new Error(`area ${areaCode}: criteria sum to ${points(sum)}, not ${area.max}`)
  return { code: areaCode, title: { vi: area.vi, en: area.en }, max: area.max, children: criteria }
})

const total = AREAS.reduce((sum, area) => sum + hundredths(area.max), 0)
const criteriaCount = AREAS.reduce((n, area) => n + area.criteria.length, 0)
if (AREAS.length !== 7 || criteriaCount !== 40 || leaves.length !== 80 || total !== 100_00) {
  throw new Error(`shape ${AREAS.length}/${criteriaCount}/${leaves.length}, ${points(total)} points`)
}

const methodology = {
  id: 'cchc.district.illustrative',
  version: '0.1.0',
  title: {
    vi: 'Chỉ số CCHC cấp huyện — ví dụ minh họa (không phải bộ chỉ số chính thức)',
    en: 'District PAR (CCHC) index — illustrative example (not an official methodology)',
  },
  description: {
    vi:
      'Ví dụ MINH HỌA, KHÔNG phải bảng chỉ số chính thức. Bộ chỉ số có hình dạng như tin tức về Chỉ số CCHC ' +
      'cấp huyện của tỉnh Thanh Hóa (7 lĩnh vực, 40 tiêu chí, 80 tiêu chí thành phần, 100 điểm; chưa được xác ' +
      'nhận ở nguồn khác), nhưng toàn bộ tên tiêu chí, điểm số, cách chấm và ngưỡng đều được đặt ra để minh họa; ' +
      'bảng chính thức không được công bố. Xếp loại A ≥ 90 %, B ≥ 80 %, C ≥ 70 % lấy theo PAR INDEX 2022 ' +
      '(876/QĐ-BNV).',
    en:
      'An ILLUSTRATIVE example, NOT an official table. It has the shape the news reports for Thanh Hóa’s ' +
      'district CCHC index (7 areas, 40 criteria, 80 sub-criteria, 100 points; not confirmed elsewhere), but ' +
      'every title, point, rule and threshold is invented for demonstration; the official table is not public. ' +
      'Bands A ≥ 90 %, B ≥ 80 %, C ≥ 70 % follow the PAR INDEX 2022 (876/QĐ-BNV).',
  },
  status: 'illustrative',
  coverage: 'full',
  basis: [
    {
      document: '600/QĐ-UBND',
      issuer: 'Chủ tịch UBND tỉnh Thanh Hóa',
      source:
        'https://baotainguyenmoitruong.vn/thanh-hoa-cong-bo-xep-hang-chi-so-cai-cach-hanh-chinh-nam-2023-369667.html',
      note:
        'Results decision (CCHC index 2023 of 20 departments and 27 districts); the methodology table is not ' +
        'public. Cited only as the context of the results: nothing in this file is taken from it.',
    },
    {
      document: '876/QĐ-BNV',
      date: '2022-11-10',
      issuer: 'Bộ Nội vụ',
      note: 'Source of the bands A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 % (provincial PAR INDEX 2022).',
    },
  ],
  unitKind: 'district',
  result: { type: 'points' },
  missing: 'zero',
  display: { decimals: 2, mode: 'half-up' },
  ranking: { method: 'competition', on: 'exact' },
  bands: [
    { code: 'A', label: { vi: 'Loại A', en: 'Band A' }, atLeast: '90' },
    { code: 'B', label: { vi: 'Loại B', en: 'Band B' }, atLeast: '80' },
    { code: 'C', label: { vi: 'Loại C', en: 'Band C' }, atLeast: '70' },
  ],
  tree,
}

const doc = new Document(methodology)
// In the tree and the bands, short titles and labels, rule calls without band lists, and each band read best
// on one line (long flow collections would be folded over several lines: those stay block maps).
const flowStyle: visitor = {
  Pair(_, pair) {
    if (!isScalar(pair.key) || !isMap(pair.value)) return
    const key = pair.key.value
    const oneLine = JSON.stringify(pair.value.toJSON()).length
    if ((key === 'title' || key === 'label') && oneLine <= 84) pair.value.flow = true
    if (key === 'rule' && !pair.value.hasIn(['with', 'bands'])) pair.value.flow = true
  },
  Map(_, map) {
    const keys = map.items.map((item) => (isScalar(item.key) ? item.key.value : undefined))
    if (keys.includes('points') && (keys.includes('atLeast') || keys.includes('atMost'))) map.flow = true
  },
}
visit(doc.get('tree', true) as Node, flowStyle)
visit(doc.get('bands', true) as Node, flowStyle)
visit(doc, {
  Scalar(_, scalar) {
    if (typeof scalar.value !== 'string') return
    // Quote dates, so that no YAML 1.1 reader turns them into timestamps.
    if (/^\d{4}-\d{2}-\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE'
    // Long texts (descriptions, notes) as folded blocks: wrapped, and kept as they are by the formatter.
    if (scalar.value.length > 90 && !scalar.value.startsWith('http')) scalar.type = 'BLOCK_FOLDED'
  },
})
const yamlText = doc.toString({ lineWidth: 110, flowCollectionPadding: true })
writeFileSync(
  join(root, 'district.methodology.yaml'),
  '# Generated by scripts/generate.ts — edit the script, not this file\n' +
    '# ILLUSTRATIVE methodology: every title, point, rule and threshold is invented; not an official table.\n' +
    yamlText,
)

// ---------------------------------------------------------------------------------------------------------
// The synthetic dataset.

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

/** The 27 district-level units of Thanh Hóa before the 2025 reorganisation: 2 cities, 2 towns, 23 districts. */
const UNITS: Array<[string, string]> = [
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

/** Cells that do not apply (KAD) — fixed, not drawn, so the README can name them. */
const NOT_APPLICABLE: Record<string, string[]> = {
  'tx-bim-son': ['2.3.2'],
  'quan-son': ['2.3.2', '5.4.2'],
}
/** Cells left empty (missing; the methodology scores them zero). */
const MISSING: Record<string, string[]> = {
  'nhu-xuan': ['1.4.2'],
  'lang-chanh': ['7.4.1'],
}

const isShare = (kind: LeafKind): boolean =>
  kind.rule === 'bands-percent' || kind.rule === 'proportional' || kind.rule === 'survey-share'
const header = ['unit', 'name']
for (const { code, spec } of leaves) {
  if (isShare(spec.kind)) header.push(`${code}:done`, `${code}:total`)
  else header.push(code)
}

/** One leaf's cells for a unit of quality `q` (per mille, 880–959). */
function draw(spec: LeafSpec, q: number): string[] {
  const kind = spec.kind
  // Achievement per mille: the leaf's typical level, shifted by the unit's quality, plus noise.
  const achieved = (spread: number) => clamp((spec.level ?? 950) + (q - 910) + int(-spread, spread), 0, 1000)
  switch (kind.rule) {
    case 'yes-no': {
      const yes = int(0, 999) < achieved(0) + 30
      return kind.numeric ? [yes ? '1' : '0'] : [yes ? 'có' : 'không']
    }
    case 'bands-percent':
    case 'proportional':
    case 'survey-share': {
      const total = int(kind.total[0], kind.total[1])
      const done = Math.floor((total * achieved(40)) / 1000)
      return [String(done), String(total)]
    }
    case 'bands-value':
      return [
        scaled(
          clamp(int(kind.range[0], kind.range[1]) + Math.trunc((q - 910) / 2), -99999, 99999),
          kind.decimals,
        ),
      ]
    case 'deduction':
      // More occurrences in weaker units: 0 for most, a few for some.
      return [String(Math.floor((int(0, 99) * (1000 - q) * kind.often) / 60_000))]
    case 'survey-mean':
      // A mean of answers on 1–5, two decimals: 1.00 + 4 × achievement.
      return [scaled(100 + Math.floor((400 * achieved(50)) / 1000), 2)]
    case 'points': {
      // Appraised points in quarter steps, at most the node's maximum.
      const quarters = hundredths(spec.max) / 25
      const got = Math.floor((quarters * achieved(80) + 500) / 1000)
      return [points(got * 25)]
    }
  }
}

const rows: string[] = []
for (const [unit, name] of UNITS) {
  const q = int(880, 959)
  const cells = [unit, name]
  for (const { code, spec } of leaves) {
    const values = draw(spec, q)
    if (NOT_APPLICABLE[unit]?.includes(code)) cells.push(...values.map(() => 'KAD'))
    else if (MISSING[unit]?.includes(code)) cells.push(...values.map(() => ''))
    else cells.push(...values)
  }
  rows.push(cells.join(','))
}

const csvText = [
  '# SYNTHETIC data — NOT real results. Generated by scripts/generate.ts with mulberry32, seed ' + SEED + '.',
  '# Units: the 27 district-level units of Thanh Hóa before the 2025 reorganisation; every value is invented.',
  '# For the ILLUSTRATIVE methodology district.methodology.yaml. KAD = not applicable; empty = missing.',
  header.join(','),
  ...rows,
].join('\n')
writeFileSync(join(root, 'districts-2023.synthetic.csv'), `${csvText}\n`)

console.log(
  `wrote district.methodology.yaml (${AREAS.length} areas, ${criteriaCount} criteria, ${leaves.length} leaves) and districts-2023.synthetic.csv (${UNITS.length} units, seed ${SEED})`,
)
