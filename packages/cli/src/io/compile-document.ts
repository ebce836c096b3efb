import {
  type CompiledMethodology,
  createEngine,
  type EngineLimits,
  isChisoError,
  type Plugin,
} from '@chiso/core'
import { explainMissingPlugin } from './load-plugins.js'
import { locateInDocument } from './located-error.js'
import type { ReadDocument } from './read-document.js'

/**
 * Compiles a methodology document with the built-in plugins and those `--plugin` loaded (a plugin it needs and
 * lacks is explained in the CLI's terms when `cwd` is given). A `ChisoError` (other than `INTERNAL`, which is
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
  plugins: ReadonlyArray<Plugin> = [],
  cwd?: string,
): CompiledMethodology {
  try {
    return createEngine({ limits, plugins }).compile(document.value)
  } catch (error) {
    if (isChisoError(error) && error.code !== 'INTERNAL')
      throw locateInDocument(cwd === undefined ? error : explainMissingPlugin(error, cwd), document)
    throw error
  }
}
