import type { AppendixTable, BilingualText } from './appendix-model.js'
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

/**
 * The bilingual headings of an appendix table: its columns (`stt` … `source`, with `max` for points
 * methodologies and `weight` for weighted ones), the total row, and the labels of the title block. Every
 * renderer of an appendix (Markdown, HTML, the CLI's XLSX) prints these, so they read the same everywhere.
 *
 * @example
 * ```ts
 * APPENDIX_HEADINGS.max   // { vi: 'Điểm tối đa', en: 'Maximum points' }
 * APPENDIX_HEADINGS.total // { vi: 'Tổng cộng', en: 'Total' }
 * ```
 *
 * @category Rendering
 */
export const APPENDIX_HEADINGS = {
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

/**
 * The headings of an appendix table's six columns, in order: number, code, title, the maximum points (a
 * points methodology) or the weight (a weighted one), scoring guidance, source.
 *
 * @example
 * ```ts
 * appendixColumnHeadings('points').map((heading) => heading.vi)
 * // ['STT', 'Mã', 'Lĩnh vực / tiêu chí / tiêu chí thành phần', 'Điểm tối đa', 'Hướng dẫn chấm điểm', 'Nguồn']
 * ```
 *
 * @category Rendering
 */
export function appendixColumnHeadings(kind: AppendixTable['kind']): BilingualText[] {
  const h = APPENDIX_HEADINGS
  return [h.stt, h.code, h.title, kind === 'points' ? h.max : h.weight, h.guidance, h.source]
}

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
