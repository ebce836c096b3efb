import { describe, expect, it } from 'vitest'
import { CellRejection, readCell } from '../src/cell/read-cell.js'
import { rememberedReadings } from '../src/cell/remembered-readings.js'

const cells = ['7,5', '7.5', ' 7.50 ', '95%', 'KAD', 'có', '', 'abc', '#N/A', '1.234,5', "'=1", '0.37']

describe('rememberedReadings', () => {
  it.each([
    { decimal: 'auto', percent: 'fraction', exponent: true },
    { decimal: ',', percent: 'number', exponent: false },
  ] as const)('reads every cell as readCell does, the first time and again (%o)', (format) => {
    const read = rememberedReadings(format)
    for (const round of [1, 2])
      for (const cell of cells) {
        const expected = readCell(cell, format)
        const got = read(cell)
        if (expected instanceof CellRejection) expect(got, `${cell} (${round})`).toEqual(expected)
        else expect(got, `${cell} (${round})`).toBe(expected)
      }
  })

  it('gives one string for equal values read from different texts', () => {
    const read = rememberedReadings({ decimal: 'auto', percent: 'fraction', exponent: true })
    expect(read('7,5')).toBe('7.5')
    expect(read('7,5')).toBe(read(['7', '5'].join('.')))
  })
})
