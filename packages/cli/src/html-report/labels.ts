/**
 * The language of a report's own words (headings, column names, notes); the methodology's titles follow it
 * too, through their `vi`/`en` texts.
 *
 * @example
 * ```ts
 * const language: ReportLanguage = 'vi'
 * ```
 */
export type ReportLanguage = 'vi' | 'en'

/**
 * Every word a report writes around the data, in Vietnamese and English.
 *
 * @example
 * ```ts
 * REPORT_LABELS.en.ranking // 'Ranking'
 * ```
 */
export const REPORT_LABELS = {
  vi: {
    methodology: 'Bộ chỉ số',
    fingerprint: 'Dấu vân tay',
    dataset: 'Dữ liệu',
    units: 'đơn vị',
    illustrative: 'Bộ chỉ số minh họa: không phải bảng chỉ số chính thức.',
    draft: 'Bản dự thảo: không phải bảng chỉ số chính thức.',
    diagnostics: (errors: number, warnings: number) =>
      `Chẩn đoán dữ liệu: ${errors} lỗi, ${warnings} cảnh báo (xem chiso score).`,
    ranking: 'Xếp hạng',
    rank: 'Hạng',
    change: 'Thay đổi',
    unit: 'Đơn vị',
    code: 'Mã',
    index: 'Chỉ số',
    band: 'Xếp loại',
    noBand: 'Chưa xếp loại',
    newUnit: 'mới',
    comparedWith: (what: string) => `Thay đổi so với xếp hạng trước: ${what}.`,
    areas: 'Chỉ số theo lĩnh vực',
    areasNote: 'Mỗi thanh là chỉ số của một đơn vị, chia theo phần đóng góp của từng lĩnh vực.',
    notAdditive:
      'Các lĩnh vực của bộ chỉ số này không cộng dồn thành chỉ số, nên mỗi thanh chỉ thể hiện chỉ số.',
    someUnits: (shown: number, total: number) =>
      `Biểu đồ thể hiện ${shown} trong ${total} đơn vị (các hạng đầu và đơn vị được phân tích); bảng xếp hạng liệt kê đủ.`,
    contribution: 'Đóng góp vào chỉ số',
    profile: (name: string) => `Hồ sơ của ${name}`,
    profileNote: 'Chỉ số từng lĩnh vực của đơn vị so với trung vị và đơn vị cao nhất.',
    area: 'Lĩnh vực',
    median: 'Trung vị',
    best: 'Cao nhất',
    simulation: 'Khoảng hạng khi có bất định',
    simulationNote: (runs: number, seed: number, factors: string) =>
      `${runs} lần mô phỏng, hạt giống ${seed}; yếu tố bất định: ${factors}. Đoạn thẳng: phân vị 5–95 của hạng; chấm: trung vị; vạch đỏ: hạng hiện tại.`,
    noFactors: 'không có',
    nominalRank: 'Hạng hiện tại',
    p5p95: 'P5–P95',
    probability: (rank: number) => `P(hạng ≤ ${rank})`,
    plan: (name: string) => `Kế hoạch nâng hạng cho ${name}`,
    planStatus: {
      met: 'Đã đạt mục tiêu: không cần thay đổi.',
      optimal: 'Tối ưu (chi phí thấp nhất đã được chứng minh).',
      'best-found': 'Phương án tốt nhất tìm được.',
      unreachable: 'Không thể đạt mục tiêu.',
    },
    target: 'Mục tiêu',
    targetRise: (ranks: number, rank: number) => `tăng ${ranks} hạng (hạng ${rank} trở lên)`,
    targetRank: (rank: number) => `đạt hạng ${rank}`,
    targetOvertake: (unit: string, rank: number) => `vượt ${unit} (hạng ${rank})`,
    verified: 'Đã kiểm chứng bằng cách chấm lại dữ liệu sau thay đổi.',
    notVerified: 'CHƯA kiểm chứng: chấm lại không xác nhận mục tiêu.',
    criterion: 'Tiêu chí',
    title: 'Nội dung',
    fromTo: 'Từ → đến',
    points: 'Điểm tăng',
    indexGain: 'Chỉ số tăng',
    cost: 'Chi phí',
    total: 'Tổng',
    before: 'Trước',
    after: 'Sau',
    footer:
      'Tạo bởi chiso report. Số liệu hiển thị được làm tròn theo bộ chỉ số; xếp hạng theo giá trị chính xác.',
  },
  en: {
    methodology: 'Methodology',
    fingerprint: 'Fingerprint',
    dataset: 'Data',
    units: 'units',
    illustrative: 'Illustrative methodology: not an official table.',
    draft: 'Draft methodology: not an official table.',
    diagnostics: (errors: number, warnings: number) =>
      `Data diagnostics: ${errors} errors, ${warnings} warnings (see chiso score).`,
    ranking: 'Ranking',
    rank: 'Rank',
    change: 'Change',
    unit: 'Unit',
    code: 'Code',
    index: 'Index',
    band: 'Band',
    noBand: 'No band',
    newUnit: 'new',
    comparedWith: (what: string) => `Change against the previous ranking: ${what}.`,
    areas: 'Index by area',
    areasNote: 'Each bar is one unit’s index, split into what each area contributes.',
    notAdditive: 'This methodology’s areas do not add up to its index, so each bar shows the index only.',
    someUnits: (shown: number, total: number) =>
      `The chart shows ${shown} of ${total} units (the top ranks and the unit in focus); the ranking table lists them all.`,
    contribution: 'Contribution to the index',
    profile: (name: string) => `Profile of ${name}`,
    profileNote: 'The unit’s index in each area against the median and the best unit.',
    area: 'Area',
    median: 'Median',
    best: 'Best',
    simulation: 'Rank intervals under uncertainty',
    simulationNote: (runs: number, seed: number, factors: string) =>
      `${runs} runs, seed ${seed}; uncertain factors: ${factors}. Line: 5th–95th percentile of the rank; dot: median; red tick: current rank.`,
    noFactors: 'none',
    nominalRank: 'Current rank',
    p5p95: 'P5–P95',
    probability: (rank: number) => `P(rank ≤ ${rank})`,
    plan: (name: string) => `Rank plan for ${name}`,
    planStatus: {
      met: 'Target already met: nothing to change.',
      optimal: 'Optimal (the least cost is proven).',
      'best-found': 'Best plan found.',
      unreachable: 'The target cannot be reached.',
    },
    target: 'Target',
    targetRise: (ranks: number, rank: number) => `rise ${ranks} ranks (rank ${rank} or better)`,
    targetRank: (rank: number) => `reach rank ${rank}`,
    targetOvertake: (unit: string, rank: number) => `overtake ${unit} (rank ${rank})`,
    verified: 'Verified by re-scoring the changed data.',
    notVerified: 'NOT verified: re-scoring did not confirm the target.',
    criterion: 'Criterion',
    title: 'Title',
    fromTo: 'From → to',
    points: 'Points gained',
    indexGain: 'Index gained',
    cost: 'Cost',
    total: 'Total',
    before: 'Before',
    after: 'After',
    footer:
      'Made with chiso report. Numbers are shown with the methodology’s display rounding; ranks follow exact values.',
  },
} as const

/**
 * The words of one report language.
 *
 * @example
 * ```ts
 * const labels: ReportLabels = REPORT_LABELS.vi
 * ```
 */
export type ReportLabels = (typeof REPORT_LABELS)[ReportLanguage]
