import { describe, expect, it } from 'vitest'
import { runNormaliser } from '../../test/plugin-harness.js'
import { dec } from '../decimal/decimal.js'
import { moments } from './moments.js'
import { clip, skewKurtosis, winsorise } from './treat.js'

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i))

// Expected values from COINr's own skew(), kurt(), winsorise() and log_CT() run in R 4.2.2.
describe('moments (COINr skew and kurt, e1071 type 2)', () => {
  it.each([
    [[...range(1, 10), '30', '100'], 3.0632410342394985, 9.7413908345691436],
    [['1', '2', '3', '10'], 1.7636326148038881, null],
  ] as const)('%j', (values, skew, kurtosis) => {
    const found = moments(values.map((value) => dec(value)))
    expect(Math.abs(Number(found.skew) - skew)).toBeLessThan(1e-14)
    if (kurtosis !== null) expect(Math.abs(Number(found.kurtosis) - kurtosis)).toBeLessThan(1e-13)
  })

  it('is undefined without enough values or without spread', () => {
    expect(moments([dec(1), dec(2)])).toEqual({ skew: null, kurtosis: null })
    expect(moments([dec(5), dec(5), dec(5), dec(5)])).toEqual({ skew: null, kurtosis: null })
  })
})

describe('chiso/skew-kurtosis (COINr Treat defaults)', () => {
  it('winsorises the largest point when that passes (COINr: 100 → 30)', () => {
    const { result, reports } = runNormaliser(skewKurtosis, { maxPoints: 2 }, [...range(1, 10), '30', '100'])
    expect(result).toEqual([...range(1, 10), '30', '30'])
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ code: 'TREATED', severity: 'info' })
    expect(reports[0]!.message).toMatch(/^winsorised 1 point\(s\) \(high: #12\): skew 3\.06324/)
  })

  it('log-transforms the original values when winsorising does not pass (COINr log_CT)', () => {
    const values = [...range(1, 20), '1000', '2000', '5000']
    const { result, reports } = runNormaliser(skewKurtosis, { maxPoints: 1 }, values)
    const expected = [3.9118229854254789, 8.5269435022667377]
    expect(Math.abs(Number(result[0]) - expected[0]!)).toBeLessThan(1e-14)
    expect(Math.abs(Number(result[22]) - expected[1]!)).toBeLessThan(1e-14)
    expect(reports[0]!.message).toContain('log-transformed the original values')
  })

  // COINr's own tests (tests/testthat/test-treat.R), as chiso sees them.
  it('COINr test: one outlier, c(1:10, 100) → 100 winsorised to 10, the others unchanged', () => {
    const { result, reports } = runNormaliser(skewKurtosis, { maxPoints: 5 }, [...range(1, 10), '100'])
    expect(result).toEqual([...range(1, 10), '10'])
    expect(reports[0]!.message).not.toContain('still beyond')
  })

  it('COINr test: c(1:20, 100, 200) with winmax 1 and no second step still fails', () => {
    const { result, reports } = runNormaliser(skewKurtosis, { maxPoints: 1, afterwards: 'none' }, [
      ...range(1, 20),
      '100',
      '200',
    ])
    expect(result).toEqual([...range(1, 20), '100', '100'])
    expect(reports[0]!.message).toContain('still beyond the limits')
  })

  it('COINr test: a low outlier, c(1:10, -100), is winsorised at the low end', () => {
    const { result, reports } = runNormaliser(skewKurtosis, { maxPoints: 2 }, [...range(1, 10), '-100'])
    expect(result).toEqual([...range(1, 10), '1'])
    expect(reports[0]!.message).toContain('(low: #11)')
  })

  it('leaves a column that passes as it is', () => {
    const values = range(1, 12)
    const { result, reports } = runNormaliser(skewKurtosis, {}, values)
    expect(result).toEqual(values)
    expect(reports[0]!.message).toMatch(/^no treatment needed/)
  })

  it('refuses to treat fewer than 4 values: TREATMENT_FAILED, an error about the node, values untouched', () => {
    const { result, reports } = runNormaliser(skewKurtosis, {}, ['1', null, '1000', '2'])
    expect(result).toEqual(['1', null, '1000', '2'])
    expect(reports).toMatchObject([{ code: 'TREATMENT_FAILED', severity: 'error', unitIndex: undefined }])
    expect(reports[0]!.message).toContain('only 3 unit(s) have a value')
  })
})

describe('chiso/winsorise and chiso/clip', () => {
  it('winsorises a number of points at each end, ties together', () => {
    expect(runNormaliser(winsorise, { high: 2 }, ['1', '2', '3', '50', '99']).result).toEqual([
      '1',
      '2',
      '3',
      '3',
      '3',
    ])
    expect(runNormaliser(winsorise, { low: 1, high: 1 }, ['-9', '2', '3', '9', '9', null]).result).toEqual([
      '2',
      '2',
      '3',
      '3',
      '3',
      null,
    ])
  })

  it('clips to bounds, and needs at least one', () => {
    expect(runNormaliser(clip, { lower: '0', upper: '100' }, ['-5', '50', '120', null]).result).toEqual([
      '0',
      '50',
      '100',
      null,
    ])
    expect(() => runNormaliser(clip, {}, ['1'])).toThrow(/give lower, upper or both/)
    expect(() => runNormaliser(clip, { lower: '5', upper: '1' }, ['1'])).toThrow(
      /lower must not be above upper/,
    )
  })
})
