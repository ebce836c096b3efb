import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { type ChisoError, formatPath } from '../errors/chiso-error.js'
import type { MethodologyInput } from '../schema/methodology.js'

const engine = createEngine()

function compileError(methodology: unknown): ChisoError {
  try {
    engine.compile(methodology)
  } catch (error) {
    return error as ChisoError
  }
  throw new Error('expected compile to throw')
}

const base = (tree: MethodologyInput['tree'], extra: Partial<MethodologyInput> = {}): MethodologyInput => ({
  id: 'test',
  version: '1.0.0',
  title: 'Test',
  result: { type: 'points' },
  tree,
  ...extra,
})

describe('compile errors are located', () => {
  it.each([
    [
      'a bad rule option deep in the tree',
      base([
        {
          code: '1',
          title: 'a',
          max: '2',
          children: [
            { code: '1.1', title: 'x', max: '1', rule: { use: 'chiso/points' } },
            {
              code: '1.2',
              title: 'y',
              max: '1',
              rule: {
                use: 'chiso/bands',
                with: {
                  bands: [
                    { atLeast: '5', points: '1' },
                    { atLeast: '1', points: 'abc' },
                  ],
                },
              },
            },
          ],
        },
      ]),
      'INVALID_OPTIONS',
      'tree[0].children[1].rule.with.bands[1].points',
    ],
    [
      'an unknown rule',
      base([{ code: '1', title: 'a', max: '2', rule: { use: 'chiso/nope' } }]),
      'UNKNOWN_PLUGIN_ITEM',
      'tree[0].rule.use',
    ],
    [
      'a rule from a plugin that was not registered',
      base([{ code: '1', title: 'a', max: '2', rule: { use: 'acme/share' } }]),
      'PLUGIN_MISSING',
      'tree[0].rule.use',
    ],
    [
      'a required plugin namespace',
      base([{ code: '1', title: 'a', max: '2', rule: { use: 'chiso/points' } }], { plugins: ['acme'] }),
      'PLUGIN_MISSING',
      'plugins',
    ],
    [
      'a points leaf without a max',
      base([{ code: '1', title: 'a', rule: { use: 'chiso/yes-no', with: { points: '1' } } }]),
      'INVALID_TREE',
      'tree[0].max',
    ],
    [
      "children's maxima below the node's",
      base([
        {
          code: '1',
          title: 'a',
          max: '5',
          children: [{ code: '1.1', title: 'x', max: '4', rule: { use: 'chiso/points' } }],
        },
      ]),
      'INVALID_TREE',
      'tree[0].max',
    ],
    [
      'a non-additive root in a points methodology',
      base([{ code: '1', title: 'a', max: '5', rule: { use: 'chiso/points' } }], {
        aggregate: { use: 'chiso/mean' },
      }),
      'INVALID_TREE',
      'aggregate.use',
    ],
    [
      'a bad normaliser option',
      base(
        [
          {
            code: '1',
            title: 'a',
            normalise: { use: 'chiso/min-max', with: { l: '10', u: '1' } },
            rule: { use: 'chiso/value' },
          },
        ],
        { result: { type: 'composite' } },
      ),
      'INVALID_OPTIONS',
      'tree[0].normalise.with',
    ],
  ])('%s', (_name, methodology, code, path) => {
    const error = compileError(methodology)
    expect(error.code).toBe(code)
    expect(error.issues.map((issue) => formatPath(issue.path ?? []))).toContainEqual(
      expect.stringContaining(path),
    )
    expect(error.message).toContain(path)
  })

  it('reports schema problems with the path first and the expected type', () => {
    const error = compileError(
      base([
        {
          code: '1',
          title: 'a',
          max: '1',
          children: [{ code: '1.1', title: 'x', max: 'one', rule: { use: 'chiso/points' } }],
        },
      ]),
    )
    expect(error.code).toBe('INVALID_METHODOLOGY')
    expect(error.message).toMatch(/tree\[0\]\.children\[0\]\.max: expected a decimal string/)
  })

  it('reports duplicate codes, leaves without rules and nodes with both', () => {
    const error = compileError(
      base([
        { code: '1', title: 'a', max: '1', rule: { use: 'chiso/points' } },
        { code: '1', title: 'b', max: '1' },
        {
          code: '3',
          title: 'c',
          max: '1',
          rule: { use: 'chiso/points' },
          children: [{ code: '3.1', title: 'd', max: '1', rule: { use: 'chiso/points' } }],
        },
      ]),
    )
    const messages = error.issues.map((issue) => `${formatPath(issue.path ?? [])}: ${issue.message}`)
    expect(messages).toEqual([
      'tree[1].code: duplicate node code "1" (also at tree[0])',
      'tree[1]: a leaf needs a rule (e.g. { use: "chiso/points" }), or give it children',
      'tree[2].rule: a node has either children or a rule, not both',
    ])
  })

  it('refuses trees deeper than the limit with a located error', () => {
    let node: Record<string, unknown> = { code: 'leaf', title: 'x', max: '1', rule: { use: 'chiso/points' } }
    for (let depth = 0; depth < 40; depth++)
      node = { code: `n${depth}`, title: 'x', max: '1', children: [node] }
    const error = compileError(base([node as never]))
    expect(error.code).toBe('LIMIT_EXCEEDED')
  })
})

