import { type CompiledMethodology, isChisoError, type OwnersFile, parseOwners } from '@chiso/core'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'

// In the report's folder (the report builders also run in the browser, with no file access); kept importable
// from here, where the commands look for it.
export { ownerOfNode } from '../html-report/owner-of-node.js'

/**
 * Reads an owners file (`--owners FILE`: which office answers for each criterion), checked against the
 * methodologies' nodes; problems are placed in the file.
 *
 * @example
 * ```ts
 * loadOwners('owners.yaml', io.cwd, [compiled]).owners.length // 7
 * ```
 */
export function loadOwners(
  file: string,
  cwd: string,
  methodologies: ReadonlyArray<CompiledMethodology>,
): OwnersFile {
  const document = readDocument(file, cwd)
  try {
    return parseOwners(document.value, { nodes: nodeCodes(methodologies) })
  } catch (error) {
    if (isChisoError(error)) throw locateInDocument(error, document)
    throw error
  }
}

/**
 * Every node code of some methodologies (the root excluded).
 *
 * @example
 * ```ts
 * nodeCodes([compiled]).has('3.4.1') // true
 * ```
 */
export function nodeCodes(methodologies: ReadonlyArray<CompiledMethodology>): Set<string> {
  return new Set(
    methodologies.flatMap((m) => m.model.nodes.map((node) => node.code)).filter((c) => c !== '$root'),
  )
}
