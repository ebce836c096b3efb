/**
 * The words of an import's report on stderr (`chiso import`, and the notes of every command that reads a
 * spreadsheet): what was read, the cells ignored and why, the cells rejected. The adapters give each reason
 * in English with a code; in another language a coded reason is said by its sentence of `IMPORT_REASON_MESSAGES`,
 * and only a reason without a code (a table built outside the adapters) by the general one here.
 *
 * @example
 * ```ts
 * IMPORT_MESSAGES.vi.rejected(2, '') // '2 ô bị loại, tính là thiếu số liệu:'
 * ```
 */
export const IMPORT_MESSAGES = {
  vi: {
    note: 'ghi chú',
    warning: 'cảnh báo',
    columnIgnored: (column: string, reason: string) => `bỏ qua cột ${column}: ${reason}`,
    rowIgnored: (row: number, reason: string) => `bỏ qua dòng ${row}: ${reason}`,
    blockIgnored: (rows: string, columns: string, reason: string) =>
      `bỏ qua các dòng ${rows}, các cột ${columns}: ${reason}`,
    rejected: (count: number, affected: string) => `${count} ô bị loại, tính là thiếu số liệu${affected}:`,
    affected: (count: number, shown: string) => ` (${count} đơn vị bị ảnh hưởng: ${shown})`,
    moreUnits: (count: number) => `, … và ${count} đơn vị khác`,
    cannotRead: (value: string) => `không đọc được ${value}`,
    more: (count: number) => `… và ${count} ô khác`,
    reason: 'không dùng được (xem lý do bằng --lang en)',
    cellReason: 'không phải giá trị cần có ở ô này (xem lý do bằng --lang en)',
    warningText: 'cần xem lại ô này (xem chi tiết bằng --lang en)',
    format: {
      template: 'sổ mẫu của chiso template',
      wide: 'bảng dạng rộng',
      long: 'bảng dạng dài',
      data: (format: string) => `số liệu ${format}`,
    },
    orientation: (orientation: string) =>
      orientation === 'columns' ? 'đơn vị theo cột' : 'đơn vị theo dòng',
    header: (orientation: string, row: number) =>
      `${orientation === 'columns' ? 'cột' : 'dòng'} tiêu đề ${row}`,
    delimiter: (delimiter: string) => `dấu phân cách ${delimiter}`,
    cells: (
      units: number,
      observations: number,
      total: number,
      used: number,
      ignored: number,
      rejected: number,
    ) =>
      `${units} đơn vị, ${observations} giá trị; ${total} ô: ${used} ô dùng, ${ignored} ô bỏ qua, ${rejected} ô bị loại`,
  },
  en: {
    note: 'note',
    warning: 'warning',
    columnIgnored: (column: string, reason: string) => `column ${column} ignored: ${reason}`,
    rowIgnored: (row: number, reason: string) => `row ${row} ignored: ${reason}`,
    blockIgnored: (rows: string, columns: string, reason: string) =>
      `rows ${rows}, columns ${columns} ignored: ${reason}`,
    rejected: (count: number, affected: string) =>
      `${count} cell${count === 1 ? '' : 's'} rejected, counted as missing${affected}:`,
    affected: (count: number, shown: string) =>
      ` (${count} unit${count === 1 ? '' : 's'} affected: ${shown})`,
    moreUnits: (count: number) => `, … ${count} more`,
    cannotRead: (value: string) => `cannot read ${value}`,
    more: (count: number) => `… and ${count} more`,
    reason: 'not used (the reason in English)',
    cellReason: 'not a value this cell can hold',
    warningText: 'a cell to check',
    format: {
      template: 'chiso template workbook',
      wide: 'wide table',
      long: 'long table',
      data: (format: string) => `${format} data`,
    },
    orientation: (orientation: string) => `units in ${orientation}`,
    header: (orientation: string, row: number) =>
      `header ${orientation === 'columns' ? 'column' : 'row'} ${row}`,
    delimiter: (delimiter: string) => `delimiter ${delimiter}`,
    cells: (
      units: number,
      observations: number,
      total: number,
      used: number,
      ignored: number,
      rejected: number,
    ) =>
      `${units} units, ${observations} observations; ${total} cells: ${used} used, ${ignored} ignored, ${rejected} rejected`,
  },
} as const
