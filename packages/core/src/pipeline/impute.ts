// The built-in imputations: cohort or group mean, median, or a constant. Each is a cohort step of stage
// `impute`, written with defineNormaliser like a plugin's: it returns every value, filling only the nulls.
import * as z from 'zod'
import { type Dec, dec } from '../decimal/decimal.js'
import { defineNormaliser } from '../plugin/define.js'
import { DecimalStringSchema } from '../schema/decimal-string.js'
import { lazySchema } from '../schema/lazy-schema.js'

const ByCohortOrGroup = z.enum(['cohort', 'group']).default('cohort')

/** Fills the nulls of each pool (the cohort, or each group) with `centre` of the pool's values. */
function fillByPool(
  values: ReadonlyArray<Dec | null>,
  pools: ReadonlyArray<string | undefined>,
  centre: (known: Dec[]) => Dec,
): ReadonlyArray<Dec | null> {
  // Only the pools with a missing value need their centre: most columns have none.
  const wanted = new Set<string>()
  values.forEach((value, unit) => {
    const pool = pools[unit]
    if (value === null && pool !== undefined) wanted.add(pool)
  })
  if (wanted.size === 0) return values
  const known = new Map<string, Dec[]>()
  values.forEach((value, unit) => {
    const pool = pools[unit]
    if (value === null || pool === undefined || !wanted.has(pool)) return
    const list = known.get(pool)
    if (list) list.push(value)
    else known.set(pool, [value])
  })
  const centres = new Map([...known].map(([pool, list]) => [pool, centre(list)]))
  return values.map((value, unit) => {
    if (value !== null) return value
    const pool = pools[unit]
    return pool === undefined ? null : (centres.get(pool) ?? null)
  })
}

function poolsOf(
  by: 'cohort' | 'group',
  size: number,
  groups: ReadonlyArray<string | undefined> | undefined,
) {
  // A unit without a group is in no pool: it is neither imputed nor used (COINr's i_mean_grp, skip_f_na).
  return by === 'cohort' ? new Array<string>(size).fill('') : (groups ?? new Array<undefined>(size))
}

/**
 * The mean as {@link imputeMean} takes it: the values added in order (each sum rounded to the configured
 * precision, as decimal.js adds), then divided by their count.
 *
 * @example
 * ```ts
 * meanOf([dec(1), dec(2)]).toFixed() // '1.5'
 * ```
 */
export const meanOf = (list: Dec[]): Dec =>
  list.reduce((total, value) => total.plus(value), dec(0)).div(list.length)

/**
 * What {@link imputeMean} (`centre` = {@link meanOf}) and {@link imputeMedian} do: fills the nulls of each pool
 * (the cohort, or each group) with `centre` of the pool's values. The engine passes its own exact `centre` for
 * the mean (`engine/impute-step.ts`), which gives the same decimal without parsing the values.
 *
 * @example
 * ```ts
 * imputeByPool([dec(1), null, dec(3)], 'cohort', undefined, meanOf).map(String) // ['1', '2', '3']
 * ```
 */
export function imputeByPool(
  values: ReadonlyArray<Dec | null>,
  by: 'cohort' | 'group',
  groups: ReadonlyArray<string | undefined> | undefined,
  centre: (known: Dec[]) => Dec,
): ReadonlyArray<Dec | null> {
  return fillByPool(values, poolsOf(by, values.length, groups), centre)
}

function medianOf(list: Dec[]): Dec {
  const sorted = [...list].sort((a, b) => a.comparedTo(b))
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]!.plus(sorted[middle]!).div(2)
}

/** Options of {@link imputeMean} and {@link imputeMedian}. */
export const ImputePoolOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** `cohort` (default): over every unit; `group`: over the units of the same group (COINr's `*_grp`). */
    by: ByCohortOrGroup,
  }),
)

/**
 * Imputes a leaf's missing values with the mean of the values present, over the cohort or within each unit
 * group (COINr's `i_mean` and `i_mean_grp`). A unit without a group is left missing under `by: group`, as is
 * every unit of a group without any value.
 *
 * @example
 * ```ts
 * impute: { use: 'chiso/impute-mean', with: { by: group } }
 * // values 1, null, 3 (one group) → '1', '2', '3'
 * ```
 */
export const imputeMean = defineNormaliser({
  id: 'chiso/impute-mean',
  meta: {
    title: 'Impute with the mean',
    titleVi: 'Bổ sung bằng giá trị trung bình',
    description:
      'Fills missing values with the mean of the cohort or of the unit’s group (COINr i_mean, i_mean_grp).',
    stage: 'impute',
  },
  options: ImputePoolOptionsSchema,
  normalise: ({ values, options, groups }) => imputeByPool(values, options.by, groups, meanOf),
})

/**
 * Imputes a leaf's missing values with the median of the values present (the mean of the two middle values
 * for an even count), over the cohort or within each unit group (COINr's `i_median`, `i_median_grp`).
 *
 * @example
 * ```ts
 * impute: { use: 'chiso/impute-median' }
 * // values 1, null, 3, 10 → '1', '3', '3', '10'
 * ```
 */
export const imputeMedian = defineNormaliser({
  id: 'chiso/impute-median',
  meta: {
    title: 'Impute with the median',
    titleVi: 'Bổ sung bằng trung vị',
    description:
      'Fills missing values with the median of the cohort or of the unit’s group (COINr i_median).',
    stage: 'impute',
  },
  options: ImputePoolOptionsSchema,
  normalise: ({ values, options, groups }) => imputeByPool(values, options.by, groups, medianOf),
})

/** Options of {@link imputeConstant}. */
export const ImputeConstantOptionsSchema = lazySchema(() =>
  z.strictObject({
    /** The value every missing cell gets (required). */
    value: DecimalStringSchema,
  }),
)

/**
 * Imputes every missing value of a leaf with one constant (zero for "no exports", say).
 *
 * @example
 * ```ts
 * impute: { use: 'chiso/impute-constant', with: { value: '0' } }
 * ```
 */
export const imputeConstant = defineNormaliser({
  id: 'chiso/impute-constant',
  meta: {
    title: 'Impute with a constant',
    titleVi: 'Bổ sung bằng hằng số',
    description: 'Fills missing values with a given value.',
    stage: 'impute',
  },
  options: ImputeConstantOptionsSchema,
  normalise: ({ values, options }) => values.map((value) => value ?? dec(options.value)),
})

/**
 * Imputes a leaf's missing values with the same unit's value in the nearest earlier period of a panel that
 * has one (last observation carried forward). A unit with no earlier value stays missing (the methodology's
 * `missing` decides what that means). Only in a panel: scoring a single period with it is refused at its
 * place in the methodology, since a single period has no last period.
 *
 * @example
 * ```ts
 * impute: { use: 'chiso/impute-last-period' }
 * // 2023: null, '7'; 2022: '5', '6' → '5' (from 2022), '7'
 * ```
 */
export const imputeLastPeriod = defineNormaliser({
  id: 'chiso/impute-last-period',
  meta: {
    title: 'Impute with the last period’s value',
    titleVi: 'Bổ sung bằng giá trị kỳ trước',
    description:
      'Fills a missing value with the same unit’s value in the nearest earlier period of the panel that has one.',
    stage: 'impute',
  },
  options: z.strictObject({}),
  normalise: ({ values, history }) =>
    values.map(
      (value, unit) => value ?? history?.find((period) => period.values[unit] !== null)?.values[unit] ?? null,
    ),
})
