import * as z from 'zod'
import { RoundCodeSchema } from './evidence.js'
import { builtOnFirstUse, lazySchema } from './lazy-schema.js'
import { LocalizedTextSchema } from './localized-text.js'

/**
 * One assessment round of a methodology's cycle, in the order the rounds happen: the unit's self-assessment
 * (*tự đánh giá*), the appraisal (*thẩm định*), a re-appraisal after an appeal (*phúc tra*). For each leaf the
 * latest round with a value wins. `withoutEvidence: zero` is a declared policy: once a unit has been through
 * this round, a claim from an earlier round that carries no evidence scores 0 (limited to the rules listed in
 * `rules`, when given).
 *
 * @example
 * ```ts
 * RoundSchema.parse({ code: 'appraisal', title: { vi: 'Thẩm định', en: 'Appraisal' }, withoutEvidence: 'zero' })
 * RoundSchema.safeParse({ code: 'Appraisal' }).success // false: codes are lower-case
 * ```
 *
 * @category Methodology format
 */
export const RoundSchema = lazySchema(() => roundSchemas().RoundSchema)

/**
 * An assessment round (parsed): its code, title and policy for claims without evidence.
 *
 * @example
 * ```ts
 * const round: Round = { code: 're-appraisal', title: { vi: 'Phúc tra' } }
 * ```
 *
 * @category Methodology format
 */
export type Round = z.output<typeof RoundSchema>

/**
 * The rounds of a methodology, in order; codes are unique.
 *
 * @example
 * ```ts
 * RoundsSchema.safeParse([{ code: 'self' }, { code: 'self' }]).success // false
 * ```
 *
 * @category Methodology format
 */
export const RoundsSchema = lazySchema(() => roundSchemas().RoundsSchema)

/** Builds this file's schemas (each from the others, so zod sees one object per schema). */
function buildRoundSchemas() {
  const round = z.strictObject({
    /** The code observations carry in `round` (`self`, `appraisal`, `re-appraisal`). */
    code: RoundCodeSchema,
    /** The round's name, in Vietnamese and/or English. */
    title: LocalizedTextSchema.optional(),
    /** What a claim without evidence from an earlier round scores once a unit reaches this round. */
    withoutEvidence: z.enum(['keep', 'zero']).optional(),
    /** The leaf rules `withoutEvidence` applies to (e.g. `chiso/yes-no`); every leaf when left out. */
    rules: z.array(z.string().min(1)).min(1).optional(),
  })
  const rounds = z
    .array(round)
    .min(1)
    .superRefine((rounds, context) => {
      const seen = new Set<string>()
      rounds.forEach((round, index) => {
        if (seen.has(round.code))
          context.addIssue({
            code: 'custom',
            path: [index, 'code'],
            message: `round "${round.code}" is declared twice`,
          })
        seen.add(round.code)
      })
    })
  return { RoundSchema: round, RoundsSchema: rounds }
}

/** This file's schemas, built on their first use (see `builtOnFirstUse`); other schema files build from these. */
export const roundSchemas = builtOnFirstUse(buildRoundSchemas)
