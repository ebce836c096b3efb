import { type CompiledMethodology, createEngine, type EngineLimits, isChisoError } from '@chiso/core'
import { locateInDocument } from './located-error.js'
import type { ReadDocument } from './read-document.js'

/**
 * Compiles a methodology document with the built-in plugins. A `ChisoError` (other than `INTERNAL`, which is
 * a bug) becomes a located `ChisoError` located in the file.
 *
 * @example
 * ```ts
 * const compiled = compileDocument(readDocument('par.yaml', cwd))
 * compiled.fingerprint // 'sha256:…'
 * ```
 */
export function compileDocument(
  document: ReadDocument,
  limits: Partial<EngineLimits> = {},
): CompiledMethodology {
  try {
    return createEngine({ limits }).compile(document.value)
  } catch (error) {
    if (isChisoError(error) && error.code !== 'INTERNAL') throw locateInDocument(error, document)
    throw error
  }
}