describe('compiled methodology', () => {
  it('lists leaves in tree order with the fields their rules read', () => {
    const compiled = engine.compile(
      base([
        {
          code: '1',
          title: 'a',
          max: '3',
          children: [
            {
              code: '1.2',
              title: 'x',
              max: '1',
              rule: {
                use: 'chiso/bands',
                with: { over: 'percent', bands: [{ atLeast: '90', points: '1' }] },
              },
            },
            { code: '1.1', title: 'y', max: '2', rule: { use: 'chiso/yes-no' } },
          ],
        },
      ]),
    )
    expect(compiled.leaves.map((leaf) => [leaf.code, Object.keys(leaf.fields)])).toEqual([
      ['1.2', ['done', 'total']],
      ['1.1', ['value']],
    ])
    expect(compiled.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(Object.isFrozen(compiled)).toBe(true)
  })

  it("applies an inner node's missing policy to the leaves below it, unless a leaf declares its own", () => {
    const compiled = engine.compile(
      base([
        {
          code: '1',
          title: 'a',
          max: '3',
          missing: 'skip',
          children: [
            { code: '1.1', title: 'x', max: '1', rule: { use: 'chiso/points' } },
            { code: '1.2', title: 'y', max: '2', missing: 'error', rule: { use: 'chiso/points' } },
          ],
        },
        { code: '2', title: 'b', max: '1', rule: { use: 'chiso/points' } },
      ]),
    )
    const policy = (code: string) => compiled.model.byCode.get(code)!.missing
    expect([policy('1.1'), policy('1.2'), policy('2')]).toEqual(['skip', 'error', 'zero'])
    const card = compiled.evaluate({
      units: [{ code: 'A' }],
      observations: [
        { unit: 'A', node: '1.2', value: '2' },
        { unit: 'A', node: '2', value: '1' },
      ],
    })
    // 1.1 is left out (skip): area 1 is 2 of 2, not 2 of 3.
    expect(card.units[0]!.nodes['1']).toMatchObject({ score: '2', max: '2' })
    expect(card.diagnostics.map((d) => d.code)).toContain('MISSING_SKIPPED')
  })

  it('warns about a weight under an aggregator that ignores weights', () => {
    const compiled = engine.compile(
      base([
        { code: '1', title: 'a', max: '1', weight: '3', rule: { use: 'chiso/points' } },
        { code: '2', title: 'b', max: '1', rule: { use: 'chiso/points' } },
      ]),
    )
    expect(compiled.warnings).toEqual([
      {
        path: ['tree', 0, 'weight'],
        message: 'the weight is ignored: "$root" aggregates with chiso/sum, which does not use weights',
      },
    ])
  })

  it('shares one read-only compiled model: evaluation order, tree order, resolved items', () => {
    const compiled = engine.compile(
      base([
        {
          code: '1',
          title: 'a',
          max: '3',
          children: [
            { code: '1.1', title: 'x', max: '1', rule: { use: 'chiso/points' } },
            { code: '1.2', title: 'y', max: '2', rule: { use: 'chiso/yes-no' } },
          ],
        },
      ]),
    )
    const { model } = compiled
    expect(model.nodes.map((node) => node.code)).toEqual(['1.1', '1.2', '1', '$root'])
    expect(model.treeOrder.map((node) => node.code)).toEqual(['1', '1.1', '1.2'])
    expect(model.root.aggregate!.def.id).toBe('chiso/sum')
    expect(model.byCode.get('1.2')!.rule!.traceOptions).toEqual({ whenNo: '0', invert: false })
    expect(model.methodology).toBe(compiled.methodology)
    expect(Object.isFrozen(model) && Object.isFrozen(model.nodes[0])).toBe(true)
    expect(JSON.parse(JSON.stringify(compiled))).toEqual({
      methodology: compiled.methodology,
      fingerprint: compiled.fingerprint,
      leaves: [
        { code: '1.1', rule: 'chiso/points', fields: { value: { kind: 'decimal' } } },
        { code: '1.2', rule: 'chiso/yes-no', fields: { value: { kind: 'boolean' } } },
      ],
      warnings: [],
    })
  })
})
