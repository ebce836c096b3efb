import type { BilingualText } from './appendix-model.js'
import { viNumber } from './guidance.js'

/**
 * Options of the appendix renderers: which language(s) to print.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { language: 'vi' }
 * ```
 *
 * @category Rendering
 */
export interface RenderOptions {
  /** `vi`, `en`, or `both` (default: Vietnamese with the English below it). */
  language?: 'vi' | 'en' | 'both'
}

/** Column headings of the appendix table. */
export const HEADINGS = {
  stt: { vi: 'STT', en: 'No.' },
  code: { vi: 'Mã', en: 'Code' },
  title: { vi: 'Lĩnh vực / tiêu chí / tiêu chí thành phần', en: 'Area / criterion / sub-criterion' },
  max: { vi: 'Điểm tối đa', en: 'Maximum points' },
  weight: { vi: 'Trọng số', en: 'Weight' },
  guidance: { vi: 'Hướng dẫn chấm điểm', en: 'Scoring guidance' },
  source: { vi: 'Nguồn', en: 'Source' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  basis: { vi: 'Căn cứ', en: 'Legal basis' },
  version: { vi: 'Phiên bản', en: 'Version' },
  fingerprint: { vi: 'Dấu vân tay', en: 'Fingerprint' },
} as const satisfies Record<string, BilingualText>

/** The parts of a bilingual text to print, in order. */
export function pick(text: BilingualText, language: RenderOptions['language']): string[] {
  if (language === 'vi') return [text.vi]
  if (language === 'en') return [text.en]
  return text.vi === text.en ? [text.vi] : [text.vi, text.en]
}

/** A decimal as the chosen language writes it (decimal comma in Vietnamese and in `both`). */
export function number(value: string, language: RenderOptions['language']): string {
  return language === 'en' ? value : viNumber(value)
}
