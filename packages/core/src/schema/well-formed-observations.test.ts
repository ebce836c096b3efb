import { describe, expect, it } from 'vitest'
import type { Observation } from './dataset.js'
import { parseDataset } from './parse.js'
import { isWellFormedList, WellFormedObservations } from './well-formed-observations.js'

const units = [{ code: 'A' }, { code: 'B' }]

/** What parseDataset makes of the same observations given as a plain list (JSON: keys in order too). */
const plainly = (observations: ReadonlyArray<Observation>) =>
  JSON.stringify(parseDataset({ units, observations: observations.map((o) => ({ ...o })) }))

describe('WellFormedObservations', () => {
  it('builds what parseDataset would, which parseDataset keeps as it is', () => {
    const built = new WellFormedObservations('d.csv')
    const one = built.target('1.1', 'value', undefined)
    const two = built.target('1.2', 'done', 'self')
    built.add('A', one, '7.5', 2, 3)
    built.add('A', two, 'NA', 2, 4)
    built.add('B', one, null, 3, 3)
    built.add('B', two, true, 3, 4)
    expect(isWellFormedList(built.list)).toBe(true)
    const dataset = parseDataset({ units, observations: built.list })
    expect(dataset.observations).toBe(built.list)
    expect(JSON.stringify(dataset)).toBe(plainly(built.list))
    expect(built.list[1]).toEqual({
      unit: 'A',
      node: '1.2',
      field: 'done',
      value: 'NA',
      source: 'self',
      origin: { file: 'd.csv', row: 2, column: 4 },
    })
  })

  it('puts the sheet in every origin when there is one', () => {
    const built = new WellFormedObservations('d.xlsx', 'TC3')
    built.add('A', built.target('1.1', 'value', undefined), '1', 14, 'E')
    expect(built.list[0]?.origin).toEqual({ file: 'd.xlsx', sheet: 'TC3', row: 14, column: 'E' })
    expect(Object.keys(built.list[0]?.origin ?? {})).toEqual(['file', 'sheet', 'row', 'column'])
    expect(isWellFormedList(built.list)).toBe(true)
  })

  it.each([
    [
      'a decimal to canonicalise',
      (b: WellFormedObservations) => b.add('A', b.target('1.1', 'value', undefined), '7.50', 2, 3),
    ],
    [
      'a unit code not in NFC',
      (b: WellFormedObservations) =>
        b.add('Hà'.normalize('NFD'), b.target('1.1', 'value', undefined), '1', 2, 3),
    ],
    ['a row of 0', (b: WellFormedObservations) => b.add('A', b.target('1.1', 'value', undefined), '1', 0, 3)],
  ])('leaves a list with %s to parseDataset’s checks, which give the usual result', (_case, add) => {
    const built = new WellFormedObservations('d.csv')
    add(built)
    expect(isWellFormedList(built.list)).toBe(false)
    const plain = built.list.map((o) => ({ ...o }))
    const attempt = (observations: unknown[]) => {
      try {
        return JSON.stringify(parseDataset({ units: [...units, { code: 'Hà' }], observations }))
      } catch (error) {
        return String(error)
      }
    }
    expect(attempt(built.list)).toBe(attempt(plain))
  })

  it('leaves a target the schema refuses, or a list pushed to afterwards, to parseDataset’s checks', () => {
    const refused = new WellFormedObservations('d.csv')
    refused.add('A', refused.target('', 'value', undefined), '1', 2, 3)
    expect(isWellFormedList(refused.list)).toBe(false)
    expect(() => parseDataset({ units, observations: refused.list })).toThrow(/invalid dataset/)

    const pushed = new WellFormedObservations('d.csv')
    pushed.add('A', pushed.target('1.1', 'value', undefined), '1', 2, 3)
    pushed.list.push({ unit: 'B', node: '1.1', field: 'value', value: 'abc' } as Observation)
    expect(isWellFormedList(pushed.list)).toBe(false)
    expect(() => parseDataset({ units, observations: pushed.list })).toThrow(/invalid dataset/)
  })
})
