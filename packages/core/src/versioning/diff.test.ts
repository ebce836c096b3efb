import { describe, expect, it } from 'vitest'
import { isChisoError } from '../errors/chiso-error.js'
import { MethodologySchema } from '../schema/methodology.js'
import { NodeSchema } from '../schema/node.js'
import { applyDiff } from './apply-diff.js'
import { CALL_NODE_FIELDS, diffMethodologies, METHODOLOGY_FIELDS, PLAIN_NODE_FIELDS } from './diff.js'
import { fingerprint } from './fingerprint.js'

const base = {
  id: 'demo',
  version: '2023.0.0',
  title: 'Demo',
  result: { type: 'points' },
  tree: [
    {
      code: '1',
      title: 'Area 1',
      max: '3',
      children: [
        { code: '1.1', title: 'Plan', max: '1', rule: { use: 'chiso/yes-no' } },
        { code: '1.2', title: 'Report', max: '2', rule: { use: 'chiso/points' } },
      ],
    },
    {
      code: '2',
      title: 'Area 2',
      max: '2',
      children: [
        {
          code: '2.1',
          title: 'Online',
          max: '2',
          rule: { use: 'chiso/proportional', with: { full: '0.8' } },
        },
      ],
    },
  ],
}

describe('diffMethodologies', () => {
  it('reports each kind of change, by node code', () => {
    const next = {
      ...base,
      version: '2024.0.0',
      bands: [{ code: 'A', atLeast: '90' }],
      tree: [
        {
          ...base.tree[0]!,
          children: [
            { code: '1.2', title: 'Report on time', max: '2', rule: { use: 'chiso/points' } },
            { code: '1.1', title: 'Plan', max: '1', rule: { use: 'chiso/yes-no', with: { whenNo: '0.5' } } },
          ],
        },
        {
          ...base.tree[1]!,
          max: '3',
          children: [
            {
              code: '2.1',
              title: 'Online',
              max: '2',
              rule: { use: 'chiso/proportional', with: { full: '1' } },
            },
            { code: '2.2', title: 'Digitised', max: '1', rule: { use: 'chiso/points' } },
          ],
        },
      ],
    }
    const diff = diffMethodologies(base, next)
    expect(diff.from).toMatchObject({ id: 'demo', version: '2023.0.0', fingerprint: fingerprint(base) })
    expect(diff.changes).toEqual([
      { kind: 'methodology-changed', field: 'version', before: '2023.0.0', after: '2024.0.0' },
      { kind: 'methodology-changed', field: 'bands', before: [], after: [{ code: 'A', atLeast: '90' }] },
      { kind: 'node-renamed', code: '1.2', before: 'Report', after: 'Report on time' },
      // two siblings swapped: one of them moved (which one is the longest common subsequence's choice)
      { kind: 'node-moved', code: '1.1', from: { parent: '1', index: 0 }, to: { parent: '1', index: 1 } },
      {
        kind: 'node-changed',
        code: '1.1',
        field: 'rule.with',
        before: { whenNo: '0', invert: false },
        after: { whenNo: '0.5', invert: false },
      },
      { kind: 'node-changed', code: '2', field: 'max', before: '2', after: '3' },
      {
        kind: 'node-changed',
        code: '2.1',
        field: 'rule.with',
        before: { over: 'share', full: '0.8' },
        after: { over: 'share', full: '1' },
      },
      {
        kind: 'node-added',
        code: '2.2',
        to: { parent: '2', index: 1 },
        node: expect.objectContaining({ code: '2.2', max: '1', rule: { use: 'chiso/points', with: {} } }),
      },
    ])
  })

  it('does not count an implicit default as a change', () => {
    const explicit = {
      ...base,
      aggregate: { use: 'chiso/sum' },
      missing: 'zero',
      tree: [{ ...base.tree[0]!, weight: '1.0' }, base.tree[1]!],
    }
    expect(diffMethodologies(base, explicit).changes).toEqual([])
  })

  it('reports a node moved to another parent and a changed rule', () => {
    const next = {
      ...base,
      tree: [
        { ...base.tree[0]!, children: [base.tree[0]!.children[0]!] },
        {
          ...base.tree[1]!,
          children: [
            { ...base.tree[0]!.children[1]!, rule: { use: 'chiso/value' } },
            base.tree[1]!.children[0]!,
          ],
        },
      ],
    }
    const changes = diffMethodologies(base, next).changes
    expect(changes).toContainEqual({
      kind: 'node-moved',
      code: '1.2',
      from: { parent: '1', index: 1 },
      to: { parent: '2', index: 0 },
    })
    expect(changes).toContainEqual({
      kind: 'node-changed',
      code: '1.2',
      field: 'rule',
      before: { use: 'chiso/points', with: {} },
      after: { use: 'chiso/value', with: {} },
    })
    // 2.1 shifted because 1.2 arrived before it: not a move
    expect(changes.filter((change) => change.kind === 'node-moved')).toHaveLength(1)
  })
  it('compares every key a methodology and a node can hold', () => {
    // The keys a diff handles apart: `$schema` says nothing about scoring; the tree, codes, titles and children
    // are compared node by node. Every other key must be compared, or a change to it would go unreported
    // (a methodology's `screen`, a leaf's `treat` once did: "no changes" between two fingerprints).
    const compared = new Set<string>([...METHODOLOGY_FIELDS, '$schema', 'tree'])
    expect(Object.keys(MethodologySchema.shape).filter((key) => !compared.has(key))).toEqual([])
    const nodeCompared = new Set<string>([
      ...PLAIN_NODE_FIELDS,
      ...CALL_NODE_FIELDS,
      'code',
      'title',
      'children',
    ])
    expect(Object.keys(NodeSchema.shape).filter((key) => !nodeCompared.has(key))).toEqual([])
  })

  it('reports changes to the pipeline keys, and applying them gives the other version', () => {
    const leaf = (treat: string) => ({
      code: '2.1',
      title: 'Online',
      max: '2',
      rule: { use: 'chiso/proportional', with: { full: '0.8' } },
      treat: { use: 'chiso/skew-kurtosis', with: { maxPoints: treat } },
    })
    const before = { ...base, tree: [base.tree[0]!, { ...base.tree[1]!, children: [leaf('5')] }] }
    const after = {
      ...base,
      screen: { minShare: '0.9' },
      tree: [
        { ...base.tree[0]!, ranked: false, minPresent: { share: '0.5' } },
        { ...base.tree[1]!, children: [leaf('3')] },
      ],
    }
    const diff = diffMethodologies(before, after)
    expect(diff.changes).toEqual([
      { kind: 'methodology-changed', field: 'screen', before: null, after: { minShare: '0.9' } },
      { kind: 'node-changed', code: '1', field: 'minPresent', before: null, after: { share: '0.5' } },
      { kind: 'node-changed', code: '1', field: 'ranked', before: null, after: false },
      {
        kind: 'node-changed',
        code: '2.1',
        field: 'treat.with',
        before: { maxPoints: '5' },
        after: { maxPoints: '3' },
      },
    ])
    expect(fingerprint(applyDiff(before, diff))).toBe(fingerprint(after))
  })
})

describe('applyDiff', () => {
  const next = { ...base, version: '2024.0.0', tree: [base.tree[1]!] }

  it('gives the other version', () => {
    expect(fingerprint(applyDiff(base, diffMethodologies(base, next)))).toBe(fingerprint(next))
  })

  it('refuses a diff made from another methodology', () => {
    const diff = diffMethodologies(next, base)
    let error: unknown
    try {
      applyDiff(base, diff)
    } catch (caught) {
      error = caught
    }
    expect(isChisoError(error) && error.code).toBe('INVALID_DIFF')
    expect(String(error)).toContain('the diff was made from demo@2024.0.0')
  })

  it('refuses a diff that was edited so it no longer yields its target', () => {
    const diff = diffMethodologies(base, next)
    const edited = { ...diff, changes: diff.changes.slice(1) }
    expect(() => applyDiff(base, edited)).toThrow(/the diff was edited or is incomplete/)
  })
})
