import { describe, expect, it } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { extent, orient, rankColumn } from './column.js'

const column = (values: Array<string | null>) => values.map((value) => (value === null ? null : dec(value)))
const text = (values: ReadonlyArray<{ toFixed(): string } | null>) =>
  values.map((value) => (value === null ? null : value.toFixed()))

describe('orient', () => {
  it('negates for direction -1 and keeps null', () => {
    expect(text(orient(column(['2', null, '-5']), -1))).toEqual(['-2', null, '5'])
    expect(text(orient(column(['2', null]), 1))).toEqual(['2', null])
  })
})

describe('extent', () => {
  it('spans the non-null values', () => {
    const range = extent(column(['4', null, '2', '3.5']))
    expect([range?.min.toFixed(), range?.max.toFixed(), range?.count]).toEqual(['2', '4', 3])
  })
  it('is null for a column without values', () => {
    expect(extent(column([null, null]))).toBeNull()
    expect(extent([])).toBeNull()
  })
})

describe('rankColumn', () => {
  it.each([
    ['average', ['10', '30', null, '10', '20'], ['1.5', '4', null, '1.5', '3']],
    ['min', ['10', '30', null, '10', '20'], ['1', '4', null, '1', '3']],
    ['max', ['10', '30', null, '10', '20'], ['2', '4', null, '2', '3']],
    ['average', ['7', '7', '7'], ['2', '2', '2']],
    ['average', ['1.10', '1.1', '0.9'], ['2.5', '2.5', '1']],
    ['average', [null], [null]],
  ] as const)('ties %s: %j → %j', (ties, values, expected) => {
    expect(text(rankColumn(column([...values]), ties))).toEqual(expected)
  })
})
