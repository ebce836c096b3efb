import * as z from 'zod'
import { LocalizedTextSchema } from './localized-text.js'
import { NodeCodeSchema } from './node.js'

/**
 * A data column that is not an indicator: a denominator such as GDP, population or area. Observations name it
 * like a leaf (`node: GDP`); it is never scored itself.
 *
 * @example
 * ```ts
 * DataColumnSchema.parse({ code: 'GDP', title: 'GDP, billion USD' }) // { code: 'GDP', title: 'GDP, billion USD' }
 * ```
 *
 * @category Methodology format
 */
export const DataColumnSchema = z.strictObject({
  code: NodeCodeSchema,
  title: LocalizedTextSchema.optional(),
  description: LocalizedTextSchema.optional(),
})

/**
 * A data column of the methodology (see {@link DataColumnSchema}).
 *
 * @example
 * ```ts
 * const column: DataColumn = { code: 'Population' }
 * ```
 *
 * @category Methodology format
 */
export type DataColumn = z.output<typeof DataColumnSchema>
