import * as z from 'zod'
import { dataColumnSchemas } from './data-column.js'
import { DecimalStringSchema } from './decimal-string.js'
import { builtOnFirstUse, lazySchema } from './lazy-schema.js'
import { LocalizedTextSchema } from './localized-text.js'
import { NodeCodeSchema, NodeSchema, nodeSchemas } from './node.js'
import { pipelineSchemas } from './pipeline.js'
import { roundSchemas } from './round.js'

/**
 * A methodology (*bộ chỉ số*) id: lower-case letters, digits, `.`, `_` and `-` (`par-index.province`).
 *
 * @example
 * ```ts
 * MethodologyIdSchema.parse('par-index.province') // 'par-index.province'
 * MethodologyIdSchema.safeParse('PAR INDEX').success // false
 * ```
 *
 * @category Methodology format
 */
export const MethodologyIdSchema = lazySchema(() => methodologySchemas().MethodologyIdSchema)

/**
 * A semantic version `MAJOR.MINOR.PATCH` (pre-release and build suffixes allowed).
 *
 * @example
 * ```ts
 * SemverSchema.parse('2022.1.0')          // '2022.1.0'
 * SemverSchema.safeParse('2022').success // false
 * ```
 *
 * @category Methodology format
 */
export const SemverSchema = lazySchema(() => methodologySchemas().SemverSchema)

/**
 * The legal basis of a methodology: the decision (*Quyết định*) that issued it, and where to read it.
 *
 * @example
 * ```ts
 * LegalBasisSchema.parse({ document: '876/QĐ-BNV', date: '2022-11-10', issuer: 'Bộ Nội vụ' })
 * // { document: '876/QĐ-BNV', date: '2022-11-10', issuer: 'Bộ Nội vụ' }
 * ```
 *
 * @category Methodology format
 */
export const LegalBasisSchema = lazySchema(() => methodologySchemas().LegalBasisSchema)

/**
 * How the result is expressed: points and percent of the applicable maximum, or a composite value.
 *
 * @example
 * ```ts
 * ResultSchema.parse({ type: 'points' })    // { type: 'points' }
 * ResultSchema.parse({ type: 'composite' }) // { type: 'composite', scale: '1' }
 * ```
 *
 * @category Methodology format
 */
export const ResultSchema = lazySchema(() => methodologySchemas().ResultSchema)

/**
 * A tie-breaker: compare this node's exact value (higher first by default).
 *
 * @example
 * ```ts
 * TieBreakerSchema.parse({ node: '6' }) // { node: '6', order: 'desc' }
 * ```
 *
 * @category Methodology format
 */
export const TieBreakerSchema = lazySchema(() => methodologySchemas().TieBreakerSchema)

/**
 * How units (*đơn vị*) are ranked: tie method, exact or displayed values, tie-breakers, groups.
 *
 * @example
 * ```ts
 * RankingSchema.parse({})
 * // { method: 'competition', on: 'exact', tieBreakers: [], within: 'all' }
 * ```
 *
 * @category Methodology format
 */
export const RankingSchema = lazySchema(() => methodologySchemas().RankingSchema)

/**
 * A band (*xếp loại*): units with index ≥ `atLeast` and below the next higher band's threshold.
 *
 * @example
 * ```ts
 * BandSchema.parse({ code: 'A', label: 'Tốt', atLeast: 90 }) // { code: 'A', label: 'Tốt', atLeast: '90' }
 * ```
 *
 * @category Methodology format
 */
export const BandSchema = lazySchema(() => methodologySchemas().BandSchema)

/**
 * Whether the methodology is an official text, an illustrative example, or a draft.
 *
 * @example
 * ```ts
 * MethodologyStatusSchema.parse('illustrative')          // 'illustrative'
 * MethodologyStatusSchema.safeParse('published').success // false
 * ```
 *
 * @category Methodology format
 */
export const MethodologyStatusSchema = lazySchema(() => methodologySchemas().MethodologyStatusSchema)

/**
 * A methodology (*bộ chỉ số*): the versioned, declarative criteria tree and how it is scored and ranked.
 *
 * @example
 * ```ts
 * const m = MethodologySchema.parse({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Area', max: '10', rule: { use: 'chiso/points' } }],
 * })
 * m.ranking.method // 'competition'
 * ```
 *
 * @category Methodology format
 */
export const MethodologySchema = lazySchema(() => methodologySchemas().MethodologySchema)

/**
 * A parsed methodology (*bộ chỉ số*): every default explicit (status, ranking, display rounding…).
 *
 * @example
 * ```ts
 * const m: Methodology = parseMethodology({
 *   id: 'demo', version: '1.0.0', title: 'Demo', result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Lĩnh vực 1', max: '10', rule: { use: 'chiso/points' } }],
 * })
 * m.display // { decimals: 2, mode: 'half-up' }
 * ```
 *
 * @category Methodology format
 */
