/**
 * The words of the ranking table (`chiso score`'s table format): column headings and the count line under it.
 *
 * @example
 * ```ts
 * RANKING_MESSAGES.vi.rank         // 'Hạng'
 * RANKING_MESSAGES.en.units(2, 1)  // '2 units, 1 unranked'
 * ```
 */
export const RANKING_MESSAGES = {
  vi: {
    rank: 'Hạng',
    unit: 'Mã',
    name: 'Tên đơn vị',
    group: 'Nhóm',
    index: 'Chỉ số',
    band: 'Xếp loại',
    score: 'Điểm',
    max: 'Tối đa',
    units: (count: number, unranked: number) =>
      `${count} đơn vị${unranked === 0 ? '' : `, ${unranked} đơn vị không được xếp hạng`}`,
  },
  en: {
    rank: 'Rank',
    unit: 'Unit',
    name: 'Name',
    group: 'Group',
    index: 'Index',
    band: 'Band',
    score: 'Score',
    max: 'Max',
    units: (count: number, unranked: number) =>
      `${count} unit${count === 1 ? '' : 's'}${unranked === 0 ? '' : `, ${unranked} unranked`}`,
  },
} as const
