// Random tree shapes shared by the methodology arbitraries. Internal: not exported from @chiso/sdk/testing.
import * as fc from 'fast-check'

/** A leaf carrying generated data, or a group of child shapes. */
export type Shape<L> = { readonly leaf: L } | { readonly children: ReadonlyArray<Shape<L>> }

/**
 * Size limits of a generated tree.
 *
 * @example
 * ```ts
 * const size: TreeSizeOptions = { maxDepth: 3, maxChildren: 4 }
 * ```
 *
 * @category Testing
 */
export interface TreeSizeOptions {
  /** Most levels of nodes (1: the top-level nodes are all leaves). Default `3`. */
  maxDepth?: number
  /** Most children of a node, and most top-level nodes. Default `4`. */
  maxChildren?: number
}

/** Checks and completes {@link TreeSizeOptions}. */
export function treeSize(
  options: TreeSizeOptions,
  caller: string,
): { maxDepth: number; maxChildren: number } {
  const maxDepth = options.maxDepth ?? 3
  const maxChildren = options.maxChildren ?? 4
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 8) {
    throw new RangeError(`${caller}: maxDepth must be an integer in [1, 8], got ${maxDepth}`)
  }
  if (!Number.isInteger(maxChildren) || maxChildren < 1 || maxChildren > 20) {
    throw new RangeError(`${caller}: maxChildren must be an integer in [1, 20], got ${maxChildren}`)
  }
  return { maxDepth, maxChildren }
}

/**
 * The top-level shapes of a tree: 1 to `maxChildren` nodes, each a leaf or (above `maxDepth`) a group of 1 to
 * `maxChildren` children. Groups and leaves are equally likely, so both flat and deep trees come up; shrinking
 * goes towards fewer, flatter nodes.
 */
export function forestArb<L>(
  leaf: fc.Arbitrary<L>,
  options: { maxDepth: number; maxChildren: number },
): fc.Arbitrary<ReadonlyArray<Shape<L>>> {
  const leafShape: fc.Arbitrary<Shape<L>> = leaf.map((value) => ({ leaf: value }))
  const level = (depth: number): fc.Arbitrary<Shape<L>> =>
    depth >= options.maxDepth
      ? leafShape
      : fc.oneof(
          leafShape,
          fc
            .array(level(depth + 1), { minLength: 1, maxLength: options.maxChildren })
            .map((children): Shape<L> => ({ children })),
        )
  return fc.array(level(1), { minLength: 1, maxLength: options.maxChildren })
}

/** Node codes like the PAR INDEX's: `1`, `1.2`, `1.2.3`. */
export function childCode(parent: string | null, index: number): string {
  return parent === null ? String(index + 1) : `${parent}.${index + 1}`
}
