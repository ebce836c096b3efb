// The service scores one methodology, loaded once at start-up: a catalogue reference (`pci@2014`) or a file
// (YAML or JSON). Compiling validates it, so a bad methodology stops the service before it listens.
import { existsSync, readFileSync } from 'node:fs'
import { type CompiledMethodology, createEngine, isCatalogueReference, resolveMethodology } from '@chiso/core'
import { parse } from 'yaml'

/**
 * Loads and compiles a methodology from a catalogue reference or a YAML/JSON file (a file of that name wins).
 *
 * @example
 * ```ts
 * loadMethodology('pci@2014').methodology.id // 'pci'
 * loadMethodology('../district-cchc/district.methodology.yaml').leaves.length // 80
 * ```
 */
export function loadMethodology(reference: string): CompiledMethodology {
  const engine = createEngine()
  if (isCatalogueReference(reference) && !existsSync(reference))
    return engine.compile(resolveMethodology(reference))
  // YAML is a superset of JSON, so one parser reads both.
  return engine.compile(parse(readFileSync(reference, 'utf8')))
}
