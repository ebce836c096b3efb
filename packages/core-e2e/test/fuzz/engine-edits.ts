// Schema-valid edits of a methodology that stress the engine (test-only): zero weights, bands out of order,
// zero and huge maxima, tie-breakers, every missing policy, display and ranking settings, plugin options.
// Also used by the scenario fuzz suites (`@chiso/core-e2e/engine-edits`).

import type { Methodology, MethodologyNode } from '@chiso/core'
import { cloneJson } from '@chiso/test-support'
import * as fc from 'fast-check'

/** One engine edit: which, where (an index into the nodes) and a number to vary it. */
export interface EngineEdit {
  readonly kind: (typeof KINDS)[number]
  readonly at: number
  readonly n: number
}

const KINDS = [
  'zero-weights',
  'zero-weight',
  'bands-reversed',
  'bands-negative',
  'max-zero',
  'max-huge',
  'max-tiny',
  'tie-breaker',
  'missing',
  'display',
  'ranking',
  'node-round',
  'scale',
  'yes-no-over-max',
  'bands-rule',
  'normalise-degenerate',
  'direction',
  'aggregator',
  'normaliser',
] as const

const AGGREGATORS = [
  { use: 'chiso/mean' },
  { use: 'chiso/geometric-mean' },
  { use: 'chiso/harmonic-mean' },
  { use: 'chiso/generalised-mean', with: { p: '-3' } },
  { use: 'chiso/min' },
  { use: 'chiso/sum' },
]
const NORMALISERS = [
  { use: 'chiso/z-score' },
  { use: 'chiso/rank' },
  { use: 'chiso/percentile-rank' },
  { use: 'chiso/min-max' },
  { use: 'chiso/goalposts', with: { lower: '0', upper: '0' } },
  { use: 'chiso/distance-to-target', with: { target: '0' } },
]

/** Lists of engine edits. */
export const engineEditsArb: fc.Arbitrary<EngineEdit[]> = fc.array(
  fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(10_000), n: fc.nat(1_000) }),
  { maxLength: 4 },
)

type Node = MethodologyNode & { children?: Node[] }

const HUGE = `${'9'.repeat(60)}.${'9'.repeat(30)}`
const MODES = ['half-up', 'half-even', 'down', 'up'] as const
const POLICIES = ['skip', 'zero', 'error'] as const
const METHODS = ['competition', 'dense', 'ordinal'] as const

/** Applies the edits to a copy of a parsed methodology; the result is usually, not always, valid. */
export function applyEngineEdits(methodology: Methodology, edits: ReadonlyArray<EngineEdit>): unknown {
  const copy = cloneJson(methodology) as Methodology & { tree: Node[] }
  for (const edit of edits) {
    const nodes = nodesOf(copy.tree)
    const node = nodes[edit.at % nodes.length]!
    const groups = nodes.filter((each) => each.children)
    const siblings = groups.length > 0 ? groups[edit.at % groups.length]!.children! : copy.tree
    switch (edit.kind) {
      case 'zero-weights':
        for (const child of siblings) child.weight = '0'
        break
      case 'zero-weight':
        node.weight = '0'
        break
      case 'bands-reversed':
        copy.bands = [
          { code: 'low', atLeast: '0' },
          { code: 'mid', atLeast: String(edit.n % 50) },
          { code: 'high', atLeast: String(50 + (edit.n % 50)) },
        ].reverse()
        break
      case 'bands-negative':
        copy.bands = [
          { code: 'neg', atLeast: `-${edit.n}` },
          { code: 'huge', atLeast: HUGE },
        ]
        break
      case 'max-zero':
        node.max = '0'
        break
      case 'max-huge':
        node.max = HUGE
        break
      case 'max-tiny':
        node.max = `0.${'0'.repeat(edit.n % 40)}1`
        break
      case 'tie-breaker':
        copy.ranking = {
          ...copy.ranking,
          tieBreakers: [{ node: node.code, order: edit.n % 2 === 0 ? 'asc' : 'desc' }],
        }
        break
      case 'missing':
        if (edit.n % 2 === 0) node.missing = POLICIES[edit.n % 3]!
        else copy.missing = POLICIES[edit.n % 3]!
        break
      case 'display':
        copy.display = { decimals: edit.n % 21, mode: MODES[edit.n % 4]! }
        break
      case 'ranking':
        copy.ranking = {
          ...copy.ranking,
          method: METHODS[edit.n % 3]!,
          on: edit.n % 2 === 0 ? 'display' : 'exact',
          within: edit.n % 5 === 0 ? 'group' : 'all',
        }
        break
      case 'node-round':
        node.round = { decimals: edit.n % 21, mode: MODES[edit.n % 4]! }
        break
      case 'scale':
        if (copy.result.type === 'composite')
          copy.result = { type: 'composite', scale: edit.n % 3 === 0 ? '0' : HUGE }
        break
      case 'yes-no-over-max':
        if (node.rule) node.rule = { use: 'chiso/yes-no', with: { points: String(edit.n + 1) } }
        break
      case 'bands-rule':
        if (node.rule)
          node.rule = {
            use: 'chiso/bands',
            with: {
              bands: [
                { atLeast: '0', points: '0' },
                { atLeast: String(edit.n), points: node.max ?? '1' },
              ],
            },
          }
        break
      case 'normalise-degenerate':
        if (node.rule) node.normalise = { use: 'chiso/min-max', with: { l: '5', u: '5' } }
        break
      case 'direction':
        node.direction = edit.n % 2 === 0 ? -1 : 1
        break
      case 'aggregator':
        if (node.children) node.aggregate = AGGREGATORS[edit.n % AGGREGATORS.length]!
        break
      case 'normaliser':
        if (node.rule) node.normalise = NORMALISERS[edit.n % NORMALISERS.length]!
        break
    }
  }
  return copy
}

function nodesOf(tree: Node[]): Node[] {
  return tree.flatMap((node) => [node, ...nodesOf(node.children ?? [])])
}
