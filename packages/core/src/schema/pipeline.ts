// The methodology keys of the data-preparation stages that come before normalisation (denominate, impute,
// screen, treat) and of the data-availability threshold of aggregation. One concept: what the stages say.
import * as z from 'zod'
import { dec } from '../decimal/decimal.js'
import { DecimalStringSchema } from './decimal-string.js'
import { builtOnFirstUse, lazySchema } from './lazy-schema.js'

/** A decimal string in [0, 1], refused with its path otherwise. */
/**
 * Denomination of a leaf: its value × `scale` ÷ the unit's value of the data column `by` (COINr's
 * `Denominate`, whose `ScaleFactor` divides the denominator).
 *
 * @example
 * ```ts
 * DenominateSchema.parse({ by: 'Population', scale: '1000' }) // { by: 'Population', scale: '1000' }
 * DenominateSchema.parse({ by: 'GDP' }).scale                  // '1'
 * ```
 *
 * @category Methodology format
 */
export const DenominateSchema = lazySchema(() => pipelineSchemas().DenominateSchema)

/**
 * The data-availability threshold of an aggregate: the node gets a value only when enough of its applicable
 * children have one — a `share` of them (COINr's `dat_thresh`) or a `count`. Below it the node is missing.
 *
 * @example
 * ```ts
 * MinPresentSchema.parse({ share: '0.5' }) // { share: '0.5' }
 * MinPresentSchema.parse({ count: 2 })     // { count: 2 }
 * ```
 *
 * @category Methodology format
 */
export const MinPresentSchema = lazySchema(() => pipelineSchemas().MinPresentSchema)

/**
 * Screening of units before normalisation, COINr's `Screen`: a unit leaves every cohort and is reported
 * unranked with the reason when
 * - `by: missing` (the default; COINr `unit_screen = "byNA"`): its share of indicators with a value (after
 *   denomination and imputation, as COINr's `Screen` after `Impute`) is below `minShare` (COINr `dat_thresh`);
 *   `minShare: "1"` screens out any unit with a missing value;
 * - `by: zeros` (`"byzeros"`): its share of non-zero values among the indicators that have one is below
 *   `minNonZeroShare` (COINr `nonzero_thresh`, default there and here `"0.05"`);
 * - `by: missing-and-zeros` (`"byNAandzeros"`): either.
 * A threshold the chosen `by` does not read is refused.
 *
 * @example
 * ```ts
 * ScreenSchema.parse({ minShare: '0.9' })                          // { minShare: '0.9' }
 * ScreenSchema.parse({ by: 'zeros' })                              // { by: 'zeros' } (non-zero share ≥ 0.05)
 * ScreenSchema.parse({ by: 'missing-and-zeros', minShare: '0.66', minNonZeroShare: '0.1' }).by // 'missing-and-zeros'
 * ```
 *
 * @category Methodology format
 */
export const ScreenSchema = lazySchema(() => pipelineSchemas().ScreenSchema)

/** Builds this file's schemas (each from the others, so zod sees one object per schema). */
function buildPipelineSchemas() {
  const share = DecimalStringSchema.refine((text) => dec(text).gte(0) && dec(text).lte(1), {
    message: 'expected a share between 0 and 1 (e.g. "0.9")',
  })
  const denominate = z.strictObject({
    /** The code of a data column declared in the methodology's `columns` (checked when compiling). */
    by: z.string().min(1).max(100),
    /** Multiplies the quotient (thousands per capita: `1000`); must be > 0. Default `'1'`. */
    scale: DecimalStringSchema.refine((text) => dec(text).gt(0), {
      message: 'expected a decimal string > 0',
    }).default('1'),
  })
  const minPresent = z.union(
    [z.strictObject({ share: share }), z.strictObject({ count: z.int().min(0).max(1_000_000) })],
    // Said when the value is neither form at all (a bare "0.5", say); a bad share or count is reported at its key.
    { error: 'expected { share: "0.5" } (a share of the children, 0 to 1) or { count: 2 }' },
  )
  const screen = z
    .strictObject({
      /** What screens a unit out: too little data (default), too many zeros, or either. */
      by: z.enum(['missing', 'zeros', 'missing-and-zeros']).optional(),
      /** The least share of indicators with a value (COINr `dat_thresh`); required unless `by: zeros`. */
      minShare: share.optional(),
      /** The least share of non-zero values among those present (COINr `nonzero_thresh`); default `"0.05"`. */
      minNonZeroShare: share.optional(),
    })
    .superRefine((screen, context) => {
      const by = screen.by ?? 'missing'
      if (by !== 'zeros' && screen.minShare === undefined)
        context.addIssue({
          code: 'custom',
          path: ['minShare'],
          message: `screening by ${by} needs minShare: the least share of indicators with a value (e.g. "0.66")`,
        })
      if (by === 'zeros' && screen.minShare !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['minShare'],
          message: 'screening by zeros does not read minShare: use by: missing-and-zeros to screen by both',
        })
      if (by === 'missing' && screen.minNonZeroShare !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['minNonZeroShare'],
          message:
            'screening by missing values does not read minNonZeroShare: use by: zeros or missing-and-zeros',
        })
    })
  return { DenominateSchema: denominate, MinPresentSchema: minPresent, ScreenSchema: screen }
}

/** This file's schemas, built on their first use (see `builtOnFirstUse`); other schema files build from these. */
export const pipelineSchemas = builtOnFirstUse(buildPipelineSchemas)
