import * as z from 'zod'
import { DatasetSchema } from './dataset.js'
import { MethodologySchema } from './methodology.js'

const TITLE = {
  methodology: 'chiso methodology',
  dataset: 'chiso dataset',
} as const

/**
 * The JSON Schema (draft 2020-12) of a file format: `methodology` or `dataset`, as files are written (inputs:
 * defaults optional, decimals as strings or short numbers). Point a methodology's `$schema` at it for editor
 * completion and validation.
 *
 * @example
 * ```ts
 * const schema = jsonSchema('methodology')
 * schema.title // 'chiso methodology'
 * ```
 *
 * @category Methodology format
 */
export function jsonSchema(format: 'methodology' | 'dataset'): Record<string, unknown> {
  const schema = format === 'methodology' ? MethodologySchema : DatasetSchema
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })
  return { ...generated, title: TITLE[format] }
}
