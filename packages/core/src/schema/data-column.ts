import * as z from 'zod'
import { builtOnFirstUse, lazySchema } from './lazy-schema.js'
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
export const DataColumnSchema = lazySchema(() => dataColumnSchemas().DataColumnSchema)

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

/** Builds this file's schemas (each from the others, so zod sees one object per schema). */
function buildDataColumnSchemas() {
  const dataColumn = z.strictObject({
    code: NodeCodeSchema,
    title: LocalizedTextSchema.optional(),
    description: LocalizedTextSchema.optional(),
  })
  return { DataColumnSchema: dataColumn }
}

/** This file's schemas, built on their first use (see `builtOnFirstUse`); other schema files build from these. */
export const dataColumnSchemas = builtOnFirstUse(buildDataColumnSchemas)
