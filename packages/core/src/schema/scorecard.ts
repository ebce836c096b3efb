import * as z from 'zod'
import { OriginSchema } from './dataset.js'
import { DecimalStringSchema } from './decimal-string.js'
import { EvidenceSchema, RoundCodeSchema } from './evidence.js'
import { lazySchema } from './lazy-schema.js'

const Decimal = DecimalStringSchema
const NullableDecimal = DecimalStringSchema.nullable()

/**
 * A data problem found while scoring: it never aborts the ranking.
 *
 * @example
 * ```ts
 * DiagnosticSchema.parse({ code: 'MISSING_ZERO', severity: 'warning', unit: 'dong-son', node: '3.2.1',
 *   message: 'no observation; counted as 0' }).severity // 'warning'
 * ```
 *
 * @category Scorecards
 */
export const DiagnosticSchema = lazySchema(() =>
  z.strictObject({
    code: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    unit: z.string().optional(),
    node: z.string().optional(),
    message: z.string(),
    origin: OriginSchema.optional(),
  }),
)

/**
 * A data problem found while scoring, located by unit, node and (when known) the cell it came from.
 *
 * @example
 * ```ts
 * const d: Diagnostic = { code: 'INPUT_RANGE', severity: 'warning', unit: 'dong-son', node: '3.2.1',
 *   message: 'value 2 exceeds the maximum 1.5; scored 1.5', origin: { sheet: 'TC3', row: 14 } }
 * ```
 *
 * @category Scorecards
 */
export type Diagnostic = z.output<typeof DiagnosticSchema>

/**
 * Where one input of a leaf came from: the cell (file, sheet, row, column) and the assessment round.
 *
 * @example
 * ```ts
 * InputOriginSchema.parse({ file: 'tu-danh-gia.xlsx', sheet: 'dong-son', row: 7, column: 'E', round: 'self' })
 * ```
 *
 * @category Scorecards
 */
export const InputOriginSchema = lazySchema(() => OriginSchema.extend({ round: RoundCodeSchema.optional() }))

/**
 * How a node's value came about for one unit: the leaf rule and its inputs, or the aggregator and its
 * children.
 *
 * @example
 * ```ts
 * NodeTraceSchema.parse({ kind: 'leaf', rule: 'chiso/yes-no', options: {}, inputs: { value: true },
 *   sources: { value: 'appraisal' }, result: '1' }).kind // 'leaf'
 * ```
 *
 * @category Scorecards
 */
export const NodeTraceSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('leaf'),
      rule: z.string(),
      options: z.record(z.string(), z.unknown()),
      /** The inputs the rule read, as decimal strings or booleans, with their sources. */
      inputs: z.record(z.string(), z.union([z.string(), z.boolean()])),
      sources: z.record(z.string(), z.string()),
      /** What the rule returned (before clamping). */
      result: NullableDecimal,
      note: z.string().optional(),
      /** Where each input came from (cell and round), when known. */
      origins: z.record(z.string(), InputOriginSchema).optional(),
      /** The evidence attached to the inputs used (never part of the score). */
      evidence: z.array(EvidenceSchema).optional(),
      /** The unit's explanation (*giải trình*) on the inputs used. */
      explanation: z.string().optional(),
      /** The appraiser's comment on the inputs used. */
      comment: z.string().optional(),
    }),
    z.strictObject({
      kind: z.literal('aggregate'),
      aggregator: z.string(),
      options: z.record(z.string(), z.unknown()),
      children: z.array(
        z.strictObject({
          node: z.string(),
          value: NullableDecimal,
          max: NullableDecimal,
          weight: Decimal,
          /** `used`, or why not: `na`, `missing`, `error`. */
          status: z.enum(['used', 'na', 'missing', 'error']),
        }),
      ),
      result: NullableDecimal,
    }),
  ]),
)

/**
 * How a node's value came about: a `leaf` trace (rule, inputs, sources) or an `aggregate` trace (children).
 *
 * @example
 * ```ts
 * const trace: NodeTrace = {
 *   kind: 'leaf', rule: 'chiso/points', options: {},
 *   inputs: { value: '1.25' }, sources: { value: 'appraisal' }, result: '1.25',
 * }
 * ```
 *
 * @category Scorecards
 */
export type NodeTrace = z.output<typeof NodeTraceSchema>

/**
 * A step applied after the rule or aggregator: normalisation, rounding, capping.
 *
 * @example
 * ```ts
 * TraceStepSchema.parse({ step: 'round', by: '1 decimals, half-up', from: '3.25', to: '3.3' }).to // '3.3'
 * ```
 *
 * @category Scorecards
 */
