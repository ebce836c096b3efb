import * as z from 'zod'
import { CrosswalkSchema } from './crosswalk.js'

/**
 * The JSON Schema (draft 2020-12) of crosswalk files, as they are written (decimals as strings or short
 * numbers). Point a crosswalk's `$schema` at it (or, in YAML, a first line
 * `# yaml-language-server: $schema=./crosswalk.schema.json`) for completion in editors.
 *
 * @example
 * ```ts
 * crosswalkJsonSchema().title // 'chiso crosswalk'
 * ```
 *
 * @category Versioning
 */
export function crosswalkJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CrosswalkSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  })
  return { ...generated, title: 'chiso crosswalk' }
}
