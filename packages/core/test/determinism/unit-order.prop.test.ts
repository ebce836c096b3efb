import { propertyRuns } from '@chiso/test-support'
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { createEngine, fingerprint, type Scorecard } from '../../src/index.js'
import { canonicalJson } from '../../src/internal.js'

// Determinism: the same inputs give byte-identical output, and the order of units and observations in the
// input changes nothing but the order results are presented in. The methodology is illustrative.
const methodology = (ranking: 'competition' | 'dense' | 'ordinal') => ({
  id: 'determinism-demo',
  version: '1.0.0',
  title: 'Determinism (illustrative)',
  result: { type: 'points' },
  ranking: { method: ranking, within: 'group' },
  bands: [
    { code: 'A', atLeast: '80' },
    { code: 'B', atLeast: '50' },
    { code: 'C', atLeast: '0' },
  ],
  tree: [
    {
      code: '1',
      title: 'Areas with points',
      max: '10',
      children: [
        { code: '1.1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
        { code: '1.2', title: 'Report', max: '6', rule: { use: 'chiso/points' }, missing: 'skip' },
      ],
    },
    {
      code: '2',
      title: 'Share on time, rescaled over the cohort',
      max: '5',
      aggregate: { use: 'chiso/mean' },
      children: [
        {
          code: '2.1',
          title: 'On time',
          max: '5',
          rule: { use: 'chiso/points' },
          normalise: { use: 'chiso/min-max' },
        },
      ],
    },
  ],
})

const unitArb = fc.record({
  plan: fc.oneof(fc.boolean(), fc.constant('NA' as const), fc.constant(undefined)),
  report: fc.oneof(
    fc.integer({ min: 0, max: 12 }).map((n) => String(n / 2)),
    fc.constant(undefined),
  ),
  // Few distinct values: ties are common.
  onTime: fc.integer({ min: 0, max: 5 }).map(String),
  group: fc.constantFrom('north', 'south'),
})

interface DrawnUnit {
  code: string
  plan: boolean | 'NA' | undefined
  report: string | undefined
  onTime: string
  group: string
}

function datasetOf(units: ReadonlyArray<DrawnUnit>) {
  return {
    units: units.map((unit) => ({ code: unit.code, name: `Unit ${unit.code}`, group: unit.group })),
    observations: units.flatMap((unit) => [
      ...(unit.plan === undefined ? [] : [{ unit: unit.code, node: '1.1', value: unit.plan }]),
      ...(unit.report === undefined ? [] : [{ unit: unit.code, node: '1.2', value: unit.report }]),
      { unit: unit.code, node: '2.1', value: unit.onTime },
    ]),
  }
}

/** The scorecard with presentation order removed: units by code, diagnostics by content. */
function unordered(card: Scorecard): string {
  return JSON.stringify({
    ...card,
    units: [...card.units].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
    diagnostics: card.diagnostics.map((d) => JSON.stringify(d)).sort(),
  })
}

const unitsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 25 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((n) => unitArb.map((unit) => ({ ...unit, code: `u${String(n).padStart(3, '0')}` }))),
    ),
  )

/** A permutation of `items`, drawn from a seed. */
const permute = <T>(items: ReadonlyArray<T>, seed: number): T[] => {
  const out = [...items]
  let state = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe('determinism of scoring', () => {
  test.prop(
    [unitsArb, fc.integer(), fc.integer(), fc.constantFrom('competition', 'dense', 'ordinal')],
    propertyRuns(60),
  )('unit order and observation order never change the results', (units, unitSeed, obsSeed, method) => {
    const compiled = createEngine().compile(methodology(method))
    const dataset = datasetOf(units)
    const shuffled = {
      units: permute(dataset.units, unitSeed),
      observations: permute(dataset.observations, obsSeed),
    }
    const card = compiled.evaluate(dataset)
    expect(unordered(compiled.evaluate(shuffled))).toBe(unordered(card))
    // Same input, again: byte-identical, presentation order included.
    expect(JSON.stringify(compiled.evaluate(dataset))).toBe(JSON.stringify(card))
    // A session's scorecard is the one-shot scorecard.
    expect(JSON.stringify(compiled.session(dataset).scorecard())).toBe(JSON.stringify(card))
  })

  test.prop([fc.integer(), fc.constantFrom('competition', 'dense', 'ordinal')], propertyRuns(100))(
    'the fingerprint ignores key order and is the same on every engine',
    (seed, method) => {
      const document = methodology(method)
      const reordered = reorderKeys(document, seed)
      const print = createEngine().compile(document).fingerprint
      expect(createEngine({ limits: { maxUnits: 10 } }).compile(reordered).fingerprint).toBe(print)
      expect(fingerprint(reordered)).toBe(print)
      expect(canonicalJson(createEngine().compile(reordered).methodology)).toBe(
        canonicalJson(createEngine().compile(document).methodology),
      )
    },
  )
})

/** The same document with every object's keys in a seeded random order (arrays keep theirs: order is meaning). */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reorderKeys(item, seed + i))
  if (typeof value !== 'object' || value === null) return value
  const entries = permute(Object.entries(value), seed)
  return Object.fromEntries(entries.map(([key, item], i) => [key, reorderKeys(item, seed * 31 + i)]))
}
