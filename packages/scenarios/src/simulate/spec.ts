import { DecimalStringSchema, dec, NonNegativeDecimalStringSchema, PluginCallSchema } from '@chiso/core'
import { z } from 'zod'
import { throwLocated } from '../zod-error.js'

/** Which nodes an entry applies to: a list of codes, or every leaf, or every inner node (not the root). */
const NodesSchema = z.union([z.enum(['leaves', 'inner', 'all']), z.array(z.string()).min(1)])

/**
 * A simulation spec (`chiso simulate --spec`): which inputs are uncertain and how. Every part is optional;
 * an empty spec gives runs identical to the nominal scorecard.
 *
 * @example
 * ```ts
 * SimulationSpecSchema.parse({
 *   unit: 'nga-son', targetRank: 10,
 *   weights: { noise: '0.25' },
 *   survey: { n: 300 },
 *   peers: { distribution: 'normal', mean: '0.5', sd: '1' },
 *   alternatives: [{ nodes: 'leaves', normalise: [{ use: 'chiso/min-max' }, { use: 'chiso/z-score' }] }],
 * })
 * ```
 *
 * @category Simulation
 */
export const SimulationSpecSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().optional(),
  /** The unit of interest: peers' improvements apply to every other unit; sensitivity analyses its rank. */
  unit: z.string().optional(),
  /** Report each unit's probability of reaching this rank or better. */
  targetRank: z.int().min(1).optional(),
  /** Weight noise as in COINr: each weight is multiplied by a uniform factor in [1 − noise, 1 + noise]. */
  weights: z
    .strictObject({
      // Above 1, a factor 1 − noise < 0 makes weights negative, and most runs rank nobody.
      noise: NonNegativeDecimalStringSchema.refine((noise) => dec(noise).lte(1), {
        message: 'expected a noise between 0 and 1 (with more, some weights would be negative)',
      }),
      nodes: NodesSchema.default('all'),
    })
    .optional(),
  /**
   * Sampling error of survey results: from the sample size n (share p: √(p(1 − p)/n)), a standard error, or
   * each unit's own standard error per indicator (`errors`, as `chiso import survey` estimates them).
   */
  survey: z
    .strictObject({
      n: z.int().min(1).optional(),
      /** Standard error as a share of the leaf's maximum (0 to 1). */
      se: NonNegativeDecimalStringSchema.refine((se) => dec(se).lte(1), {
        message: 'expected a standard error between 0 and 1 (a share of the leaf’s maximum)',
      }).optional(),
      /**
       * One standard error per unit and indicator, in the indicator's own unit (the leaf's value, before any
       * cohort step): the survey estimates of `@chiso/adapters/survey` (`readSurveyErrors`).
       */
      errors: z
        .array(
          z.strictObject({
            unit: z.string().min(1),
            node: z.string().min(1),
            se: NonNegativeDecimalStringSchema,
          }),
        )
        .min(1)
        .optional(),
      /** Default: leaves with source survey or the chiso/survey rule. */
      nodes: z.array(z.string()).min(1).optional(),
    })
    .refine(
      (survey) => [survey.n, survey.se, survey.errors].filter((given) => given !== undefined).length === 1,
      { message: 'give one of n (a sample size), se (a standard error) or errors (per unit and indicator)' },
    )
    .refine((survey) => survey.errors === undefined || survey.nodes === undefined, {
      message: 'errors name their nodes: leave nodes out',
      path: ['nodes'],
    })
    .optional(),
  /** Improvement of every other unit's index, drawn per unit and run. */
  peers: z
    .discriminatedUnion('distribution', [
      z.strictObject({
        distribution: z.literal('normal'),
        mean: DecimalStringSchema.default('0'),
        sd: NonNegativeDecimalStringSchema,
      }),
      z
        .strictObject({
          distribution: z.literal('uniform'),
          min: DecimalStringSchema,
          max: DecimalStringSchema,
        })
        .refine((uniform) => dec(uniform.min).lte(uniform.max), {
          message: 'expected min ≤ max',
          path: ['max'],
        }),
    ])
    .optional(),
  /** Methodological alternatives: each run picks one choice per entry, uniformly. */
  alternatives: z
    .array(
      z.strictObject({
        nodes: NodesSchema,
        /** Alternative normalisers (`null`: none). */
        normalise: z.array(PluginCallSchema.nullable()).min(1).optional(),
        /** Alternative aggregators. */
        aggregate: z.array(PluginCallSchema).min(1).optional(),
      }),
    )
    .default([]),
})

/**
 * A parsed simulation spec (defaults explicit).
 *
 * @example
 * ```ts
 * const spec: SimulationSpec = parseSimulationSpec({ weights: { noise: '0.2' } })
 * spec.weights?.nodes // 'all'
 * ```
 *
 * @category Simulation
 */
export type SimulationSpec = z.output<typeof SimulationSpecSchema>

/**
 * Parses a simulation spec, or throws a `ChisoError` (`INVALID_SIMULATION_SPEC`) listing every problem with its path.
 *
 * @example
 * ```ts
 * parseSimulationSpec({ weights: { noise: '0.25' } }).alternatives // []
 * parseSimulationSpec({ weights: { noise: 'x' } }) // throws: weights.noise: …
 * ```
 *
 * @category Simulation
 */
export function parseSimulationSpec(input: unknown): SimulationSpec {
  const result = SimulationSpecSchema.safeParse(input ?? {})
  if (!result.success) throwLocated('simulation spec', 'INVALID_SIMULATION_SPEC', result.error)
  return result.data
}
