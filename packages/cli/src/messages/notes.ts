/**
 * The words of the notes commands write on stderr besides their results: that a file was written and what it
 * holds, counted with each language's plural (one unit, 2 units; Vietnamese does not inflect).
 *
 * @example
 * ```ts
 * NOTES_MESSAGES.vi.wrote('bang-diem.csv', NOTES_MESSAGES.vi.units(27)) // 'đã ghi bang-diem.csv (27 đơn vị)'
 * NOTES_MESSAGES.en.units(1)                                             // '1 unit'
 * ```
 */
export const NOTES_MESSAGES = {
  vi: {
    wrote: (file: string, what: string) => `đã ghi ${file}${what === '' ? '' : ` (${what})`}`,
    wroteTwo: (first: string, second: string) => `${first}; ${String(second).replace(/^đã ghi /, 'và ')}`,
    units: (count: number) => `${count} đơn vị`,
    periods: (count: number) => `${count} kỳ`,
    changes: (count: number) => `${count} thay đổi`,
    runs: (count: number) => `${count} lần chạy`,
    rows: (count: number) => `${count} dòng`,
    estimates: (count: number) => `${count} ước lượng`,
    observations: (count: number) => `${count} giá trị`,
    indicators: (count: number) => `${count} chỉ tiêu`,
    criteria: (count: number) => `${count} tiêu chí`,
    leaves: (count: number) => `${count} tiêu chí lá`,
    unitRecords: (count: number) => `${count} bản ghi đơn vị`,
    events: (count: number) => `${count} sự kiện`,
    errors: (count: number) => `${count} lỗi`,
    round: (round: string) => `vòng ${round}`,
    missingValues: (count: number) => `${count} giá trị còn thiếu`,
    rebased: (file: string, data: string, to: string, command: string) =>
      `đã ghi ${file}: ${data} theo ${to}; chấm điểm bằng: ${command}`,
    planStatus: (status: string) => `tình trạng ${status}`,
  },
  en: {
    wrote: (file: string, what: string) => `wrote ${file}${what === '' ? '' : ` (${what})`}`,
    wroteTwo: (first: string, second: string) => `${first} and ${String(second).replace(/^wrote /, '')}`,
    units: (count: number) => `${count} unit${count === 1 ? '' : 's'}`,
    periods: (count: number) => `${count} period${count === 1 ? '' : 's'}`,
    changes: (count: number) => `${count} change${count === 1 ? '' : 's'}`,
    runs: (count: number) => `${count} run${count === 1 ? '' : 's'}`,
    rows: (count: number) => `${count} row${count === 1 ? '' : 's'}`,
    estimates: (count: number) => `${count} estimate${count === 1 ? '' : 's'}`,
    observations: (count: number) => `${count} observation${count === 1 ? '' : 's'}`,
    indicators: (count: number) => `${count} indicator${count === 1 ? '' : 's'}`,
    criteria: (count: number) => `${count} criteri${count === 1 ? 'on' : 'a'}`,
    leaves: (count: number) => `${count} lea${count === 1 ? 'f' : 'ves'}`,
    unitRecords: (count: number) => `${count} unit record${count === 1 ? '' : 's'}`,
    events: (count: number) => `${count} event${count === 1 ? '' : 's'}`,
    errors: (count: number) => `${count} error${count === 1 ? '' : 's'}`,
    round: (round: string) => `round ${round}`,
    missingValues: (count: number) => `${count} missing value${count === 1 ? '' : 's'}`,
    rebased: (file: string, data: string, to: string, command: string) =>
      `wrote ${file}: ${data} under ${to}; score it with: ${command}`,
    planStatus: (status: string) => status,
  },
} as const
