import { describe, expect, it } from 'vitest'
import { dec } from '../decimal/decimal.js'
import { narrow, WideDec } from '../decimal/guard-digits.js'
import type { AggregatorChild } from '../plugin/contract.js'
import { weighted, withinChildren } from './weights.js'

const child = (code: string, value: string, weight = '1'): AggregatorChild => ({
  code,
  value: dec(value),
  weight: dec(weight),
  max: null,
})

function collect() {
  const reports: Array<{ code: string; severity: string | undefined }> = []
  return { reports, report: (code: string, _: string, severity?: string) => reports.push({ code, severity }) }
}

describe('weighted', () => {
  it.each([
    [[child('a', '1', '0.35'), child('b', '2', '0.35'), child('c', '3', '0.30')], '1', ['a', 'b', 'c']],
    [[child('a', '1', '2'), child('b', '2', '0')], '2', ['a']],
    [[child('a', '1')], '1', ['a']],
  ])('totals the weights and drops zero weights (%#)', (children, total, codes) => {
    const { reports, report } = collect()
    const prepared = weighted(children, report, 'mean')
    expect(prepared?.total.toFixed()).toBe(total)
    expect(prepared?.children.map((c) => c.code)).toEqual(codes)
    expect(reports).toEqual([])
  })

  it.each([
    ['no child', [], 'AGGREGATOR_DOMAIN'],
    ['all weights zero', [child('a', '1', '0'), child('b', '2', '0')], 'ZERO_WEIGHTS'],
    ['a negative weight', [child('a', '1', '-1'), child('b', '2', '2')], 'AGGREGATOR_DOMAIN'],
  ])('%s → null and %s', (_, children, code) => {
    const { reports, report } = collect()
    expect(weighted(children, report, 'mean')).toBeNull()
    expect(reports).toEqual([{ code, severity: 'error' }])
  })
})

describe('narrow and withinChildren', () => {
  it('rounds guard digits away', () => {
    expect(narrow(new WideDec(1).div(3)).toFixed()).toBe('0.3333333333333333333333333333333333333333')
    expect(narrow(new WideDec(2).ln().plus(new WideDec(8).ln()).div(2).exp()).toFixed()).toBe('4')
  })
  it('clamps to the children’s range', () => {
    const children = [child('a', '5'), child('b', '7')]
    expect(withinChildren(dec('4.9999'), children).toFixed()).toBe('5')
    expect(withinChildren(dec('7.0001'), children).toFixed()).toBe('7')
    expect(withinChildren(dec('6'), children).toFixed()).toBe('6')
  })
})
