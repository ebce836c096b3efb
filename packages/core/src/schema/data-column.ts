import * as z from 'zod'
import { lazySchema } from './lazy-schema.js'
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

let built: ReturnType<typeof buildDataColumnSchemas> | undefined

/**
 * The schemas of this file, built on their first use (importing `@chiso/core` builds none of them: a run that
 * reads its methodology without zod never needs them; docs/performance.md, start-up, sixth pass). The exported
 * schemas stand in for these; other schema files build theirs from these, not from the stand-ins.
 */
export function dataColumnSchemas() {
  built ??= buildDataColumnSchemas()
  return built
}
