import {
  type CompiledMethodology,
  createEngine,
  type EngineLimits,
  isChisoError,
  type Plugin,
} from '@chiso/core'
import { explainMissingPlugin } from './explain-missing-plugin.js'
import { locateInDocument } from './located-error.js'
import { requestProjectPlugins } from './project-plugins.js'
import type { ReadDocument } from './read-document.js'

/**
 * Compiles a methodology document with the built-in plugins and those loaded for the run. When `cwd` is given,
 * a plugin its `plugins:` names that is not loaded but that the project in `cwd` declares is requested
 * (`ProjectPluginsNeeded`, which `run` answers by loading it and running again), and one it lacks otherwise is
 * explained in the CLI's terms. A `ChisoError` (other than `INTERNAL`, which is
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
  if (cwd !== undefined) requestProjectPlugins(document, plugins, cwd)
  try {
    return createEngine({ limits, plugins }).compile(document.value)
  } catch (error) {
    if (isChisoError(error) && error.code !== 'INTERNAL')
      throw locateInDocument(cwd === undefined ? error : explainMissingPlugin(error, cwd), document)
    throw error
  }
}
