// Generates the ILLUSTRATIVE department CCHC methodology (department.methodology.yaml) and its SYNTHETIC
// dataset (departments-2023.synthetic.csv). Run from the repository root:
//
//   pnpm exec tsx examples/department-cchc/scripts/generate.ts
//
// One published fact is reproduced: in Thanh Hóa's 2023 results (Quyết định 600/QĐ-UBND) Ban Dân tộc scored
// 68.32 points = 81.33 %, so its maximum was 84 — criteria that do not apply to a unit are removed from its
// maximum. Its 68.32 points are spread over the criteria of this illustrative tree by hand; every title,
// point, criterion and every other department's value is INVENTED (the official table is not public), and
// the other values come from a seeded PRNG. Same seed → byte-identical files.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, isMap, isScalar, visit } from 'yaml'

/** The PRNG seed: change it and the synthetic values change (Ban Dân tộc's do not). */
export const SEED = 20230600

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')

interface Leaf {
  vi: string
  en: string
  max: string
  /** `yes-no`: chiso/yes-no (data có/không); `points`: chiso/points (appraised points). */
  rule: 'yes-no' | 'points'
}
interface Area {
  vi: string
  en: string
  leaves: Leaf[]
}

const pts = (vi: string, en: string, max: string): Leaf => ({ vi, en, max, rule: 'points' })
const yn = (vi: string, en: string, max: string): Leaf => ({ vi, en, max, rule: 'yes-no' })

