/**
 * Every word `chiso what-if` writes, in Vietnamese and English (same keys in both).
 *
 * @example
 * ```ts
 * WHAT_IF_MESSAGES.en.rankMove(3) // 'up 3'
 * ```
 */
export const WHAT_IF_MESSAGES = {
  vi: {
    heading: (unit: string, name: string) => `Giả định cho ${name} (${unit})`,
    methodology: 'Bộ chỉ số',
    weightsChanged: 'trọng số đã đổi, dấu vân tay mới',
    index: 'Chỉ số',
    rank: 'Hạng',
    band: 'Xếp loại',
    noRank: 'không xếp hạng',
    noBand: 'chưa xếp loại',
    rankMove: (delta: number) =>
      delta > 0 ? `lên ${delta} bậc` : delta < 0 ? `xuống ${-delta} bậc` : 'không đổi',
    changedLeaves: 'Tiêu chí được thay đổi (điểm trước → sau)',
    changedWeights: 'Trọng số được thay đổi',
    movedNodes: 'Các tiêu chí, lĩnh vực có điểm thay đổi',
    otherUnits: 'Đơn vị khác đổi hạng',
    noOtherUnits: 'Không đơn vị nào khác đổi hạng.',
    noChange: 'không đổi',
    value: 'giá trị',
    unknownNode: (code: string) => `bộ chỉ số không có tiêu chí "${code}"`,
    notALeaf: (code: string) => `"${code}" được tính từ các tiêu chí con, không nhận giá trị trực tiếp`,
    outOfRange: (message: string) => `giá trị không dùng được: ${message}`,
    noUnit: (unit: string) => `dữ liệu không có đơn vị "${unit}"`,
    nothingToChange: 'không có thay đổi nào: dùng --set MÃ=GIÁ-TRỊ, --weight MÃ=TRỌNG-SỐ hoặc --changes TỆP',
  },
  en: {
    heading: (unit: string, name: string) => `What-if for ${name} (${unit})`,
    methodology: 'Methodology',
    weightsChanged: 'weights changed, new fingerprint',
    index: 'Index',
    rank: 'Rank',
    band: 'Band',
    noRank: 'not ranked',
    noBand: 'no band',
    rankMove: (delta: number) => (delta > 0 ? `up ${delta}` : delta < 0 ? `down ${-delta}` : 'unchanged'),
    changedLeaves: 'Changed criteria (points before → after)',
    changedWeights: 'Changed weights',
    movedNodes: 'Criteria and areas whose points moved',
    otherUnits: 'Other units whose rank changed',
    noOtherUnits: 'No other unit changed rank.',
    noChange: 'unchanged',
    value: 'value',
    unknownNode: (code: string) => `the methodology has no criterion "${code}"`,
    notALeaf: (code: string) => `"${code}" is computed from its children and takes no value`,
    outOfRange: (message: string) => `the value cannot be used: ${message}`,
    noUnit: (unit: string) => `the data has no unit "${unit}"`,
    nothingToChange: 'nothing to change: give --set CODE=VALUE, --weight CODE=WEIGHT or --changes FILE',
  },
} as const
