import { type CompiledMethodology, type OwnersFile, ownerOf, pathFromRoot } from '@chiso/core'

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
