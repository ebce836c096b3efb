import * as z from 'zod'
import { UnitRegistrySchema } from './registry-schema.js'

/**
 * The JSON Schema (draft 2020-12) of unit registry files, for completion and validation in editors.
 *
 * @example
 * ```ts
 * unitRegistryJsonSchema().title // 'chiso unit registry'
 * ```
 *
 * @category Units
 */
export function unitRegistryJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(UnitRegistrySchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  })
  return { ...generated, title: 'chiso unit registry' }
}
