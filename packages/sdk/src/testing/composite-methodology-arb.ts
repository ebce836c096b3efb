import { dec, type Methodology, type MethodologyNode, parseMethodology, toDecimalString } from '@chiso/core'
import * as fc from 'fast-check'
import { type DecimalStringArbOptions, decimalStringArb } from './decimal-string-arb.js'
import { childCode, forestArb, type Shape, type TreeSizeOptions, treeSize } from './tree-shape.js'

/**
 * Options of {@link compositeMethodologyArb}.
 *
 * @example
 * ```ts
 * const options: CompositeMethodologyArbOptions = { maxDepth: 2, maxChildren: 3, normalise: false }
 * fc.sample(compositeMethodologyArb(options), 1)[0]?.result.type // 'composite'
 * ```
 *
 * @category Testing
 */
export interface CompositeMethodologyArbOptions extends TreeSizeOptions {
  /** Range of the nodes' relative weights. Default `{ min: '0.1', max: '5', scale: 1 }` (always > 0). */
  weight?: DecimalStringArbOptions
  /** Rescale every leaf with `chiso/min-max` between random `l < u` (default `true`). */
  normalise?: boolean
  /** The methodology id. Default `'prop.composite'`. */
  id?: string
}

interface LeafGen {
  readonly weight: string
  readonly direction: 1 | -1
  readonly l: string
  readonly width: string
}

/**
 * Random composite methodologies like PCI or DDCI: leaves use `chiso/value` (a raw indicator), each rescaled
 * across units by `chiso/min-max` with random bounds `l < u` and a random `direction` (1 or −1); inner nodes
 * and the root are weighted arithmetic means (`chiso/mean`) with random positive weights; the result is a
 * composite with `scale` 1 or 10.
 *
 * The value is a parsed {@link Methodology} (defaults filled in).
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check'
 * import { compositeMethodologyArb } from '@chiso/sdk/testing'
 *
 * const [m] = fc.sample(compositeMethodologyArb({ maxDepth: 2 }), { numRuns: 1, seed: 3 })
 * m.result // e.g. { type: 'composite', scale: '10' }
 * m.tree[0] // e.g. { code: '1', weight: '2.5', direction: -1, rule: { use: 'chiso/value' },
 *           //        normalise: { use: 'chiso/min-max', with: { l: '1', u: '10.5' } } }
 * ```
 *
 * @category Testing
 */
export function compositeMethodologyArb(
  options: CompositeMethodologyArbOptions = {},
): fc.Arbitrary<Methodology> {
  const size = treeSize(options, 'compositeMethodologyArb')
  const weight = decimalStringArb(options.weight ?? { min: '0.1', max: '5', scale: 1 })
  const leaf: fc.Arbitrary<LeafGen> = fc.record({
    weight,
    direction: fc.constantFrom<1 | -1>(1, -1),
    l: decimalStringArb({ min: '-10', max: '10', scale: 1 }),
    width: decimalStringArb({ min: '0.5', max: '100', scale: 1 }),
  })
  const normalise = options.normalise ?? true
  return fc
    .tuple(forestArb(fc.tuple(leaf, weight), size), fc.constantFrom('1', '10'))
    .map(([forest, scale]) =>
      parseMethodology({
        id: options.id ?? 'prop.composite',
        version: '1.0.0',
        title: 'Generated composite methodology',
        status: 'illustrative',
        result: { type: 'composite', scale },
        aggregate: { use: 'chiso/mean' },
        tree: forest.map((shape, index) => compositeNode(shape, childCode(null, index), normalise)),
      }),
    )
}

// Every generated leaf carries a spare weight; a group takes the spare weight of its first descendant leaf,
// so inner nodes get random weights too without a second recursive generator.
function compositeNode(
  shape: Shape<readonly [LeafGen, string]>,
  code: string,
  normalise: boolean,
): MethodologyNode {
  if ('leaf' in shape) {
    const [leaf] = shape.leaf
    const u = toDecimalString(dec(leaf.l).plus(leaf.width))
    return {
      code,
      title: `Indicator ${code}`,
      weight: leaf.weight,
      direction: leaf.direction,
      rule: { use: 'chiso/value' },
      ...(normalise ? { normalise: { use: 'chiso/min-max', with: { l: leaf.l, u } } } : {}),
    }
  }
  const children = shape.children.map((child, index) =>
    compositeNode(child, childCode(code, index), normalise),
  )
  return {
    code,
    title: `Sub-index ${code}`,
    weight: firstGroupWeight(shape),
    aggregate: { use: 'chiso/mean' },
    children,
  }
}

function firstGroupWeight(shape: Shape<readonly [LeafGen, string]>): string {
  return 'leaf' in shape ? shape.leaf[1] : firstGroupWeight(shape.children[0]!)
}
