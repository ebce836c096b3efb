import { describe, expect, it } from 'vitest'
import { canonicalJson, canonicalMethodology } from './canonical.js'
import { fingerprint } from './fingerprint.js'

const written = {
  $schema: 'https://example.org/methodology.schema.json',
  id: 'demo',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Demo' },
  result: { type: 'points' },
  tree: [{ code: '1', title: 'a', max: 2.5, rule: { use: 'chiso/points' } }],
}

describe('canonical form and fingerprint', () => {
  it('sorts keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: undefined, c: null }] })).toBe(
      '{"a":[true,{"c":null}],"b":1}',
    )
  })

  it('gives YAML-style numbers, quoted decimals and explicit defaults the same form', () => {
    const quoted = {
      ...written,
      $schema: undefined,
      display: { decimals: 2, mode: 'half-up' },
      tree: [{ code: '1', title: 'a', max: '2.50', rule: { use: 'chiso/points' } }],
    }
    expect(canonicalMethodology(quoted)).toBe(canonicalMethodology(written))
    expect(fingerprint(quoted)).toBe(fingerprint(written))
  })

  it('changes when anything that affects scores changes', () => {
    const changed = { ...written, tree: [{ ...written.tree[0]!, max: '3' }] }
    expect(fingerprint(changed)).not.toBe(fingerprint(written))
    expect(fingerprint(written)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})
