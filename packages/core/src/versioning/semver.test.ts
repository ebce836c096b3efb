import { test as propTest } from '@fast-check/vitest'
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareSemver, isValidRange, parseSemver, satisfiesRange } from './semver.js'

describe('compareSemver', () => {
  it('orders by major, minor, patch, and puts pre-releases before their release', () => {
    const sorted = [
      '2022.1.0',
      '2014.0.0',
      '2022.0.0',
      '2022.1.0-draft.10',
      '2022.1.0-draft.2',
      '2022.1.0-alpha',
      '2022.1.0-1',
    ].sort(compareSemver)
    expect(sorted).toEqual([
      '2014.0.0',
      '2022.0.0',
      '2022.1.0-1',
      '2022.1.0-alpha',
      '2022.1.0-draft.2',
      '2022.1.0-draft.10',
      '2022.1.0',
    ])
  })

  it('ignores build metadata', () => {
    expect(compareSemver('1.0.0+a', '1.0.0+b')).toBe(0)
  })

  it('rejects what is not a version', () => {
    expect(parseSemver('2022')).toBeUndefined()
    expect(() => compareSemver('2022', '2022.0.0')).toThrow('not a semantic version')
  })

  const versionArb = fc
    .tuple(fc.nat(3000), fc.nat(20), fc.nat(20), fc.option(fc.constantFrom('alpha', 'beta.1', '0', 'rc.2')))
    .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre === null ? '' : `-${pre}`}`)

  propTest.prop([versionArb, versionArb, versionArb])('is a total order', (a, b, c) => {
    expect(Math.sign(compareSemver(a, b))).toBe(-Math.sign(compareSemver(b, a)))
    if (compareSemver(a, b) <= 0 && compareSemver(b, c) <= 0)
      expect(compareSemver(a, c)).toBeLessThanOrEqual(0)
  })
})

describe('satisfiesRange', () => {
  it.each([
    ['2022.0.0', '2022.0.0', true],
    ['2022.0.1', '2022.0.0', false],
    ['2022.3.1', '2022', true],
    ['2023.0.0', '2022', false],
    ['2022.3.1', '2022.x', true],
    ['2022.3.1', '2022.3', true],
    ['2022.4.0', '2022.3', false],
    ['2022.4.0', '^2022.1.0', true],
    ['2023.0.0', '^2022.1.0', false],
    ['0.2.5', '^0.2.1', true],
    ['0.3.0', '^0.2.1', false],
    ['0.0.3', '^0.0.3', true],
    ['0.0.4', '^0.0.3', false],
    ['2022.1.9', '~2022.1.0', true],
    ['2022.2.0', '~2022.1.0', false],
    ['2022.9.0', '~2022', true],
    ['2021.0.0', '>=2020.0.0 <2022.0.0', true],
    ['2022.0.0', '>=2020.0.0 <2022.0.0', false],
    ['2022.0.0', '>= 2020 < 2024', true],
    ['2024.0.0', '>=2020 <2024', false],
    ['2024.0.0', '>2023', true],
    ['2023.5.0', '>2023', false],
    ['2023.5.0', '<=2023', true],
    ['2016.0.0', '2014 || 2016', true],
    ['2015.0.0', '2014 || 2016', false],
    ['2022.0.0', '*', true],
    ['2022.1.0-draft.1', '2022', false],
    ['2022.1.0-draft.2', '>=2022.1.0-draft.1', true],
    ['2022.1.0-draft.2', '>=2022.0.0-draft.1', false],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected)
  })

  it.each(['latest', '', '1.x.3', '>=', 'x.1'])('refuses the malformed range %j', (range) => {
    expect(isValidRange(range)).toBe(false)
    expect(satisfiesRange('1.0.0', range)).toBe(false)
  })
})
