import { describe, expect, it } from 'vitest'
import { createEngine } from '../engine/create-engine.js'
import { isChisoError } from '../errors/chiso-error.js'
import type { Dataset, DatasetInput } from './dataset.js'
import { isFrozenCheckedDataset } from './frozen-dataset.js'
import { parseDataset } from './parse.js'
import { WellFormedObservations } from './well-formed-observations.js'

// The createEngine example: an illustrative two-leaf methodology.
const methodology = {
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  result: { type: 'points' },
  tree: [
    { code: '1', title: 'Plan', max: '4', rule: { use: 'chiso/yes-no' } },
    { code: '2', title: 'Report', max: '6', rule: { use: 'chiso/points' } },
  ],
}
const input = (): DatasetInput => ({
  units: [{ code: 'A', name: 'Alpha' }, { code: 'B' }],
  observations: [
    { unit: 'A', node: '1', field: 'value', value: true, origin: { file: 'd.csv', row: 2, column: 3 } },
    { unit: 'A', node: '2', value: '5.50', source: 'self' }, // through the schema: '5.50' is canonicalised
    { unit: 'B', node: '1', value: true },
    { unit: 'B', node: '2', field: 'value', value: 'NA' },
  ],
})

/** Every object and array reachable from `value`. */
const objectsIn = (value: unknown): object[] =>
  typeof value === 'object' && value !== null ? [value, ...Object.values(value).flatMap(objectsIn)] : []

const codeOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return isChisoError(error) ? error.code : String(error)
  }
  return 'no error'
}

describe('parseDataset with freeze: true', () => {
  it('gives the same dataset as without, made of new objects only, every one of them frozen', () => {
    const raw = input()
    const frozen = parseDataset(raw, { freeze: true })
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(parseDataset(input())))
    const inputObjects = new Set(objectsIn(raw))
    for (const object of objectsIn(frozen)) {
      expect(Object.isFrozen(object)).toBe(true)
      expect(inputObjects.has(object)).toBe(false)
    }
    // The input is left as it was.
    for (const object of inputObjects) expect(Object.isFrozen(object)).toBe(false)
  })

  it('copies a list built by WellFormedObservations too (the builder could still change it)', () => {
    const built = new WellFormedObservations('d.csv')
    built.add('A', built.target('1', 'value', undefined), true, 2, 3)
    const frozen = parseDataset({ units: [{ code: 'A' }], observations: built.list }, { freeze: true })
    expect(frozen.observations).not.toBe(built.list)
    expect(frozen.observations[0]).not.toBe(built.list[0])
    expect(frozen.observations).toEqual(built.list)
    expect(Object.isFrozen(built.list)).toBe(false)
  })

  it('keeps the value it checked, not a getter that could answer differently later', () => {
    let reads = 0
    const observation = {
      unit: 'A',
      node: '2',
      field: 'value',
      get value() {
        reads++
        return reads === 1 ? '5' : 'abc'
      },
    }
    // Whatever the parse read and checked is what the frozen dataset holds, as a plain value.
    const outcome = codeOf(() =>
      parseDataset({ units: [{ code: 'A' }], observations: [observation] }, { freeze: true }),
    )
    if (outcome === 'no error') throw new Error('a value read as "abc" was accepted')
    expect(outcome).toBe('INVALID_DATASET')
    const steady = {
      unit: 'A',
      node: '2',
      field: 'value',
      get value() {
        return '5'
      },
    }
    const frozen = parseDataset({ units: [{ code: 'A' }], observations: [steady] }, { freeze: true })
    expect(Object.getOwnPropertyDescriptor(frozen.observations[0], 'value')).toMatchObject({ value: '5' })
  })

  it('is taken as it is by later parses and by evaluate, with the same scorecards', () => {
    const frozen = parseDataset(input(), { freeze: true })
    expect(isFrozenCheckedDataset(frozen)).toBe(true)
    expect(parseDataset(frozen)).toBe(frozen)
    expect(parseDataset(frozen, { freeze: true })).toBe(frozen)
    const compiled = createEngine().compile(methodology)
    for (const trace of [false, true]) {
      expect(JSON.stringify(compiled.evaluate(frozen, { trace }))).toBe(
        JSON.stringify(compiled.evaluate(input(), { trace })),
      )
      expect(JSON.stringify(compiled.evaluateByUnit(frozen, { trace }))).toBe(
        JSON.stringify(compiled.evaluateByUnit(input(), { trace })),
      )
    }
    const session = compiled.session(frozen)
    const card = session.apply([{ unit: 'B', node: '2', value: '6' }])
    expect(card.units.map((unit) => [unit.unit, unit.score])).toEqual([
      ['B', '10'],
      ['A', '9.5'],
    ])
    // The session changed its own data, not the frozen dataset.
    expect(frozen.observations[3]?.value).toBe('NA')
  })

  it('lets no change through: assignments throw, and copies or other frozen data are checked again', () => {
    const frozen = parseDataset(input(), { freeze: true })
    const compiled = createEngine().compile(methodology)
    const before = JSON.stringify(compiled.evaluate(frozen))
    const observations = frozen.observations as Dataset['observations']
    expect(() => {
      ;(observations[1] as { value: unknown }).value = 'abc'
    }).toThrow(TypeError)
    expect(() => observations.push({ unit: 'A', node: '2', field: 'value', value: 'abc' })).toThrow(TypeError)
    expect(() => {
      ;(frozen.units[0] as { code: string }).code = 'A\u200b'
    }).toThrow(TypeError)
    expect(() => {
      ;(observations[0]?.origin as { row: unknown }).row = 0
    }).toThrow(TypeError)
    expect(JSON.stringify(compiled.evaluate(frozen))).toBe(before)

    const bad = { unit: 'A', node: '2', field: 'value', value: 'abc' }
    const copy = { ...frozen, observations: [...frozen.observations, bad] }
    expect(codeOf(() => compiled.evaluate(copy))).toBe('INVALID_DATASET')
    const frozenByHand = Object.freeze({ units: frozen.units, observations: Object.freeze([bad]) })
    expect(codeOf(() => compiled.evaluate(frozenByHand))).toBe('INVALID_DATASET')
  })

  it('still checks the limits of the engine that evaluates it', () => {
    const frozen = parseDataset(input(), { freeze: true })
    const strict = createEngine({ limits: { maxUnits: 1 } }).compile(methodology)
    expect(codeOf(() => strict.evaluate(frozen))).toBe('LIMIT_EXCEEDED')
    expect(codeOf(() => parseDataset(frozen, { limits: { maxObservations: 3 } }))).toBe('LIMIT_EXCEEDED')
  })
})
