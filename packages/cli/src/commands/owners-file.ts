import {
  type CompiledMethodology,
  isChisoError,
  type OwnersFile,
  ownerOf,
  parseOwners,
  pathFromRoot,
} from '@chiso/core'
import { locateInDocument } from '../io/located-error.js'
import { readDocument } from '../io/read-document.js'

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
 * The owner of a node for a unit under a methodology (its nearest ancestor's entry), or `fallback`.
 *
 * @example
 * ```ts
 * ownerOfNode(owners, compiled, 'thieu-hoa', '3.4.1', '(chưa giao)') // 'Bộ phận Một cửa'
 * ```
 */
export function ownerOfNode(
  owners: OwnersFile,
  compiled: CompiledMethodology,
  unit: string,
  code: string | undefined,
  fallback: string,
): string {
  const node = code === undefined ? undefined : compiled.model.byCode.get(code)
  if (node === undefined) return fallback
  const path = pathFromRoot(compiled.model, node).map((n) => n.code)
  return ownerOf(owners, unit, path) ?? fallback
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
