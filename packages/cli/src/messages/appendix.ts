/**
 * The words `chiso import methodology` prints around an appendix table, in Vietnamese and English.
 *
 * @example
 * ```ts
 * APPENDIX_MESSAGES.en.rows(3, 2, 1, 0) // '3 rows: 2 used, 1 ignored, 0 rejected'
 * ```
 */
export const APPENDIX_MESSAGES = {
  vi: {
    table: (where: string, row: number) => `${where}: bảng phụ lục, dòng tiêu đề ${row}`,
    exact: (name: string) => `đọc lại đúng nguyên bản: bảng khớp với bộ chỉ số ${name} mà tệp mang theo`,
    carried: (name: string) => `bảng đã được sửa so với bộ chỉ số ${name} mà tệp mang theo`,
    rows: (all: number, used: number, ignored: number, rejected: number) =>
      `${all} dòng: ${used} dùng, ${ignored} bỏ qua, ${rejected} bị từ chối`,
    notes: (count: number) => `${count} điểm cần kiểm tra:`,
    wrote: (file: string, nodes: number) => `đã ghi ${file} (${nodes} nút)`,
    header: (file: string) => `Nhập từ ${file} bằng chiso import methodology`,
    draft: 'BẢN NHÁP: kiểm tra từng quy tắc chấm trước khi dùng',
  },
  en: {
    table: (where: string, row: number) => `${where}: appendix table, header row ${row}`,
    exact: (name: string) => `read back exactly: the table matches the methodology it carries (${name})`,
    carried: (name: string) => `the table was edited since it was rendered from ${name}`,
    rows: (all: number, used: number, ignored: number, rejected: number) =>
      `${all} rows: ${used} used, ${ignored} ignored, ${rejected} rejected`,
    notes: (count: number) => `${count} to check:`,
    wrote: (file: string, nodes: number) => `wrote ${file} (${nodes} nodes)`,
    header: (file: string) => `Imported from ${file} by chiso import methodology`,
    draft: 'DRAFT: check every scoring rule before use',
  },
} as const
