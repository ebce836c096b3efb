import { z } from 'zod'
import { OriginSchema } from './dataset.js'
import { DecimalStringSchema } from './decimal-string.js'

const Decimal = DecimalStringSchema
const NullableDecimal = DecimalStringSchema.nullable()

/** A data problem found while scoring: it never aborts the ranking. */
export const DiagnosticSchema = z.strictObject({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  unit: z.string().optional(),
  node: z.string().optional(),
  message: z.string(),
  origin: OriginSchema.optional(),
})

/** A data problem found while scoring. */
export type Diagnostic = z.output<typeof DiagnosticSchema>

/** How a node's value came about for one unit. */
export const NodeTraceSchema = z.discriminatedUnion('kind', [
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
])

/** How a node's value came about. */
export type NodeTrace = z.output<typeof NodeTraceSchema>

/** A step applied after the rule or aggregator: normalisation, rounding, capping. */
export const TraceStepSchema = z.strictObject({
  step: z.enum(['normalise', 'round', 'cap', 'clamp', 'scale']),
  by: z.string(),
  from: NullableDecimal,
  to: NullableDecimal,
})

/** The result of one node for one unit. */
export const NodeResultSchema = z.strictObject({
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
})

/** The result of one node for one unit. */
export type NodeResult = z.output<typeof NodeResultSchema>

/** One unit's result: its index, rank, band and every node. */
export const UnitResultSchema = z.strictObject({
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
  band: z.string().nullable(),
  nodes: z.record(z.string(), NodeResultSchema),
})

/** One unit's result. */
export type UnitResult = z.output<typeof UnitResultSchema>

/**
 * A scorecard: every unit's result under one methodology, identified by its fingerprint, with diagnostics.
 * Units are ordered by rank (unranked last), ties by unit code.
 */
export const ScorecardSchema = z.strictObject({
  methodology: z.strictObject({
    id: z.string(),
    version: z.string(),
    fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  }),
  units: z.array(UnitResultSchema),
  diagnostics: z.array(DiagnosticSchema),
})

/** A scorecard. */
export type Scorecard = z.output<typeof ScorecardSchema>