const AREAS: Area[] = [
  {
    vi: 'Công tác chỉ đạo, điều hành CCHC',
    en: 'Direction and management of PAR',
    leaves: [
      yn('Ban hành kế hoạch CCHC năm đúng hạn', 'Annual PAR plan issued on time', '3'),
      pts('Báo cáo CCHC định kỳ đầy đủ, đúng hạn', 'Periodic PAR reports complete and on time', '3'),
      pts('Kiểm tra CCHC tại các đơn vị trực thuộc', 'PAR inspections of subordinate units', '4'),
    ],
  },
  {
    vi: 'Xây dựng và tổ chức thực hiện văn bản QPPL',
    en: 'Legal documents: drafting and implementation',
    leaves: [
      pts('Tham mưu ban hành văn bản QPPL theo kế hoạch', 'Legal documents drafted as planned', '4'),
      pts('Rà soát, hệ thống hóa văn bản QPPL', 'Review and codification of legal documents', '3'),
      pts('Theo dõi thi hành pháp luật', 'Monitoring of law enforcement', '3'),
    ],
  },
  {
    vi: 'Cải cách thủ tục hành chính',
    en: 'Administrative procedures',
    leaves: [
      pts('Rà soát, đơn giản hóa TTHC', 'Review and simplification of procedures', '5'),
      yn('Công khai TTHC đầy đủ, đúng quy định', 'Procedures published completely, as required', '5'),
      pts('Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 'Share of procedure files settled on time', '10'),
    ],
  },
  {
    vi: 'Cải cách tổ chức bộ máy',
    en: 'Organisation of the apparatus',
    leaves: [
      pts('Sắp xếp tổ chức bộ máy theo quy định', 'Organisation arranged as required', '4'),
      pts('Giao quyền tự chủ cho đơn vị sự nghiệp công lập', 'Autonomy of public service units', '6'),
      pts('Thực hiện quy chế làm việc', 'Working rules applied', '2'),
    ],
  },
  {
    vi: 'Xây dựng đội ngũ công chức, viên chức',
    en: 'Civil servants and public employees',
    leaves: [
      pts('Vị trí việc làm và cơ cấu ngạch công chức', 'Job positions and grades', '4'),
      pts('Tuyển dụng, bố trí công chức đúng quy định', 'Recruitment and assignment as required', '4'),
      pts('Đào tạo, bồi dưỡng công chức', 'Training of civil servants', '4'),
    ],
  },
  {
    vi: 'Cải cách tài chính công',
    en: 'Public finance',
    leaves: [
      pts('Thực hiện dự toán ngân sách', 'Budget execution', '4'),
      pts('Thực hành tiết kiệm, chống lãng phí', 'Thrift and the fight against waste', '3'),
      pts('Công khai ngân sách', 'Budget transparency', '3'),
    ],
  },
  {
    vi: 'Xây dựng chính quyền điện tử, chính quyền số',
    en: 'E-government and digital government',
    leaves: [
      pts('Cung cấp dịch vụ công trực tuyến toàn trình', 'Full online public services', '10'),
      pts('Số hóa hồ sơ, kết quả giải quyết TTHC', 'Digitised files and results', '8'),
      pts('Ứng dụng văn bản điện tử, chữ ký số', 'Electronic documents and digital signatures', '8'),
    ],
  },
]

/** PLACEHOLDER list of 20 departments (the usual ones of a province before 2025, plus Ban Dân tộc). */
const UNITS: Array<[string, string]> = [
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

/**
 * Ban Dân tộc's values: 3.3 and 4.2 (16 points) do not apply, and the rest add up to the published 68.32 points
 * (their split over the criteria is invented).
 */
const BAN_DAN_TOC: Record<string, string> = {
  '1.1': 'có',
  '1.2': '2.5',
  '1.3': '3.25',
  '2.1': '3.5',
  '2.2': '2.75',
  '2.3': '2.5',
  '3.1': '4.25',
  '3.2': 'có',
  '3.3': 'KAD',
  '4.1': '3.5',
  '4.2': 'KAD',
  '4.3': '2',
  '5.1': '3.25',
  '5.2': '3.5',
  '5.3': '3',
  '6.1': '3.5',
  '6.2': '2.5',
  '6.3': '2.25',
  '7.1': '7.5',
  '7.2': '5.32',
  '7.3': '5.25',
}
/** Another department without public service units: 4.2 does not apply (maximum 94). */
const NOT_APPLICABLE: Record<string, string[]> = { 'thanh-tra-tinh': ['4.2'] }

const methodology = {
  id: 'cchc.department.illustrative',
  version: '0.1.0',
  title: {
    vi: 'Chỉ số CCHC các sở, ban, ngành — ví dụ minh họa (không phải bộ chỉ số chính thức)',
    en: 'Department PAR (CCHC) index — illustrative example (not an official methodology)',
  },
  description: {
    vi:
      'Ví dụ MINH HỌA, KHÔNG phải bảng chỉ số chính thức: 7 lĩnh vực, 21 tiêu chí, 100 điểm, toàn bộ tên, điểm và ' +
      'cách chấm đều được đặt ra để minh họa. Tiêu chí không áp dụng (KAD) được trừ khỏi điểm tối đa của đơn vị: ' +
      'như Ban Dân tộc tỉnh Thanh Hóa năm 2023 đạt 68,32 điểm = 81,33 %, tức điểm tối đa 84.',
    en:
      'An ILLUSTRATIVE example, NOT an official table: 7 areas, 21 criteria, 100 points; every title, point and ' +
      'rule is invented. Criteria that do not apply (KAD) are removed from the unit’s maximum: as Thanh Hóa’s Ban ' +
      'Dân tộc scored 68.32 points = 81.33 % in 2023, a maximum of 84.',
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
        'Results decision (CCHC index 2023 of 20 departments and 27 districts). Only Ban Dân tộc’s 68.32 points = ' +
        '81.33 % is taken from the published results; the methodology table is not public.',
    },
    {
      document: '876/QĐ-BNV',
      date: '2022-11-10',
      issuer: 'Bộ Nội vụ',
      note: 'Source of the bands A ≥ 90 %, B 80 – < 90 %, C 70 – < 80 % (provincial PAR INDEX 2022).',
    },
  ],
  unitKind: 'department',
  result: { type: 'points' },
  missing: 'zero',
  display: { decimals: 2, mode: 'half-up' },
  ranking: { method: 'competition', on: 'exact', within: 'group' },
  bands: [
    { code: 'A', label: { vi: 'Loại A', en: 'Band A' }, atLeast: '90' },
    { code: 'B', label: { vi: 'Loại B', en: 'Band B' }, atLeast: '80' },
    { code: 'C', label: { vi: 'Loại C', en: 'Band C' }, atLeast: '70' },
  ],
  tree: AREAS.map((area, a) => ({
    code: String(a + 1),
    title: { vi: area.vi, en: area.en },
    max: String(area.leaves.reduce((sum, leaf) => sum + Number(leaf.max), 0)),
    children: area.leaves.map((leaf, l) => ({
      code: `${a + 1}.${l + 1}`,
      title: { vi: leaf.vi, en: leaf.en },
      max: leaf.max,
      source: 'appraisal',
      rule: { use: leaf.rule === 'yes-no' ? 'chiso/yes-no' : 'chiso/points' },
    })),
  })),
}

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
const int = (lo: number, hi: number): number => lo + (next() % (hi - lo + 1))

const leaves = AREAS.flatMap((area, a) =>
  area.leaves.map((leaf, l) => ({ ...leaf, code: `${a + 1}.${l + 1}` })),
)
const lines = [
  `# SYNTHETIC data — NOT real results, except Ban Dân tộc's total of 68.32 points of 84. Generated by scripts/generate.ts (mulberry32, seed ${SEED}).`,
  ['unit', 'name', 'group', ...leaves.map((leaf) => leaf.code)].join(','),
]
for (const [code, name] of UNITS) {
  const level = int(700, 960) // per mille of each maximum an average criterion reaches
  const cells = leaves.map((leaf) => {
    if (code === 'ban-dan-toc') return BAN_DAN_TOC[leaf.code]!
    if (NOT_APPLICABLE[code]?.includes(leaf.code)) return 'KAD'
    if (leaf.rule === 'yes-no') return int(1, 1000) <= level + 60 ? 'có' : 'không'
    // Hundredths of a point, never above the maximum.
    const max = Math.round(Number(leaf.max) * 100)
    const hundredths = Math.min(max, Math.round((max * Math.min(1000, level + int(-120, 120))) / 1000))
    return (hundredths / 100).toFixed(2).replace(/\.?0+$/, '')
  })
  lines.push([code, name.includes(',') ? `"${name}"` : name, 'so-ban-nganh', ...cells].join(','))
}
writeFileSync(join(root, 'departments-2023.synthetic.csv'), `${lines.join('\n')}\n`)

const doc = new Document(methodology)
visit(doc, {
  Pair(_, pair) {
    if (!isScalar(pair.key) || !isMap(pair.value)) return
    const key = pair.key.value
    if (
      (key === 'title' || key === 'label' || key === 'rule') &&
      JSON.stringify(pair.value.toJSON()).length <= 90
    )
      pair.value.flow = true
  },
  Scalar(_, scalar) {
    if (typeof scalar.value !== 'string') return
    if (/^\d{4}-\d{2}-\d{2}$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE'
    if (scalar.value.length > 90 && !scalar.value.startsWith('http')) scalar.type = 'BLOCK_FOLDED'
  },
})
writeFileSync(
  join(root, 'department.methodology.yaml'),
  '# ILLUSTRATIVE methodology, not an official table — generated by scripts/generate.ts (edit the script, not this file)\n' +
    doc.toString({ lineWidth: 110, flowCollectionPadding: true }),
)
