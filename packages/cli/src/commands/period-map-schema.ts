import { z } from 'zod'

/**
 * A period → methodology map file: `periods: { "2021": district-v1.yaml, "2023": district@2.0.0 }`. File
 * names are relative to the map file. Kept apart from period-methodologies.ts, which loads it only when the
 * METHODOLOGY argument is such a map.
 *
 * @example
 * ```ts
 * PeriodMapSchema.parse({ periods: { '2023': 'district@2.0.0' } }).periods['2023'] // 'district@2.0.0'
 * ```
 */
export const PeriodMapSchema = z.strictObject({
  title: z.string().optional(),
  periods: z.record(z.string().min(1), z.string().min(1)),
})
