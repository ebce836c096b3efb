import * as z from 'zod'

/**
 * A title or description in Vietnamese and/or English: either one string, or `{ vi, en }` with at least one.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ vi: 'Công tác chỉ đạo điều hành', en: 'Direction and management' })
 * ```
 *
 * @category Methodology format
 */
export const LocalizedTextSchema = z.union([
  z.string().min(1),
  z
    .strictObject({ vi: z.string().min(1).optional(), en: z.string().min(1).optional() })
    .refine((text) => text.vi !== undefined || text.en !== undefined, { message: 'give vi, en or both' }),
])

/**
 * A title in Vietnamese and/or English: one string, or `{ vi, en }` with at least one.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and management' }
 * localize(title, 'en') // 'Direction and management'
 * ```
 *
 * @category Methodology format
 */
export type LocalizedText = z.output<typeof LocalizedTextSchema>

/**
 * Picks the text in a language, falling back to the other one.
 *
 * @example
 * ```ts
 * localize({ vi: 'Tính minh bạch', en: 'Transparency' }, 'en') // 'Transparency'
 * localize('Minh bạch', 'en')                                   // 'Minh bạch'
 * ```
 *
 * @category Methodology format
 */
export function localize(text: LocalizedText | undefined, language: 'vi' | 'en' = 'vi'): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (language === 'vi' ? (text.vi ?? text.en) : (text.en ?? text.vi)) ?? ''
}