export type Methodology = z.output<typeof MethodologySchema>
/**
 * A methodology as written in a file (before defaults): only `id`, `version`, `title`, `result` and `tree`
 * are required.
 *
 * @example
 * ```ts
 * const input: MethodologyInput = {
 *   id: 'demo', version: '1.0.0', title: { vi: 'Bộ chỉ số mẫu', en: 'Demo' }, result: { type: 'points' },
 *   tree: [{ code: '1', title: 'Lĩnh vực 1', max: 10, rule: { use: 'chiso/points' } }],
 * }
 * ```
 *
 * @category Methodology format
 */
export type MethodologyInput = z.input<typeof MethodologySchema>

/** Builds this file's schemas (each from the others, so zod sees one object per schema). */
function buildMethodologySchemas() {
  const methodologyId = z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected an id of lower-case letters, digits, ".", "_" or "-"')
  const semver = z
    .string()
    .regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
      'expected a semantic version like 2022.1.0',
    )
  const legalBasis = z.strictObject({
    /** Document number, e.g. `876/QĐ-BNV`. */
    document: z.string().min(1),
    /** Date of issue, `YYYY-MM-DD`. */
    date: z.iso.date().optional(),
    /** Issuing body. */
    issuer: z.string().optional(),
    /** Where the text can be read (URL). */
    source: z.string().optional(),
    /** What this document contributes. */
    note: z.string().optional(),
  })
  const result = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('points') }),
    z.strictObject({
      type: z.literal('composite'),
      /** Factor applied to the root value (PCI: the 10-point weighted mean × 10 → a 100-point composite). */
      scale: DecimalStringSchema.default('1'),
    }),
  ])
  const tieBreaker = z.strictObject({
    node: NodeCodeSchema,
    order: z.enum(['desc', 'asc']).default('desc'),
  })
  const ranking = z.strictObject({
    /** competition (1, 2, 2, 4), dense (1, 2, 2, 3) or ordinal (1, 2, 3, 4; ties broken, finally by unit code). */
    method: z.enum(['competition', 'dense', 'ordinal']).default('competition'),
    /** Rank (and band) on exact values or on the display-rounded index. */
    on: z.enum(['exact', 'display']).default('exact'),
    /** Compared in order when indexes are equal. */
    tieBreakers: z.array(tieBreaker).default([]),
    /** Rank among all units, or within each unit group (the overall rank is reported too). */
    within: z.enum(['all', 'group']).default('all'),
  })
  const band = z.strictObject({
    code: z.string().min(1),
    label: LocalizedTextSchema.optional(),
    atLeast: DecimalStringSchema,
  })
  const methodologyStatus = z.enum(['official', 'illustrative', 'draft'])
  const methodology = z.strictObject({
    /** Where editors find the JSON Schema of this format. */
    $schema: z.string().optional(),
    id: methodologyId,
    version: semver,
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** official, illustrative (an example that is not an official text) or draft. */
    status: methodologyStatus.default('official'),
    /** `full` when every level is encoded, `components` when only the upper levels are public. */
    coverage: z.enum(['full', 'components']).default('full'),
    /** The decisions and sources behind it. */
    basis: z.array(legalBasis).default([]),
    /** What kind of unit it scores (province, department, district, commune…). */
    unitKind: z.string().optional(),
    /** The `id@version` this version replaces. */
    supersedes: z.string().optional(),
    /** Plugin namespaces the methodology needs beyond the built-in `chiso` one. */
    plugins: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
    result: result,
    /** How the top-level nodes are combined (default `chiso/sum` for points, `chiso/mean` for composites). */
    aggregate: nodeSchemas().PluginCallSchema.optional(),
    /** Default missing-data policy (default `zero` for points, `skip` for composites). */
    missing: nodeSchemas().MissingPolicySchema.optional(),
    /** Presentation rounding of the index. */
    display: nodeSchemas().RoundingSchema.default({ decimals: 2, mode: 'half-up' }),
    ranking: ranking.default({ method: 'competition', on: 'exact', tieBreakers: [], within: 'all' }),
    bands: z.array(band).default([]),
    /** Data columns that are not indicators (denominators): observations name them like leaves. */
    columns: z.array(dataColumnSchemas().DataColumnSchema).optional(),
    /** Screening of units by data availability before normalisation. */
    screen: pipelineSchemas().ScreenSchema.optional(),
    /** The assessment rounds, in order (self, appraisal, re-appraisal): for each leaf the latest with a value wins. */
    rounds: roundSchemas().RoundsSchema.optional(),
    /** The top-level nodes (areas). */
    // The stand-in, as nested nodes hold it (node.ts): one object for a node everywhere.
    tree: z.array(NodeSchema).min(1),
  })
  return {
    MethodologyIdSchema: methodologyId,
    SemverSchema: semver,
    LegalBasisSchema: legalBasis,
    ResultSchema: result,
    TieBreakerSchema: tieBreaker,
    RankingSchema: ranking,
    BandSchema: band,
    MethodologyStatusSchema: methodologyStatus,
    MethodologySchema: methodology,
  }
}

/** This file's schemas, built on their first use (see `builtOnFirstUse`); other schema files build from these. */
export const methodologySchemas = builtOnFirstUse(buildMethodologySchemas)
