import * as z from 'zod'
import { NonNegativeDecimalStringSchema } from './decimal-string.js'
import { builtOnFirstUse, lazySchema } from './lazy-schema.js'
import { LocalizedTextSchema } from './localized-text.js'
import { nodeCodePattern } from './node-code-pattern.js'
import { nonFiniteNumbers } from './non-finite-numbers.js'
import { pipelineSchemas } from './pipeline.js'

/**
 * A node code: letters, digits, `.`, `_` and `-`, starting with a letter or digit (`3.2.1`, `entry_costs`).
 * `:` is reserved for field columns in wide tables (`3.2.1:done`). NFC-normalised first.
 *
 * @example
 * ```ts
 * NodeCodeSchema.parse('3.2.1')                  // '3.2.1'
 * NodeCodeSchema.safeParse('3.2.1:done').success // false
 * ```
 *
 * @category Methodology format
 */
export const NodeCodeSchema = z
  .string()
  // Typed with combining marks or precomposed, a code with Vietnamese letters is the same code.
  .normalize('NFC')
  .regex(nodeCodePattern(), 'expected a node code: letters, digits, ".", "_" or "-"')
  .max(100)

/**
 * A reference to a plugin item and its options: `{ use: 'chiso/bands', with: { … } }`. The options are
 * checked against the item's own schema when the methodology is compiled.
 *
 * @example
 * ```ts
 * PluginCallSchema.parse({ use: 'chiso/yes-no', with: { points: '2' } })
 * // { use: 'chiso/yes-no', with: { points: '2' } }
 * ```
 *
 * @category Methodology format
 */
export const PluginCallSchema = lazySchema(() => nodeSchemas().PluginCallSchema)

/**
 * A rule, normaliser or aggregator reference with its options (`with`).
 *
 * @example
 * ```ts
 * const rule: PluginCall = { use: 'chiso/proportional', with: { full: '0.8' } }
 * ```
 *
 * @category Methodology format
 */
export type PluginCall = z.output<typeof PluginCallSchema>

/**
 * What to do when a leaf has no observation for a unit: leave it out (re-weighting), count zero, or fail.
 *
 * @example
 * ```ts
 * MissingPolicySchema.parse('skip')             // 'skip'
 * MissingPolicySchema.safeParse('ignore').success // false
 * ```
 *
 * @category Methodology format
 */
export const MissingPolicySchema = lazySchema(() => nodeSchemas().MissingPolicySchema)

/**
 * One of {@link MissingPolicySchema}'s values: `skip`, `zero` or `error`.
 *
 * @example
 * ```ts
 * const missing: MissingPolicy = 'zero' // no observation counts as 0 points (with a MISSING_ZERO warning)
 * ```
 *
 * @category Methodology format
 */
export type MissingPolicy = z.output<typeof MissingPolicySchema>

/**
 * Where a leaf's points come from: self-assessment, appraisal (*thẩm định*), survey (*điều tra xã hội học*),
 * statistics.
 *
 * @example
 * ```ts
 * SourceSchema.parse('appraisal')            // 'appraisal'
 * SourceSchema.safeParse('expert').success // false
 * ```
 *
 * @category Methodology format
 */
export const SourceSchema = z.enum(['self', 'appraisal', 'survey', 'statistic'])

/**
 * One of {@link SourceSchema}'s values: `self`, `appraisal` (*thẩm định*), `survey`
 * (*điều tra xã hội học*) or `statistic`.
 *
 * @example
 * ```ts
 * const source: Source = 'survey'
 * ```
 *
 * @category Methodology format
 */
export type Source = z.output<typeof SourceSchema>

/**
 * Presentation rounding: decimal places and mode.
 *
 * @example
 * ```ts
 * RoundingSchema.parse({})              // { decimals: 2, mode: 'half-up' }
 * RoundingSchema.parse({ decimals: 1 }) // { decimals: 1, mode: 'half-up' }
 * ```
 *
 * @category Methodology format
 */
export const RoundingSchema = lazySchema(() => nodeSchemas().RoundingSchema)

/**
 * A declared rounding: decimal places and mode (see {@link roundDecimal}).
 *
 * @example
 * ```ts
 * const rounding: Rounding = { decimals: 2, mode: 'half-even' }
 * ```
 *
 * @category Methodology format
 */
export type Rounding = z.output<typeof RoundingSchema>

/**
 * A node of the criteria tree: an area (*lĩnh vực*), criterion (*tiêu chí*) or sub-criterion
 * (*tiêu chí thành phần*). A node has either `children` (and optionally an `aggregate`) or a leaf `rule`.
 *
 * @example
 * ```ts
 * NodeSchema.parse({ code: '1.1', title: 'Kế hoạch CCHC', max: '2', rule: { use: 'chiso/yes-no' } })
 * ```
 *
 * @category Methodology format
 */
