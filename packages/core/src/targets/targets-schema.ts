import * as z from 'zod'
import { ChisoError, type ChisoIssue } from '../errors/chiso-error.js'
import { ERROR_CODES } from '../errors/codes.js'
import { throwZodError } from '../errors/from-zod.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'

/**
 * One target: what must hold for a unit (or every unit) by a period. Exactly one of `index` (the node's
 * index — percent of its maximum for points methodologies, the value for composites — at least this; "3.5.1 ≥
 * 100 %"), `score` (the node's points at least this), `rank` (rank K or better: "top 10 by 2026") or `rise`
 * (rise N ranks from the period `from`, by default the period before `period`). `node` absent = the whole index.
 *
 * @example
 * ```ts
 * TargetSchema.parse({ unit: 'lang-chanh', period: '2023', node: '3.5.1', index: '100' })
 * TargetSchema.parse({ period: '2026', rank: 10 })
 * ```
 *
 * @category Targets
 */
export const TargetSchema = lazySchema(() =>
  z
    .strictObject({
      /** A unit code; absent (or `*`) = every unit. */
      unit: z.string().min(1).optional(),
      /** The period by which the target must be met (`2023`). */
      period: z.string().min(1),
      /** A node code; absent = the unit's index. */
      node: z.string().min(1).optional(),
      index: DecimalStringSchema.optional(),
      score: DecimalStringSchema.optional(),
      rank: z.int().min(1).optional(),
      rise: z.int().min(1).optional(),
      /** For `rise`: the period the ranks are counted from. */
      from: z.string().min(1).optional(),
      /** A label for reports ("100 % hồ sơ đúng hạn"). */
      label: z.string().optional(),
    })
    .refine((t) => [t.index, t.score, t.rank, t.rise].filter((v) => v !== undefined).length === 1, {
      message: 'give exactly one of index, score, rank or rise',
    })
    .refine((t) => t.node === undefined || (t.rank === undefined && t.rise === undefined), {
      message: 'rank and rise targets are about the whole index: leave node out',
    }),
)

/**
 * A target (parsed).
 *
 * @example
 * ```ts
 * const target: Target = { period: '2023', unit: 'lang-chanh', rise: 10 }
 * ```
 *
 * @category Targets
 */
export type Target = z.output<typeof TargetSchema>

/**
 * A targets file: a title, an `illustrative` flag for made-up targets, and the targets.
 *
 * @example
 * ```ts
 * TargetsFileSchema.parse({ targets: [{ period: '2026', rank: 10 }] })
 * ```
 *
 * @category Targets
 */
export const TargetsFileSchema = lazySchema(() =>
  z.strictObject({
    $schema: z.string().optional(),
    title: z.string().optional(),
    illustrative: z.boolean().optional(),
    source: z.string().optional(),
    targets: z.array(TargetSchema).min(1),
  }),
)

/**
 * A parsed targets file.
 *
 * @example
 * ```ts
 * const file: TargetsFile = parseTargets(document, { nodes: new Set(['3.5.1']) })
 * ```
 *
 * @category Targets
 */
export type TargetsFile = z.output<typeof TargetsFileSchema>

/**
 * Parses a targets file and checks it against what it is about: a `node` the methodology does not have, a
 * `unit` the data does not have, are `INVALID_TARGETS` errors located at `targets[i].node` / `.unit`.
 *
 * @example
 * ```ts
 * parseTargets({ targets: [{ period: '2023', node: '9.9', index: '100' }] }, { nodes: new Set(['1', '1.1']) })
 * // throws: targets[0].node: the methodology has no node "9.9"
 * ```
 *
 * @category Targets
 */
export function parseTargets(
  input: unknown,
  known: { nodes?: ReadonlySet<string>; units?: ReadonlySet<string> } = {},
): TargetsFile {
  const parsed = TargetsFileSchema.safeParse(input)
  if (!parsed.success) throwZodError(ERROR_CODES.INVALID_TARGETS, 'invalid targets file', parsed.error)
  const issues: ChisoIssue[] = []
  parsed.data.targets.forEach((target, i) => {
    if (target.node !== undefined && known.nodes && !known.nodes.has(target.node))
      issues.push({ path: ['targets', i, 'node'], message: `the methodology has no node "${target.node}"` })
    if (target.unit !== undefined && target.unit !== '*' && known.units && !known.units.has(target.unit))
      issues.push({ path: ['targets', i, 'unit'], message: `the data has no unit "${target.unit}"` })
  })
  if (issues.length > 0)
    throw new ChisoError(ERROR_CODES.INVALID_TARGETS, `invalid targets file: ${issues.length} problem(s)`, {
      issues,
    })
  return parsed.data
}