export const TraceStepSchema = lazySchema(() =>
  z.strictObject({
    step: z.enum(['normalise', 'round', 'cap', 'clamp', 'scale', 'denominate', 'impute', 'treat']),
    by: z.string(),
    from: NullableDecimal,
    to: NullableDecimal,
  }),
)

/**
 * The result of one node for one unit.
 *
 * @example
 * ```ts
 * NodeResultSchema.parse({ status: 'ok', score: '1.50', max: '2', index: '75' })
 * // { status: 'ok', score: '1.5', max: '2', index: '75' }
 * ```
 *
 * @category Scorecards
 */
export const NodeResultSchema = lazySchema(() =>
  z.strictObject({
    /** ok; na (not applicable); missing (left out); error (see diagnostics). */
    status: z.enum(['ok', 'na', 'missing', 'error']),
    /** Points (additive) or value (composite); unrounded. */
    score: NullableDecimal,
    /** Applicable maximum (additive nodes), else null. */
    max: NullableDecimal,
    /** score ÷ max × 100 for additive nodes, else the value itself. */
    index: NullableDecimal,
    trace: NodeTraceSchema.optional(),
    steps: z.array(TraceStepSchema).optional(),
    /** True when the leaf's value was imputed (the methodology's `impute`), not observed. */
    imputed: z.literal(true).optional(),
    /** The unit's rank on this node, for the nodes the methodology marks `ranked`. */
    rank: z.int().min(1).nullable().optional(),
  }),
)

/**
 * The result of one node for one unit: status, points, applicable maximum, index and (optionally) its trace.
 *
 * @example
 * ```ts
 * const na: NodeResult = { status: 'na', score: null, max: null, index: null } // không áp dụng
 * const ok: NodeResult = { status: 'ok', score: '1.5', max: '2', index: '75' }
 * ```
 *
 * @category Scorecards
 */
export type NodeResult = z.output<typeof NodeResultSchema>

/**
 * One unit's result: its index, rank, band and every node.
 *
 * @example
 * ```ts
 * UnitResultSchema.parse({ unit: 'A', score: '7', max: '8', index: '87.5', indexDisplay: '87.50', rank: 1,
 *   band: null, nodes: {} }).rank // 1
 * ```
 *
 * @category Scorecards
 */
export const UnitResultSchema = lazySchema(() =>
  z.strictObject({
    unit: z.string(),
    name: z.string().optional(),
    group: z.string().optional(),
    score: NullableDecimal,
    max: NullableDecimal,
    index: NullableDecimal,
    /** The index rounded as the methodology declares. */
    indexDisplay: z.string().nullable(),
    rank: z.int().min(1).nullable(),
    /** Rank within the unit's group, when units have groups. */
    groupRank: z.int().min(1).nullable().optional(),
    /** Rank among all units, when the methodology ranks within groups (`rank` is then the group rank). */
    overallRank: z.int().min(1).nullable().optional(),
    band: z.string().nullable(),
    nodes: z.record(z.string(), NodeResultSchema),
  }),
)

/**
 * One unit's (*đơn vị*) result: exact and displayed index, rank, band and every node's result.
 *
 * @example
 * ```ts
 * const result: UnitResult = {
 *   unit: 'dong-son', name: 'Huyện Đông Sơn', score: '85.5', max: '100', index: '85.5',
 *   indexDisplay: '85.50', rank: 3, band: 'B', nodes: {},
 * }
 * ```
 *
 * @category Scorecards
 */
export type UnitResult = z.output<typeof UnitResultSchema>

/**
 * A scorecard: every unit's result under one methodology, identified by its fingerprint, with diagnostics.
 * Units are ordered by rank (unranked last), ties by unit code.
 *
 * @example
 * ```ts
 * const card = ScorecardSchema.parse({
 *   methodology: { id: 'demo', version: '1.0.0', fingerprint: `sha256:${'0'.repeat(64)}` },
 *   units: [], diagnostics: [],
 * })
 * card.methodology.id // 'demo'
 * ```
 *
 * @category Scorecards
 */
export const ScorecardSchema = lazySchema(() =>
  z.strictObject({
    methodology: z.strictObject({
      id: z.string(),
      version: z.string(),
      fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
    }),
    units: z.array(UnitResultSchema),
    diagnostics: z.array(DiagnosticSchema),
  }),
)

/**
 * A scorecard: the result of evaluating a dataset under one methodology (*bộ chỉ số*).
 *
 * @example
 * ```ts
 * // methodology and dataset of the createEngine example
 * const card: Scorecard = createEngine().score(methodology, dataset)
 * card.units.map((u) => [u.unit, u.indexDisplay, u.rank]) // [['B', '100.00', 1], ['A', '90.00', 2]]
 * ```
 *
 * @category Scorecards
 */
export type Scorecard = z.output<typeof ScorecardSchema>
