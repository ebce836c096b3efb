import type { CompiledMethodology } from '@chiso/core'
import { fileKind } from '../io/file-kind.js'
import { InputError } from '../io/input-error.js'
import { readDocument } from '../io/read-document.js'
import { compileDocument } from './compile.js'

/**
 * Loads and compiles the METHODOLOGY argument of a command: a methodology file (YAML or JSON). Every command
 * that takes a methodology goes through here, so they all accept the same references.
 *
 * @example
 * ```ts
 * const compiled = loadMethodology('pci.methodology.yaml', io.cwd)
 * compiled.methodology.id // 'pci'
 * ```
 */
export function loadMethodology(reference: string, cwd: string): CompiledMethodology {
  if (fileKind(reference) === 'unknown' && /^[a-z0-9][a-z0-9._-]*@\d/.test(reference)) {
    throw new InputError(`catalogue ids are not supported yet: ${reference}`, [
      {
        code: 'UNSUPPORTED_FORMAT',
        message: `catalogue ids (${reference}) are not supported yet: pass a methodology file (.yaml or .json)`,
      },
    ])
  }
  return compileDocument(readDocument(reference, cwd))
}
