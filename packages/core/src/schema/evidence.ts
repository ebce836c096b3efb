import * as z from 'zod'
import { lazySchema } from './lazy-schema.js'

/**
 * One piece of evidence (*tài liệu kiểm chứng*) a unit attaches to a claim: a decision, a report, a link. Every
 * property is optional, but an item must say something. Evidence never changes a score: it is carried to the
 * trace, `explain` and the appraisal reports so an appraiser can check the claim.
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ kind: 'decision', number: '125/QĐ-UBND', date: '2023-03-15', title: 'Kế hoạch CCHC' })
 * EvidenceSchema.safeParse({ date: '15/03/2023' }).success // false: dates are ISO (yyyy-mm-dd)
 * EvidenceSchema.safeParse({}).success // false: an empty item says nothing
 * ```
 *
 * @category Datasets
 */
export const EvidenceSchema = lazySchema(() =>
  z
    .strictObject({
      /** What the document is: `decision`, `plan`, `report`, `link`… (free text). */
      kind: z.string().min(1).optional(),
      /** The document's number (*số hiệu*), e.g. `125/QĐ-UBND`. */
      number: z.string().min(1).optional(),
      /** The document's date, ISO `yyyy-mm-dd`. */
      date: z.iso.date({ error: 'expected a date yyyy-mm-dd (e.g. 2023-03-15)' }).optional(),
      /** The document's title (*trích yếu*). */
      title: z.string().min(1).optional(),
      /** A link to the document. */
      link: z.string().min(1).optional(),
      /** A file name (an attachment sent with the data). */
      file: z.string().min(1).optional(),
      /** The page (or pages) that hold the proof. */
      page: z.string().min(1).optional(),
    })
    .refine((item) => Object.keys(item).length > 0, {
      error: 'an evidence item needs at least one property',
    }),
)

/**
 * One piece of evidence (*tài liệu kiểm chứng*): kind, document number, date, title, link or file, page.
 *
 * @example
 * ```ts
 * const item: Evidence = { kind: 'report', number: '12/BC-UBND', date: '2023-12-01', page: '4' }
 * ```
 *
 * @category Datasets
 */
export type Evidence = z.output<typeof EvidenceSchema>

/**
 * The properties of an evidence item, in the order files write them (CSV columns `1.1#evidence.number`…,
 * workbook columns).
 *
 * @example
 * ```ts
 * EVIDENCE_PROPERTIES[1] // 'number'
 * ```
 *
 * @category Datasets
 */
export const EVIDENCE_PROPERTIES = ['kind', 'number', 'date', 'title', 'link', 'file', 'page'] as const

/**
 * The code of an assessment round (*vòng*): `self` (*tự đánh giá*), `appraisal` (*thẩm định*),
 * `re-appraisal` (*phúc tra*) or any lower-case code a methodology or dataset declares.
 *
 * @example
 * ```ts
 * RoundCodeSchema.parse('re-appraisal') // 're-appraisal'
 * RoundCodeSchema.safeParse('Round 2').success // false
 * ```
 *
 * @category Datasets
 */
export const RoundCodeSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*$/,
    'expected a round code of lower-case letters, digits and "-" (e.g. re-appraisal)',
  )
