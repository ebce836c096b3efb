import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { type CompiledMethodology, createEngine, isCatalogueReference, resolveMethodology } from '@chiso/core'
import { compileDocument } from '../io/compile-document.js'
import { readDocument } from '../io/read-document.js'
import { looseCatalogueReference } from './catalogue-hint.js'
import { methodologySizeLimit, type RunLimits } from './limit-options.js'

/**
 * Loads and compiles the METHODOLOGY argument of a command: a methodology file (YAML or JSON), or a catalogue
 * reference — `id@version`, `id@range` or `id@year` (`pci@2014`, `par-index.province@2022`). A file of that
 * name, if one exists, wins. Every command that takes a methodology goes through here, so they all accept the
 * same references.
 *
 * @example
 * ```ts
 * loadMethodology('pci.methodology.yaml', io.cwd, context.limits).methodology.id // 'pci'
 * loadMethodology('par-index.province@2022', io.cwd, context.limits).methodology.version // '2022.0.0'
 * ```
 */
export function loadMethodology(reference: string, cwd: string, limits?: RunLimits): CompiledMethodology {
  const loose = looseCatalogueReference(reference, cwd)
  if (loose) throw loose
  if (isCatalogueReference(reference) && !existsSync(resolve(cwd, reference))) {
    // Errors (an unknown id, a version that is not there) are ChisoErrors with the known versions as a hint.
    return createEngine({ limits: limits?.engine ?? {}, plugins: limits?.plugins ?? [] }).compile(
      resolveMethodology(reference),
    )
  }
  return compileDocument(
    readDocument(reference, cwd, methodologySizeLimit(limits)),
    limits?.engine,
    limits?.plugins,
    cwd,
  )
}
