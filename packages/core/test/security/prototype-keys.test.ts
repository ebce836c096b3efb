import { afterEach, describe, expect, it } from 'vitest'
import { createEngine, fingerprint, isChisoError, parseDataset } from '../../src/index.js'
import { canonicalJson } from '../../src/internal.js'

// Methodology and data files are untrusted: a key or code named __proto__, constructor or prototype must be
// ordinary data (or a located error), never a way to change Object.prototype.
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']

afterEach(() => {
  const probe = {} as Record<string, unknown>
  expect(probe.polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  expect(typeof probe.toString).toBe('function')
})

/** A methodology as JSON text, with `"__proto__"` keys in the places `where` names. */
const methodologyJson = (...where: string[]) => {
  const proto = (place: string) => (where.includes(place) ? `"__proto__": { "polluted": "${place}" },` : '')
  return `{ ${proto('root')}
  "id": "proto-demo", "version": "1.0.0", "title": "Prototype keys (illustrative)",
  "result": { ${proto('result')} "type": "points" },
  "tree": [
    { "code": "constructor", "title": "C", "max": "4", "rule": { "use": "chiso/points", "with": { ${proto('with').slice(0, -1)} } } },
    { "code": "prototype", "title": "P", "max": "6", "rule": { "use": "chiso/points" } },
    { "code": "toString", "title": "T", "max": "1", "rule": { "use": "chiso/yes-no" } }
  ]
}`
}

const errorOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (isChisoError(error)) return error
    throw error
  }
  throw new Error('expected a ChisoError')
}

describe('prototype keys in a methodology', () => {
  it('a "__proto__" key (JSON.parse makes it an own key) is refused as an unknown key, located', () => {
    const error = errorOf(() => createEngine().compile(JSON.parse(methodologyJson('root', 'result', 'with'))))
    expect(error.code).toBe('INVALID_METHODOLOGY')
    expect(error.issues.map((issue) => issue.path)).toEqual([['result'], []])
    expect(error.message).toContain('__proto__')
  })

  it('a "__proto__" key among rule options is dropped by the schema, never made a prototype', () => {
    const compiled = createEngine().compile(JSON.parse(methodologyJson('with')))
    const options = compiled.methodology.tree[0]?.rule?.with as Record<string, unknown>
    expect(Object.getPrototypeOf(options)).toBe(Object.prototype)
    expect(Object.getOwnPropertyNames(options)).toEqual([])
    expect(canonicalJson(compiled.methodology)).not.toContain('polluted')
    expect(fingerprint(JSON.parse(canonicalJson(compiled.methodology)))).toBe(compiled.fingerprint)
  })

  it('node codes like "constructor" and "toString" are ordinary codes', () => {
    const compiled = createEngine().compile(JSON.parse(methodologyJson()))
    expect(compiled.leaves.map((leaf) => leaf.code)).toEqual(['constructor', 'prototype', 'toString'])
    expect(canonicalJson(compiled.methodology)).not.toContain('polluted')
    expect(fingerprint(compiled.methodology)).toBe(compiled.fingerprint)
    const card = compiled.evaluate({
      units: HOSTILE.map((code) => ({ code, name: code })),
      observations: HOSTILE.flatMap((unit) => [
        { unit, node: 'constructor', value: '3' },
        { unit, node: 'prototype', value: '5' },
        { unit, node: 'toString', value: true },
      ]),
    })
    expect(card.units.map((unit) => [unit.unit, unit.score]).sort()).toEqual(
      HOSTILE.map((code) => [code, '9']).sort(),
    )
    for (const unit of card.units) {
      expect(Object.keys(unit.nodes).sort()).toEqual(['constructor', 'prototype', 'toString'])
      const constructorKey: string = 'constructor'
      expect(unit.nodes[constructorKey]?.score).toBe('3')
    }
    expect(card.diagnostics).toEqual([])
  })
})

describe('prototype keys in a dataset', () => {
  it('"__proto__" keys are refused as unknown keys, each located', () => {
    const error = errorOf(() =>
      parseDataset(
        JSON.parse(`{
          "__proto__": { "polluted": "dataset" },
          "units": [ { "code": "A", "__proto__": { "polluted": "unit" } } ],
          "observations": [ { "unit": "A", "node": "a", "value": "2", "__proto__": { "polluted": "observation" } } ]
        }`),
      ),
    )
    expect(error.code).toBe('INVALID_DATASET')
    expect(error.issues.map((issue) => issue.path)).toEqual([['units', 0], ['observations', 0], []])
  })

  it('a unit coded "__proto__" is an ordinary unit; observations for unknown codes are diagnostics', () => {
    const raw = JSON.parse(`{
      "units": [ { "code": "__proto__" }, { "code": "constructor" } ],
      "observations": [
        { "unit": "__proto__", "node": "a", "value": "2" },
        { "unit": "constructor", "node": "a", "value": "1" },
        { "unit": "prototype", "node": "a", "value": "1" },
        { "unit": "constructor", "node": "constructor", "value": "1" },
        { "unit": "constructor", "node": "a", "field": "__proto__", "value": "1" }
      ]
    }`)
    const dataset = parseDataset(raw)
    expect(dataset.units.map((unit) => unit.code)).toEqual(['__proto__', 'constructor'])
    const card = createEngine()
      .compile({
        id: 'proto-data',
        version: '1.0.0',
        title: 'Prototype data (illustrative)',
        result: { type: 'points' },
        tree: [{ code: 'a', title: 'A', max: '5', rule: { use: 'chiso/points' } }],
      })
      .evaluate(dataset)
    expect(card.units.map((unit) => [unit.unit, unit.score, unit.rank])).toEqual([
      ['__proto__', '2', 1],
      ['constructor', '1', 2],
    ])
    expect(card.diagnostics.map((d) => d.code).sort()).toEqual([
      'UNKNOWN_NODE',
      'UNKNOWN_UNIT',
      'UNUSED_FIELD',
    ])
  })

  it('a dataset with a non-plain "units" (an object with a __proto__ key) is a located error', () => {
    try {
      parseDataset(JSON.parse('{ "units": { "__proto__": [] }, "observations": [] }'))
      expect.unreachable()
    } catch (error) {
      expect(isChisoError(error) && error.code).toBe('INVALID_DATASET')
      expect(isChisoError(error) && error.path).toEqual(['units'])
    }
  })
})
