import { describe, expect, it } from 'vitest'
import { parseDataset } from './parse.js'

describe('parseDataset on observations already in the schema’s shape', () => {
  it('keeps them (and their origins) instead of copying them', () => {
    const origin = { file: 'd.csv', row: 2, column: 3 }
    const canonical = { unit: 'A', node: '1.1', field: 'value', value: '7.5', source: 'self', origin }
    const dataset = parseDataset({ units: [{ code: 'A' }], observations: [canonical] })
    expect(dataset.observations[0]).toBe(canonical)
    expect(dataset.observations[0]?.origin).toBe(origin)
  })

  it('keeps an origin in the schema’s shape even when its observation needs a copy', () => {
    const origin = { file: 'd.csv', row: 2, column: 3 }
    const observation = { unit: 'A', node: '1.1', value: '7.5', origin }
    const [out] = parseDataset({ units: [{ code: 'A' }], observations: [observation] }).observations
    expect(out).not.toBe(observation)
    expect(out?.field).toBe('value')
    expect(out?.origin).toBe(origin)
  })

  it.each([
    ['without a field (the schema adds field: "value")', { unit: 'A', node: '1.1', value: '7.5' }],
    ['with keys out of order', { node: '1.1', unit: 'A', field: 'value', value: '7.5' }],
    [
      'with the source after the origin',
      { unit: 'A', node: '1.1', field: 'value', value: '7.5', origin: { row: 2 }, source: 'self' },
    ],
    [
      'with an origin whose keys are out of order',
      { unit: 'A', node: '1.1', field: 'value', value: '7.5', origin: { row: 2, file: 'd.csv' } },
    ],
    ['with a decimal to canonicalise', { unit: 'A', node: '1.1', field: 'value', value: '7.50' }],
  ])('copies them %s, into the schema’s shape', (_case, observation) => {
    const [out] = parseDataset({ units: [{ code: 'A' }], observations: [observation] }).observations
    expect(out).not.toBe(observation)
    const keys = Object.keys(out ?? {})
    const order = ['unit', 'node', 'field', 'value', 'source', 'origin']
    expect(keys).toEqual(order.filter((key) => keys.includes(key)))
    expect(Object.keys(out?.origin ?? {})).toEqual(
      ['file', 'sheet', 'row', 'column'].filter((key) => key in (out?.origin ?? {})),
    )
  })

  it('does not reuse an instance of a class, only plain objects', () => {
    class Reading {
      unit = 'A'
      node = '1.1'
      field = 'value'
      value = '7.5'
    }
    const reading = new Reading()
    const [out] = parseDataset({ units: [{ code: 'A' }], observations: [reading] }).observations
    expect(out).not.toBe(reading)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})
