import { describe, expect, it } from 'vitest'
import { lazyObservationsOf } from './lazy-observations.js'
import { parseDataset } from './parse.js'
import { WellFormedObservations } from './well-formed-observations.js'

const units = [{ code: 'A' }, { code: 'B' }]

/** Two observations kept as columns, and the list the readers made of them before. */
const twoCells = () => {
  const built = new WellFormedObservations('d.csv')
  const target = built.target('1.1', 'value', undefined)
  built.add('A', target, '7.5', 2, 3)
  built.add('B', target, null, 3, 3)
  return built
}
const asList = [
  { unit: 'A', node: '1.1', field: 'value', value: '7.5', origin: { file: 'd.csv', row: 2, column: 3 } },
  { unit: 'B', node: '1.1', field: 'value', value: null, origin: { file: 'd.csv', row: 3, column: 3 } },
]

describe('a dataset whose observations stay columns until read', () => {
  it('is parsed without making them, and reads as the list everywhere', () => {
    const built = twoCells()
    const dataset = parseDataset(built.dataset(units))
    expect(lazyObservationsOf(dataset)).toBe(built)
    expect(built.listMade).toBe(false)
    expect(JSON.stringify(dataset)).toBe(JSON.stringify({ units, observations: asList }))
    expect(built.listMade).toBe(true)
    // Once made, only the list says what the dataset holds (it may be changed).
    expect(lazyObservationsOf(dataset)).toBeUndefined()
    expect(dataset.observations).toBe(built.list)
    expect({ ...dataset }).toStrictEqual({ units, observations: asList })
  })

  it('takes an assigned list as a plain object does', () => {
    const dataset = parseDataset(twoCells().dataset(units))
    dataset.observations = []
    expect(dataset.observations).toEqual([])
    expect(lazyObservationsOf(dataset)).toBeUndefined()
    expect(Object.keys(dataset)).toEqual(['units', 'observations'])
  })

  it('is checked as any other dataset when frozen, changed, or its units need the schema', () => {
    const frozen = parseDataset(twoCells().dataset(units), { freeze: true })
    expect(Object.isFrozen(frozen.observations[0])).toBe(true)
    expect(frozen.observations).toStrictEqual(asList)

    const titled = Object.assign(twoCells().dataset(units), { title: 'T' })
    expect(lazyObservationsOf(parseDataset(titled))).toBeUndefined()

    const duplicate = twoCells().dataset([{ code: 'A' }, { code: 'A' }])
    expect(() => parseDataset(duplicate)).toThrow(/duplicate unit code "A"/)
    const nfd = twoCells().dataset([{ code: 'A' }, { code: 'Hà'.normalize('NFD') }])
    expect(parseDataset(nfd).units[1]?.code).toBe('Hà')
  })

  it('meets the same limits, with the same errors', () => {
    const limits = { limits: { maxObservations: 1 } }
    const lazy = () => parseDataset(twoCells().dataset(units), limits)
    const plain = () => parseDataset({ units, observations: asList }, limits)
    expect(lazy).toThrow(/maxObservations/)
    expect(String(catching(lazy))).toBe(String(catching(plain)))
  })

  it('leaves observations that failed a check to parseDataset’s usual checks and errors', () => {
    const built = new WellFormedObservations('d.csv')
    built.add('A', built.target('1.1', 'value', undefined), '7.50', 2, 3)
    expect(built.wellFormed).toBe(false)
    const dataset = parseDataset(built.dataset(units))
    expect(lazyObservationsOf(dataset)).toBeUndefined()
    expect(dataset.observations[0]?.value).toBe('7.5')
  })
})

function catching(run: () => unknown): unknown {
  try {
    return run()
  } catch (error) {
    return error
  }
}
