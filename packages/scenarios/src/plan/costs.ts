import { DecimalStringSchema, dec, NonNegativeDecimalStringSchema } from '@chiso/core'
import { z } from 'zod'
import { throwLocated } from '../zod-error.js'

const PositiveDecimal = DecimalStringSchema.refine((text) => dec(text).gt(0), {
  message: 'expected a decimal string > 0',
})

/**
 * What improving one leaf costs and how it may be improved. Set on a leaf, or on an inner node for every
 * leaf below it (the nearest entry wins, field by field).
 *
 * @example
 * ```ts
 * LeafCostSchema.parse({ perStep: '3' })        // one outcome level (or one input step) costs 3
 * LeafCostSchema.parse({ controllable: false }) // e.g. a survey result the unit cannot act on
 * ```
 *
 * @category Planning
 */
export const LeafCostSchema = z.strictObject({
  /** Cost of one step: one outcome level up (bands, yes/no, deductions) or one `step` of a continuous input. */
  perStep: NonNegativeDecimalStringSchema.optional(),
  /** Cost per point (of the unit's index scale) gained; the default cost is 1 per point. */
  perPoint: NonNegativeDecimalStringSchema.optional(),
  /** Step of a continuous input: a share (0.05 = 5 points of percentage) for done/total inputs, else the value's unit. */
  step: PositiveDecimal.optional(),
  /** Highest value a continuous `value` input may reach (default: the rule's ceiling, else the best unit's value). */
  upTo: DecimalStringSchema.optional(),
  /** False: the unit cannot act on it. Default: false for survey and statistic sources, true otherwise. */
  controllable: z.boolean().optional(),
})

/**
 * The leaf cost settings: see {@link LeafCostSchema}.
 *
 * @example
 * ```ts
 * const cost: LeafCost = { perStep: '2', step: '0.1' }
 * ```
 *
 * @category Planning
 */
export type LeafCost = z.output<typeof LeafCostSchema>

/**
 * A costs file of `chiso plan`: per-node costs, locked leaves and a cap on the total cost.
 *
 * @example
 * ```ts
 * PlanCostsSchema.parse({ default: { perPoint: '1' }, nodes: { '1.1.1': { perStep: '5' } }, lock: ['2.1.1'] })
 * ```
 *
 * @category Planning
 */
export const PlanCostsSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** Settings of every leaf without its own. */
  default: LeafCostSchema.optional(),
  /** Settings by node code (a leaf, or an inner node for all its leaves). */
  nodes: z.record(z.string(), LeafCostSchema).default({}),
  /** Leaves (or inner nodes) that must not change. */
  lock: z.array(z.string()).default([]),
  /** The total cost may not exceed it. */
  maxCost: NonNegativeDecimalStringSchema.optional(),
})

/**
 * A parsed costs file (defaults explicit).
 *
 * @example
 * ```ts
 * const costs: PlanCosts = parsePlanCosts({ lock: ['1.1.1'] }) // { nodes: {}, lock: ['1.1.1'] }
 * ```
 *
 * @category Planning
 */
export type PlanCosts = z.output<typeof PlanCostsSchema>

/**
 * Parses a costs file's content, or throws a `ChisoError` (`INVALID_COSTS`) listing every problem with its
 * path (`nodes["1.1"].perStep: expected a decimal string`).
 *
 * @example
 * ```ts
 * parsePlanCosts({ nodes: { '1.1.1': { perStep: '2' } } }).nodes['1.1.1'] // { perStep: '2' }
 * parsePlanCosts({ nodes: { '1.1.1': { perStep: 'x' } } }) // throws: nodes["1.1.1"].perStep: …
 * ```
 *
 * @category Planning
 */
export function parsePlanCosts(input: unknown): PlanCosts {
  const result = PlanCostsSchema.safeParse(input ?? {})
  if (!result.success) throwLocated('costs file', 'INVALID_COSTS', result.error)
  return result.data
}
