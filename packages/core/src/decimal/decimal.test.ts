import { describe, expect, it } from 'vitest'
import { dec, isDecimalString, numberToDecimalString, toDecimalString } from './decimal.js'
import { formatFixed, roundDecimal } from './round.js'

describe('decimal helpers', () => {
  it('keeps sums of published decimals exact', () => {
    expect(toDecimalString(dec('0.1').plus('0.2'))).toBe('0.3')
    expect(toDecimalString(dec('54.2').plus('31.59'))).toBe('85.79')
  })

  it.each([
    ['1e400', false],
    ['12', true],
    ['-0.5', true],
    ['3.', true],
    ['.5', true],
    ['1,5', false],
    ['NaN', false],
    ['Infinity', false],
  ])('isDecimalString(%s) = %s', (text, expected) => {
    expect(isDecimalString(text)).toBe(expected)
  })

  it('never writes exponents or -0', () => {
    expect(toDecimalString(dec('1e-30'))).toBe('0.000000000000000000000000000001')
    expect(toDecimalString(dec('1e30'))).toBe('1000000000000000000000000000000')
    expect(toDecimalString(dec('-0'))).toBe('0')
  })

  it.each([
    [2.5, '2.5'],
    [100, '100'],
    [0.1 + 0.2, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])('numberToDecimalString(%s) = %s', (value, expected) => {
    expect(numberToDecimalString(value)).toBe(expected)
  })
})

describe('rounding', () => {
  it.each([
    ['70.695', 2, 'half-up', '70.70'],
    ['70.685', 2, 'half-even', '70.68'],
    ['70.675', 2, 'half-even', '70.68'],
    ['-1.005', 2, 'half-up', '-1.01'],
    ['1.009', 2, 'down', '1.00'],
    ['1.001', 2, 'up', '1.01'],
    ['81.3333333', 2, 'half-up', '81.33'],
    ['-0.001', 2, 'half-up', '0.00'],
  ] as const)('%s to %i places %s → %s', (value, decimals, mode, expected) => {
    expect(formatFixed(dec(value), decimals, mode)).toBe(expected)
    expect(roundDecimal(dec(value), decimals, mode).toFixed(decimals)).toBe(
      expected === '0.00' ? '0.00' : expected,
    )
  })
})
