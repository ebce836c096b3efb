import { z } from 'zod'

// The files a report reads besides the methodology and the data are written by other chiso commands. Only
// the fields the report shows are checked; other fields (a plan's observation changes, a simulation's
// sampled parameters) pass through unread, so a newer writer that adds fields stays readable.

const Decimal = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a decimal string, like "85.78"')
const Rank = z.int().min(1)

const MethodologyStamp = z.object({
  id: z.string(),
  version: z.string(),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256: and 64 hex digits'),
})

const LocalizedText = z.union([z.string(), z.record(z.string(), z.string())])

const Outcome = z.object({
  index: Decimal,
  indexDisplay: z.string(),
  rank: Rank,
  band: z.string().nullable(),
})

/**
 * What `chiso report --plan FILE` reads: the JSON of `chiso plan --json` (or `--json --out FILE`).
 *
 * @example
 * ```ts
 * const plan = PlanFileSchema.parse(JSON.parse(text))
 * plan.steps[0]?.node // '3.2.1'
 * ```
 */
export const PlanFileSchema = z.object({
  methodology: MethodologyStamp,
  unit: z.string().min(1),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('rise'), ranks: Rank }),
    z.object({ kind: z.literal('rank'), rank: Rank }),
    z.object({ kind: z.literal('overtake'), unit: z.string() }),
  ]),
  targetRank: Rank,
  status: z.enum(['met', 'optimal', 'best-found', 'unreachable']),
  before: Outcome,
  after: Outcome.nullable(),
  steps: z.array(
    z.object({
      node: z.string(),
      title: LocalizedText,
      from: z.string(),
      to: z.string(),
      pointsGained: Decimal,
      indexGain: Decimal.nullable(),
      cost: Decimal,
    }),
  ),
  cost: Decimal,
  verified: z.boolean(),
  reason: z.string().nullable(),
  /** Where the costs came from (plans written before it was recorded have none). */
  costModel: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('default'), result: z.enum(['points', 'composite']) }),
      z.object({ kind: z.literal('file'), file: z.string(), description: z.string().nullable() }),
    ])
    .optional(),
})

/**
 * A plan as the report reads it.
 *
 * @example
 * ```ts
 * const plan: PlanFile = PlanFileSchema.parse(value)
 * ```
 */
export type PlanFile = z.output<typeof PlanFileSchema>

/**
 * What `chiso report --simulate FILE` reads: the JSON of `chiso simulate --json` (or `--json --out FILE`).
 *
 * @example
 * ```ts
 * const simulation = SimulationFileSchema.parse(JSON.parse(text))
 * simulation.units[0] // { unit: 'tp-thanh-hoa', nominalRank: 1, median: 1, p5: 1, p95: 2, … }
 * ```
 */
export const SimulationFileSchema = z.object({
  methodology: MethodologyStamp,
  runs: z.int().min(1),
  seed: z.int().min(0),
  targetRank: Rank.nullable(),
  factors: z.array(z.string()),
  units: z.array(
    z.object({
      unit: z.string(),
      nominalRank: Rank.nullable(),
      median: Rank.nullable(),
      p5: Rank.nullable(),
      p95: Rank.nullable(),
      probability: Decimal.nullable(),
    }),
  ),
})

/**
 * A simulation as the report reads it.
 *
 * @example
 * ```ts
 * const simulation: SimulationFile = SimulationFileSchema.parse(value)
 * ```
 */
export type SimulationFile = z.output<typeof SimulationFileSchema>

/**
 * What `chiso report --previous FILE` reads: the JSON of `chiso score --format json` for an earlier ranking
 * (last year's, possibly under last year's methodology). Only each unit's code and rank are used.
 *
 * @example
 * ```ts
 * const previous = PreviousRankingSchema.parse(JSON.parse(text))
 * previous.units[0] // { unit: 'tp-thanh-hoa', rank: 2 }
 * ```
 */
export const PreviousRankingSchema = z.object({
  methodology: MethodologyStamp,
  units: z.array(z.object({ unit: z.string(), rank: Rank.nullable() })),
})

/**
 * A previous ranking as the report reads it.
 *
 * @example
 * ```ts
 * const previous: PreviousRanking = PreviousRankingSchema.parse(value)
 * ```
 */
export type PreviousRanking = z.output<typeof PreviousRankingSchema>
