/**
 * What `chiso studio` prints, in Vietnamese and English (same keys in both).
 *
 * @example
 * ```ts
 * STUDIO_MESSAGES.en.serving('http://127.0.0.1:4173/') // 'chiso studio: http://127.0.0.1:4173/ — …'
 * ```
 */
export const STUDIO_MESSAGES = {
  vi: {
    serving: (url: string) =>
      `chiso studio: ${url} — mở địa chỉ này trong trình duyệt; dữ liệu chỉ được xử lý trong trình duyệt. Nhấn Ctrl+C để dừng.`,
    notBuilt: (dir: string) => `không tìm thấy chiso studio đã dựng tại ${dir} (thiếu index.html)`,
    notBuiltHint: 'dựng nó bằng `pnpm --filter @chiso/studio run build`, hoặc chỉ thư mục đã dựng bằng --dir',
    notInstalled: 'không tìm thấy gói @chiso/studio',
    portInUse: (port: number) =>
      `cổng ${port} đang được dùng: chọn cổng khác bằng --port (0: một cổng còn trống)`,
    badPort: 'cần một số nguyên từ 0 đến 65535',
  },
  en: {
    serving: (url: string) =>
      `chiso studio: ${url} — open this address in a browser; the data is processed in the browser only. Press Ctrl+C to stop.`,
    notBuilt: (dir: string) => `no built chiso studio in ${dir} (index.html is missing)`,
    notBuiltHint:
      'build it with `pnpm --filter @chiso/studio run build`, or give the built folder with --dir',
    notInstalled: 'the @chiso/studio package was not found',
    portInUse: (port: number) => `port ${port} is in use: choose another with --port (0: any free port)`,
    badPort: 'expected a whole number from 0 to 65535',
  },
} as const
