import { dec, type Methodology, type MethodologyNode, parseMethodology, toDecimalString } from '@chiso/core'
import type * as fc from 'fast-check'
import { type DecimalStringArbOptions, decimalStringArb } from './decimal-string-arb.js'
import { childCode, forestArb, type Shape, type TreeSizeOptions, treeSize } from './tree-shape.js'

/**
 * Options of {@link pointsMethodologyArb}.
 *
 * @example
 * ```ts
 * const options: PointsMethodologyArbOptions = { maxDepth: 2, maxChildren: 3 }
 * fc.sample(pointsMethodologyArb(options), 1)[0]?.result // { type: 'points' }
 * ```
 *
 * @category Testing
 */
export interface PointsMethodologyArbOptions extends TreeSizeOptions {
  /** Range of each leaf's maximum. Default `{ min: '0.25', max: '10', scale: 2 }` (always > 0). */
  leafMax?: DecimalStringArbOptions
  /** The methodology id. Default `'prop.points'`. */
  id?: string
}

/**
 * Random additive (points) methodologies like a PAR INDEX: a tree of areas, criteria and sub-criteria whose
 * leaves use `chiso/points` and whose inner nodes are summed (`chiso/sum`, the default). Every leaf has a
 * positive `max`, and every inner node declares a `max` equal to the exact sum of its children's maxima, so the
 * tree is never capped. Codes are hierarchical (`1`, `1.2`, `1.2.3`).
 *
 * The value is a parsed {@link Methodology} (defaults filled in), which is also valid input for
 * `parseMethodology` and `engine.compile`.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check'
 * import { pointsMethodologyArb } from '@chiso/sdk/testing'
 *
 * const [m] = fc.sample(pointsMethodologyArb({ maxDepth: 2, maxChildren: 3 }), { numRuns: 1, seed: 7 })
 * m.result // { type: 'points' }
 * m.tree[0] // e.g. { code: '1', title: 'Node 1', max: '12.5', children: [{ code: '1.1', max: '2.5', rule: { use: 'chiso/points' } }, …] }
 * ```
 *
 * @category Testing
 */
export function pointsMethodologyArb(options: PointsMethodologyArbOptions = {}): fc.Arbitrary<Methodology> {
  const size = treeSize(options, 'pointsMethodologyArb')
  const leafMax = decimalStringArb(options.leafMax ?? { min: '0.25', max: '10', scale: 2 })
  return forestArb(leafMax, size).map((forest) =>
    parseMethodology({
      id: options.id ?? 'prop.points',
      version: '1.0.0',
      title: 'Generated points methodology',
      status: 'illustrative',
      result: { type: 'points' },
      tree: forest.map((shape, index) => pointsNode(shape, childCode(null, index))),
    }),
  )
}

function pointsNode(shape: Shape<string>, code: string): MethodologyNode {
  if ('leaf' in shape) {
    return { code, title: `Node ${code}`, max: shape.leaf, rule: { use: 'chiso/points' } }
  }
  const children = shape.children.map((child, index) => pointsNode(child, childCode(code, index)))
  const max = children.reduce((total, child) => total.plus(child.max!), dec(0))
  return { code, title: `Node ${code}`, max: toDecimalString(max), children }
}
