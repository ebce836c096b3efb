/**
 * Every word `chiso catalogue` and the catalogue-id hints write, in Vietnamese and English (same keys in both).
 *
 * @example
 * ```ts
 * CATALOGUE_COMMAND_MESSAGES.en.heading(3) // 'chiso catalogue: 3 methodology versions'
 * ```
 */
export const CATALOGUE_COMMAND_MESSAGES = {
  vi: {
    heading: (count: number) => `Danh mục bộ chỉ số của chiso: ${count} phiên bản`,
    status: { official: 'chính thức', illustrative: 'minh họa', draft: 'dự thảo' } as Record<string, string>,
    coverage: {
      full: 'mã hoá đến cấp thấp nhất',
      components: 'mã hoá đến cấp thành phần',
    } as Record<string, string>,
    statusLabel: 'Tình trạng',
    basisLabel: 'Căn cứ',
    sourceLabel: 'Nguồn',
    fingerprintLabel: 'Dấu vân tay',
    noBasis: 'không có',
    usage: (reference: string) => `Dùng: chiso score ${reference} DỮ-LIỆU.csv`,
    didYouMean: (suggestions: string) => `có phải ý bạn là ${suggestions}? (xem: chiso catalogue)`,
    notAFile: (reference: string) => `${reference}: không có tệp này, cũng không có mã bộ chỉ số này`,
  },
  en: {
    heading: (count: number) => `chiso catalogue: ${count} methodology versions`,
    status: { official: 'official', illustrative: 'illustrative', draft: 'draft' } as Record<string, string>,
    coverage: {
      full: 'every level encoded',
      components: 'encoded to the component level',
    } as Record<string, string>,
    statusLabel: 'Status',
    basisLabel: 'Basis',
    sourceLabel: 'Source',
    fingerprintLabel: 'Fingerprint',
    noBasis: 'none',
    usage: (reference: string) => `Use: chiso score ${reference} DATA.csv`,
    didYouMean: (suggestions: string) => `did you mean ${suggestions}? (see: chiso catalogue)`,
    notAFile: (reference: string) => `${reference}: there is no such file, nor such a catalogue id`,
  },
} as const
