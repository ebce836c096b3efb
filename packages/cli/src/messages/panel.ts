/**
 * The words of the changes between periods of a panel (`chiso score` over several periods, and its
 * re-expression for later units).
 *
 * @example
 * ```ts
 * PANEL_MESSAGES.vi.changes // 'Thay đổi'
 * ```
 */
export const PANEL_MESSAGES = {
  vi: {
    changes: 'Thay đổi',
    basis: {
      same: '',
      renamed: 'đổi tên từ',
      merged: 'hợp nhất từ',
      split: 'tách từ',
      new: 'đơn vị mới',
      absent: 'không có số liệu kỳ trước',
    },
    abolished: 'giải thể',
    missing: 'thiếu trong kỳ sau',
    missingUnits: 'Đơn vị thiếu số liệu',
    weight: 'trọng số',
    equal: 'bằng nhau',
    reRanked: 'hạng kỳ trước: xếp lại giữa các đơn vị kỳ sau',
    meanOf: 'trung bình',
    noResultFor: 'không có số liệu',
    formedAs: 'Cách tính',
    itself: 'chính đơn vị',
    reexpressed: (from: string, to: string, registry: string) =>
      `Kết quả ${from} quy về các đơn vị ngày ${to} (${registry})`,
  },
  en: {
    changes: 'Changes',
    basis: {
      same: '',
      renamed: 'renamed from',
      merged: 'merged from',
      split: 'split from',
      new: 'new unit',
      absent: 'no earlier data',
    },
    abolished: 'abolished',
    missing: 'missing in the later period',
    missingUnits: 'Units missing from some periods',
    weight: 'weight',
    equal: 'equal',
    reRanked: 'earlier ranks: re-ranked among the later units',
    meanOf: 'mean of',
    noResultFor: 'no result for',
    formedAs: 'Formed as',
    itself: 'itself',
    reexpressed: (from: string, to: string, registry: string) =>
      `${from} results re-expressed for the units of ${to} (${registry})`,
  },
} as const
