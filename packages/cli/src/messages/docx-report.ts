/**
 * The words of the Word report (`chiso report --format docx`) that the HTML report does not already have in
 * `REPORT_LABELS`: the legends and notes written beside each chart (a picture has no tooltip), the trend
 * and owners sections, and the document's properties.
 *
 * @example
 * ```ts
 * DOCX_REPORT_MESSAGES.vi.chartOf('Xếp hạng') // 'Biểu đồ: Xếp hạng'
 * DOCX_REPORT_MESSAGES.en.legend               // 'Legend'
 * ```
 */
export const DOCX_REPORT_MESSAGES = {
  vi: {
    chartOf: (title: string) => `Biểu đồ: ${title}`,
    legend: 'Chú giải',
    profileLegend: (name: string) => `Chấm xanh dương: ${name}; chấm xám: trung vị; chấm xanh lá: cao nhất.`,
    simulationLegend: 'Đoạn thẳng: phân vị 5–95 của hạng; chấm: trung vị; vạch đỏ: hạng hiện tại.',
    trendTitle: 'Diễn biến qua các năm',
    trendNote: 'Đường: thứ hạng của các đơn vị được chọn và các đơn vị thay đổi thứ hạng nhiều nhất.',
    movers: (from: string, to: string) => `Thay đổi nhiều nhất ${from} → ${to}`,
    rose: 'Tăng hạng',
    fell: 'Giảm hạng',
    reRanked: 'Thứ hạng kỳ trước được xếp lại giữa các đơn vị kỳ sau (sau sắp xếp đơn vị hành chính).',
    ownersTitle: (name: string) => `Theo cơ quan phụ trách — ${name}`,
    ownersNote: 'Mỗi cơ quan: các bước trong kế hoạch và các tiêu chí còn mất điểm nhiều nhất.',
    owner: 'Cơ quan phụ trách',
    ownerSteps: 'Bước trong kế hoạch',
    ownerGaps: 'Tiêu chí còn mất điểm',
    pointsLost: 'điểm mất',
    noOwner: '(chưa giao)',
    focus: 'Đơn vị được phân tích được tô nền xanh nhạt.',
    subject: 'Báo cáo xếp hạng',
  },
  en: {
    chartOf: (title: string) => `Chart: ${title}`,
    legend: 'Legend',
    profileLegend: (name: string) => `Blue dot: ${name}; grey dot: median; green dot: best.`,
    simulationLegend: 'Line: 5th–95th percentile of the rank; dot: median; red tick: current rank.',
    trendTitle: 'Over the years',
    trendNote: 'Lines: the rank of the chosen units and of the biggest movers.',
    movers: (from: string, to: string) => `Biggest movers ${from} → ${to}`,
    rose: 'Rose',
    fell: 'Fell',
    reRanked: 'Earlier ranks are re-ranked among the later units (after a reorganisation).',
    ownersTitle: (name: string) => `By owner — ${name}`,
    ownersNote: 'Each office: its steps of the plan and the criteria where the unit loses most points.',
    owner: 'Owner',
    ownerSteps: 'Plan steps',
    ownerGaps: 'Points lost',
    pointsLost: 'points lost',
    noOwner: '(no owner)',
    focus: 'The unit in focus is shaded light blue.',
    subject: 'Ranking report',
  },
} as const

/**
 * The Word report's own words in one language.
 *
 * @example
 * ```ts
 * const words: DocxReportMessages = DOCX_REPORT_MESSAGES.vi
 * ```
 */
export type DocxReportMessages = (typeof DOCX_REPORT_MESSAGES)['vi' | 'en']