export const NodeSchema = lazySchema(() => nodeSchemas().NodeSchema)

/**
 * A node of the criteria tree (parsed): an area (*lĩnh vực*), criterion (*tiêu chí*) or sub-criterion
 * (*tiêu chí thành phần*).
 *
 * @example
 * ```ts
 * const node: MethodologyNode = {
 *   code: '1', title: 'Công tác chỉ đạo, điều hành', max: '10',
 *   children: [{ code: '1.1', title: 'Kế hoạch CCHC năm', max: '1', rule: { use: 'chiso/yes-no' } }],
 * }
 * ```
 *
 * @category Methodology format
 */
export type MethodologyNode = z.output<typeof NodeSchema>

/** Builds this file's schemas (each from the others, so zod sees one object per schema). */
function buildNodeSchemas() {
  const pluginCall = z.strictObject({
    use: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'expected an id "namespace/name"'),
    // Options are data, as in a JSON file: a non-finite number (YAML's .nan, .inf) has no canonical form, so a
    // fingerprint could not be computed; refuse it here with its path.
    with: z
      .record(z.string(), z.unknown())
      .superRefine((options, ctx) => {
        for (const path of nonFiniteNumbers(options))
          ctx.addIssue({
            code: 'custom',
            path,
            message: 'expected a finite number (NaN and infinities are not data)',
          })
      })
      .optional(),
  })
  const missingPolicy = z.enum(['skip', 'zero', 'error'])
  const rounding = z.strictObject({
    decimals: z.int().min(0).max(20).default(2),
    mode: z.enum(['half-up', 'half-even', 'down', 'up']).default('half-up'),
  })
  const node = z.strictObject({
    /** Stable code, unique in the methodology (`3.2.1`). */
    code: NodeCodeSchema,
    /** Title in Vietnamese and/or English. */
    title: LocalizedTextSchema,
    /** Longer scoring guidance. */
    description: LocalizedTextSchema.optional(),
    /** Maximum points (additive methodologies). */
    max: NonNegativeDecimalStringSchema.optional(),
    /** Relative weight among its siblings (means); rescaled over the siblings that are present. Default 1. */
    weight: NonNegativeDecimalStringSchema.optional(),
    /** 1 when higher is better, -1 when lower is better (used by normalisers). Default 1. */
    direction: z.union([z.literal(1), z.literal(-1)]).optional(),
    /** Where the points come from. */
    source: SourceSchema.optional(),
    /** Missing-data policy for this node (inherits the methodology's). */
    missing: missingPolicy.optional(),
    /** A leaf's value × scale ÷ a data column (GDP, population, area…), before imputation. */
    denominate: pipelineSchemas().DenominateSchema.optional(),
    /** How a leaf's missing values are filled over the cohort (mean, median, group mean, constant…). */
    impute: pluginCall.optional(),
    /** Outlier treatment of a leaf over the cohort, after screening (winsorising, log transform, clipping). */
    treat: pluginCall.optional(),
    /** A cohort step applied to this node's values over all units (min-max, z-score, rank…). */
    normalise: pluginCall.optional(),
    /** An aggregate's data-availability threshold: a share or a count of its children with a value. */
    minPresent: pipelineSchemas().MinPresentSchema.optional(),
    /** Rank the units on this node too: every unit's result for the node carries its rank. */
    ranked: z.boolean().optional(),
    /** Rounding applied to this node's value before its parent uses it, when the methodology says so. */
    round: rounding.optional(),
    /** The leaf rule that turns observations into points or a value. */
    rule: pluginCall.optional(),
    /** How children are combined (default `chiso/sum` for points, `chiso/mean` for composites). */
    aggregate: pluginCall.optional(),
    /** Child nodes. */
    // Annotated so the published declarations keep the recursion (children are nodes, not plain records). The
    // stand-in, not `node`: every place a node is nested (here and the methodology's tree) holds the one object,
    // so zod's JSON Schema sees the recursion where it starts (`NodeSchema` itself, or the methodology's tree).
    get children(): z.ZodOptional<z.ZodArray<typeof NodeSchema>> {
      return z.array(NodeSchema).min(1).optional()
    },
  })
  return {
    PluginCallSchema: pluginCall,
    MissingPolicySchema: missingPolicy,
    RoundingSchema: rounding,
    NodeSchema: node,
  }
}

/** This file's schemas, built on their first use (see `builtOnFirstUse`); other schema files build from these. */
export const nodeSchemas = builtOnFirstUse(buildNodeSchemas)
