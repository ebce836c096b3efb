/**
 * The words of the trend section of `chiso report` over a panel (ranks and index over the years).
 *
 * @example
 * ```ts
 * TREND_MESSAGES.vi.title // 'Diễn biến qua các năm'
 * ```
 */
export const TREND_MESSAGES = {
  vi: {
    title: 'Diễn biến qua các năm',
    rank: 'Thứ hạng',
    index: 'Chỉ số',
    movers: (from: string, to: string) => `Thay đổi nhiều nhất ${from} → ${to}`,
    rose: 'Tăng hạng',
    fell: 'Giảm hạng',
    unit: 'Đơn vị',
    note: 'Đường: các đơn vị được chọn và các đơn vị thay đổi thứ hạng nhiều nhất. Di chuột để xem giá trị.',
    basis: 'Cách so sánh',
    reRanked: 'Thứ hạng kỳ trước được xếp lại giữa các đơn vị kỳ sau (sau sắp xếp đơn vị hành chính).',
  },
  en: {
    title: 'Over the years',
    rank: 'Rank',
    index: 'Index',
    movers: (from: string, to: string) => `Biggest movers ${from} → ${to}`,
    rose: 'Rose',
    fell: 'Fell',
    unit: 'Unit',
    note: 'Lines: the chosen units and the biggest movers. Hover for the values.',
    basis: 'Compared with',
    reRanked: 'Earlier ranks are re-ranked among the later units (after a reorganisation).',
  },
} as const
